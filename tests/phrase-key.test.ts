import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { phraseKey } from "../src/extract/entities/gazetteer.js";
import { tokenize } from "../src/text/tokenize.js";

/** The key as the tokenizer makes it: what phraseKey's shortcut for words of letters must equal. */
const tokenKey = (phrase: string): string =>
  tokenize(phrase)
    .map((t) => t.text.toLowerCase())
    .join(" ");

describe("phraseKey", () => {
  it.each([
    ["Afġānistān"],
    ["República de Angola"],
    ["Côte d'Ivoire"],
    ["St. Kitts and Nevis"],
    ["ΟΔΟΣ ΑΣ"],
    ["Åland Islands"],
    ["x".repeat(70)],
  ])("%j keys as its tokens do", (phrase) => {
    expect(phraseKey(phrase)).toBe(tokenKey(phrase));
  });

  it("keys words of any letters, marks and punctuation as their tokens do", () => {
    const char = fc.constantFrom(..."aZéÅġΣσΟİıß'’.- \u0301٣".split(""));
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 30 }), (chars) => {
        const phrase = chars.join("");
        expect(phraseKey(phrase)).toBe(tokenKey(phrase));
      }),
      { numRuns: 2000 },
    );
  });
});
