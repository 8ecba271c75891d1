/**
 * A read-only table from a list's keys to their places in it, laid out when a pack is written (scripts/pack-models.ts)
 * and read where it lies in the pack: the keys stay one text (joined by line breaks) with each key's start beside it,
 * and the slots are an Int32Array of the pack, so a thread's start makes no string per key and fills no Map. Filling
 * the gazetteer's Maps of 16,570 phrases, 10,449 cities and the phrases' first words from the pack took 45-70 ms of
 * CPU in each thread that loads the gazetteer (in-process, load 15-17), before any document was read.
 */
import type { Pack } from "./model-pack.js";
import { hashOf, joinedAt, joinedHashOf, type NameTable } from "./string-table.js";

/** What the gazetteer's readers ask of a map: a Map is one, and so is a PackedMap. */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

/** A KeyIndex's parts as a pack holds them: the keys joined by "\n", where each starts, and the slots. */
export interface KeyIndexParts {
  text: string;
  /** keys + 1 offsets into `text` (UTF-16 code units): key i is text.slice(starts[i], starts[i + 1] - 1). */
  starts: Int32Array;
  /** Per slot the key's hash (hashOf), then its index + 1 (0: an empty slot); linear probing, at most half full. */
  cells: Int32Array;
}

export class KeyIndex {
  private readonly mask: number;

  constructor(private readonly parts: KeyIndexParts) {
    const slots = parts.cells.length / 2;
    if (slots < 1 || (slots & (slots - 1)) !== 0) throw new Error("KeyIndex: slots are not a power of two");
    this.mask = slots - 1;
  }

  get size(): number {
    return this.parts.starts.length - 1;
  }

  /** The key's place in the list, or -1. */
  indexOf(key: string): number {
    const hash = hashOf(key);
    const { cells, starts, text } = this.parts;
    let slot = hash & this.mask;
    for (let stored = cells[2 * slot + 1] as number; stored !== 0; stored = cells[2 * slot + 1] as number) {
      if (cells[2 * slot] === hash) {
        const start = starts[stored - 1] as number;
        if ((starts[stored] as number) - 1 - start === key.length && sameAt(text, start, key))
          return stored - 1;
      }
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  keyAt(index: number): string {
    return lineAt(this.parts.text, this.parts.starts, index);
  }
}

/** Line `index` of `text`, its lines starting where `starts` says (lineStarts). */
export function lineAt(text: string, starts: Int32Array, index: number): string {
  return text.slice(starts[index] as number, (starts[index + 1] as number) - 1);
}

/** Build time: where each line of `lines.join("\n")` starts, and one past the end (+ 1): what lineAt reads. */
export function lineStarts(lines: readonly string[]): Int32Array {
  const starts = new Int32Array(lines.length + 1);
  let at = 0;
  lines.forEach((line, i) => {
    starts[i] = at;
    at += line.length + 1;
  });
  starts[lines.length] = at;
  return starts;
}

/** `key` is written in `text` from `start` on. */
function sameAt(text: string, start: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) if (text.charCodeAt(start + i) !== key.charCodeAt(i)) return false;
  return true;
}

/** The key index named `name` of a pack (keyIndexSections writes it). */
export function keyIndexPartsIn(pack: Pack, name: string): KeyIndexParts {
  return {
    text: pack.text(`${name}Keys`),
    starts: pack.int32(`${name}Starts`),
    cells: pack.int32(`${name}Cells`),
  };
}

/** Build time: a key index's sections of a pack, named as keyIndexPartsIn reads them. */
export function keyIndexSections(name: string, parts: KeyIndexParts): Record<string, string | Int32Array> {
  return { [`${name}Keys`]: parts.text, [`${name}Starts`]: parts.starts, [`${name}Cells`]: parts.cells };
}

/** Build time: the parts of a KeyIndex over `keys` (distinct, none holding a line break), in their order. */
export function keyIndexParts(keys: readonly string[]): KeyIndexParts {
  let slots = 16;
  while (slots < 2 * keys.length) slots *= 2;
  const cells = new Int32Array(2 * slots);
  const starts = lineStarts(keys);
  keys.forEach((key, i) => {
    if (key.includes("\n")) throw new Error(`${JSON.stringify(key)} holds a line break`);
    const hash = hashOf(key);
    let slot = hash & (slots - 1);
    while (cells[2 * slot + 1] !== 0) slot = (slot + 1) & (slots - 1);
    cells[2 * slot] = hash;
    cells[2 * slot + 1] = i + 1;
  });
  const text = keys.join("\n");
  const index = new KeyIndex({ text, starts, cells });
  keys.forEach((key, i) => {
    if (index.indexOf(key) !== i) throw new Error(`${JSON.stringify(key)} is in the list twice`);
  });
  return { text, starts, cells };
}

/** A Lookup over a KeyIndex, each key's value made by `valueAt` from its index. Iterates as a Map's entries. */
export class PackedMap<V> implements Lookup<V> {
  constructor(
    readonly keys: KeyIndex,
    private readonly valueAt: (index: number) => V,
  ) {}

  get(key: string): V | undefined {
    const index = this.keys.indexOf(key);
    return index < 0 ? undefined : this.valueAt(index);
  }

  has(key: string): boolean {
    return this.keys.indexOf(key) >= 0;
  }

  *[Symbol.iterator](): IterableIterator<[string, V]> {
    for (let i = 0; i < this.keys.size; i++) yield [this.keys.keyAt(i), this.valueAt(i)];
  }
}

/**
 * The tagger's tables of names (its features, its vocabulary's words) read from a pack: a NameTable over a key
 * index whose key i has the value `first + i * step` (a feature's row in the weights, a word's entry). Made with a
 * StringTable from the pack's names, a thread's start split 43,000 feature names and 15,000 words into strings and
 * filled three tables: 40-60 ms of CPU (in-process, load 15-17) in every thread that tags.
 */
export class PackedNames implements NameTable {
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly cells: Int32Array;
  private readonly mask: number;

  constructor(
    parts: KeyIndexParts,
    private readonly first: number,
    private readonly step: number,
  ) {
    new KeyIndex(parts); // checks the slots
    this.text = parts.text;
    this.starts = parts.starts;
    this.cells = parts.cells;
    this.mask = parts.cells.length / 2 - 1;
  }

  get(key: string): number {
    return this.getJoined("", key, 0, key.length);
  }

  /** As StringTable.getJoined: the value of prefix + source.slice(from, to), or -1, without making that string. */
  getJoined(prefix: string, source: string, from: number, to: number): number {
    const length = prefix.length + to - from;
    const hash = joinedHashOf(prefix, source, from, to);
    const cells = this.cells;
    let slot = hash & this.mask;
    for (let stored = cells[2 * slot + 1] as number; stored !== 0; stored = cells[2 * slot + 1] as number) {
      if (cells[2 * slot] === hash) {
        const start = this.starts[stored - 1] as number;
        if (
          (this.starts[stored] as number) - 1 - start === length &&
          joinedAt(this.text, start, prefix, source, from, to)
        )
          return this.first + (stored - 1) * this.step;
      }
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }
}
