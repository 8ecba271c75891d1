/**
 * The key index a pack holds (key-index.ts): each key of the list found at its place, by hash and by its characters
 * in the joined text, and no other string; made by keyIndexParts as scripts/pack-models.ts makes the gazetteer's.
 * Keys invented.
 */
import { describe, expect, it } from "vitest";
import { KeyIndex, keyIndexParts, PackedMap } from "../src/extract/entities/key-index.js";

const KEYS = ["dunmarrow", "new dunmarrow", "", "zoë", "münchen-ost", "a", "ab", "ba", "𝒜lpha", "qzv quay"];
const index = new KeyIndex(keyIndexParts(KEYS));

describe("a key index", () => {
  it.each(KEYS.map((key, i) => [key, i]))("finds %j at %i", (key, i) => {
    expect(index.indexOf(key)).toBe(i);
    expect(index.keyAt(i)).toBe(key);
  });

  it.each([
    "Dunmarrow",
    "dunmarro",
    "dunmarrow ",
    "new",
    "zoe",
    "abc",
    "b",
    "\n",
    "dunmarrow\nnew dunmarrow",
  ])("does not find %j", (probe) => {
    expect(index.indexOf(probe)).toBe(-1);
  });

  it("finds every key of a list larger than its first table", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `qzv ${i.toString(36)}`);
    const large = new KeyIndex(keyIndexParts(many));
    expect(many.filter((key, i) => large.indexOf(key) !== i)).toEqual([]);
    expect(large.size).toBe(5000);
  });

  it("refuses a list with a key twice or a key with a line break", () => {
    expect(() => keyIndexParts(["a", "b", "a"])).toThrow(/twice/);
    expect(() => keyIndexParts(["a\nb"])).toThrow(/line break/);
  });

  it("answers as a Map of the same entries", () => {
    const values = KEYS.map((key) => key.length);
    const packed = new PackedMap(index, (i) => values[i] as number);
    const map = new Map(KEYS.map((key, i) => [key, values[i] as number]));
    for (const probe of [...KEYS, "zzz", "Zoë"]) {
      expect(packed.get(probe)).toBe(map.get(probe));
      expect(packed.has(probe)).toBe(map.has(probe));
    }
    expect([...packed]).toEqual([...map]);
  });
});
