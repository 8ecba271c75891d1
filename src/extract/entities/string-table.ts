/**
 * A string's hash in a few multiplications per character, and a fixed table from strings to numbers over it.
 * The tagger looks up strings it has just made (a token's text, a feature's name): a Map hashes each new
 * string through the engine, and the model's names took a Bloom filter (a 64-bit FNV hash in 16-bit
 * pieces) in front of the Map so that the many misses skipped that probe. One probe here does both jobs:
 * 1,500 Reuters documents, a new word's feature sums 8.4% of the run with the filter and the Map.
 */

/** A 32-bit hash of the string's UTF-16 code units (multiply-xor, then a final mix of the high bits down). */
export function hashOf(text: string): number {
  let h = text.length;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** hashOf(prefix + source.slice(from, to)), without making that string. */
export function joinedHashOf(prefix: string, source: string, from: number, to: number): number {
  let h = prefix.length + to - from;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 0x9e3779b1);
  for (let i = from; i < to; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Strings → non-negative numbers, as the tagger asks them: a StringTable, or a pack's (key-index.ts PackedNames). */
export interface NameTable {
  /** The key's value, or -1. */
  get(key: string): number;
  /** The value of the key `prefix` + source.slice(from, to), or -1, without making that string. */
  getJoined(prefix: string, source: string, from: number, to: number): number;
}

/**
 * Strings → non-negative numbers, filled once and then only read; linear probing, at most 40% full. A slot's
 * hash and value sit side by side in one Int32Array (`cells`: hash, then value + 1, 0 for an empty slot), so a
 * probe reads one cache line before it compares a key: the tagger's 386,000 feature names fill a table far
 * larger than the caches, and a new word's ten look-ups each missed the keys, the hashes and the values apart.
 */
export class StringTable implements NameTable {
  private readonly keys: (string | null)[];
  private readonly cells: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let slots = 1024;
    while (slots * 0.4 < capacity) slots *= 2;
    this.keys = new Array(slots).fill(null);
    this.cells = new Int32Array(2 * slots);
    this.mask = slots - 1;
  }

  /** Sets the key's value (the table must have been made for at least as many keys as are set). */
  set(key: string, value: number): void {
    if (value < 0 || value >= 0x7fffffff) throw new Error("StringTable values are non-negative int32s");
    const hash = hashOf(key);
    let slot = hash & this.mask;
    for (let known = this.keys[slot]; known !== null; known = this.keys[slot]) {
      if (known === key) break;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.cells[2 * slot] = hash;
    this.cells[2 * slot + 1] = value + 1;
  }

  /**
   * The value of the key `prefix` + source.slice(from, to), or -1, without making that string: its hash is
   * hashOf's, taken over the two parts.
   */
  getJoined(prefix: string, source: string, from: number, to: number): number {
    const length = prefix.length + to - from;
    const hash = joinedHashOf(prefix, source, from, to);
    const cells = this.cells;
    let slot = hash & this.mask;
    for (let stored = cells[2 * slot + 1] as number; stored !== 0; stored = cells[2 * slot + 1] as number) {
      if (cells[2 * slot] === hash) {
        const known = this.keys[slot] as string;
        if (known.length === length && joinedAt(known, 0, prefix, source, from, to)) return stored - 1;
      }
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  /** The key's value, or -1. */
  get(key: string): number {
    const slot = this.slotOf(key, hashOf(key));
    return slot < 0 ? -1 : (this.cells[2 * slot + 1] as number) - 1;
  }

  /** The key's slot, or -1. */
  private slotOf(key: string, hash: number): number {
    const cells = this.cells;
    let slot = hash & this.mask;
    while (cells[2 * slot + 1] !== 0) {
      if (cells[2 * slot] === hash && this.keys[slot] === key) return slot;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }
}

/** `text` from `start` on holds `prefix`, then `source`'s characters from `from` to `to`. */
export function joinedAt(
  text: string,
  start: number,
  prefix: string,
  source: string,
  from: number,
  to: number,
): boolean {
  const p = prefix.length;
  for (let i = 0; i < p; i++) if (text.charCodeAt(start + i) !== prefix.charCodeAt(i)) return false;
  const shift = start + p - from;
  for (let i = from; i < to; i++) if (text.charCodeAt(shift + i) !== source.charCodeAt(i)) return false;
  return true;
}
