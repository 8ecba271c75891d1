import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortedWords } from "../src/extract/entities/sorted-words.js";

describe("sortedWords", () => {
  const list = sortedWords(["aah", "aardvark", "beauty", "crooked", "zoo"].join(" "));
  it.each([
    ["aah", true],
    ["aardvark", true],
    ["beauty", true],
    ["crooked", true],
    ["zoo", true],
    ["", false],
    ["a", false],
    ["beaut", false],
    ["beautys", false],
    ["zzz", false],
    ["frank", false],
  ])("%j is in the list: %s", (word, expected) => {
    expect(list.has(word)).toBe(expected);
  });

  it("answers as a Set of the same words would", () => {
    const word = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), fc.array(word), (words, probes) => {
        const set = new Set(words);
        const list = sortedWords([...words].sort().join(" "));
        for (const probe of [...words, ...probes]) expect(list.has(probe)).toBe(set.has(probe));
      }),
    );
  });

  // Asked again, a word is answered from the list's table of answers: the same answer, also after other words.
  it.each([
    [
      ["beauty", "beaut", "beauty", "beaut"],
      [true, false, true, false],
    ],
    [
      ["zoo", "zoo", "zo", "zoo"],
      [true, true, false, true],
    ],
    [
      ["", "a", "aah", "a", ""],
      [false, false, true, false, false],
    ],
  ])("asked %j in turn: %j", (asks, expected) => {
    const fresh = sortedWords(["aah", "aardvark", "beauty", "crooked", "zoo"].join(" "));
    expect(asks.map((word) => fresh.has(word))).toEqual(expected);
  });

  it("answers as a Set would when asked thousands of words twice", () => {
    const word = fc.stringMatching(/^[a-z]{1,4}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 3000 }),
        fc.array(word, { maxLength: 3000 }),
        (words, probes) => {
          const set = new Set(words);
          const list = sortedWords([...words].sort().join(" "));
          for (const probe of [...probes, ...words, ...probes]) expect(list.has(probe)).toBe(set.has(probe));
        },
      ),
      { numRuns: 20 },
    );
  });
});
