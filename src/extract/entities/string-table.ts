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

/** Strings → non-negative numbers, filled once and then only read; linear probing, at most 40% full. */
export class StringTable {
  private readonly keys: (string | null)[];
  private readonly hashes: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let slots = 1024;
    while (slots * 0.4 < capacity) slots *= 2;
    this.keys = new Array(slots).fill(null);
    this.hashes = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** Sets the key's value (the table must have been made for at least as many keys as are set). */
  set(key: string, value: number): void {
    if (value < 0) throw new Error("StringTable values are non-negative");
    const hash = hashOf(key);
    let slot = hash & this.mask;
    for (let known = this.keys[slot]; known !== null; known = this.keys[slot]) {
      if (known === key) break;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.hashes[slot] = hash;
    this.values[slot] = value;
  }

  /**
   * A table as `set` would have made it from `keys` in order, from where each key went (its slot and hash, read by
   * `placed` when the table was packed: models/ner.pack): no key is hashed or probed again. `capacity` must be
   * the one the packed table was made with.
   */
  static prebuilt(
    capacity: number,
    keys: readonly string[],
    slots: Int32Array,
    hashes: Int32Array,
    values: Int32Array,
  ): StringTable {
    const table = new StringTable(capacity);
    for (let i = 0; i < keys.length; i++) {
      const slot = slots[i] as number;
      table.keys[slot] = keys[i] as string;
      table.hashes[slot] = hashes[i] as number;
      table.values[slot] = values[i] as number;
    }
    return table;
  }

  /** Where the key sits (its slot and hash), or null when it is not in the table: what `prebuilt` takes. */
  placed(key: string): { slot: number; hash: number } | null {
    const hash = hashOf(key);
    let slot = hash & this.mask;
    for (let known = this.keys[slot]; known !== null; known = this.keys[slot]) {
      if (this.hashes[slot] === hash && known === key) return { slot, hash };
      slot = (slot + 1) & this.mask;
    }
    return null;
  }

  /**
   * The value of the key `prefix` + source.slice(from, to), or -1, without making that string: its hash is
   * hashOf's, taken over the two parts.
   */
  getJoined(prefix: string, source: string, from: number, to: number): number {
    const length = prefix.length + to - from;
    let h = length;
    for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 0x9e3779b1);
    for (let i = from; i < to; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x9e3779b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    const hash = h ^ (h >>> 13);
    let slot = hash & this.mask;
    for (let known = this.keys[slot]; known !== null; known = this.keys[slot]) {
      if (
        this.hashes[slot] === hash &&
        (known as string).length === length &&
        joinedEquals(known as string, prefix, source, from)
      )
        return this.values[slot] as number;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  /** The key's value, or -1. */
  get(key: string): number {
    const hash = hashOf(key);
    let slot = hash & this.mask;
    for (let known = this.keys[slot]; known !== null; known = this.keys[slot]) {
      if (this.hashes[slot] === hash && known === key) return this.values[slot] as number;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }
}

/** `key` (of the right length) is `prefix` followed by the characters of `source` from `from` on. */
function joinedEquals(key: string, prefix: string, source: string, from: number): boolean {
  const p = prefix.length;
  for (let i = 0; i < p; i++) if (key.charCodeAt(i) !== prefix.charCodeAt(i)) return false;
  for (let i = p; i < key.length; i++)
    if (key.charCodeAt(i) !== source.charCodeAt(from + i - p)) return false;
  return true;
}
