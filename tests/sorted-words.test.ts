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
});
