import { describe, expect, it } from "vitest";
import {
  isAcronymShaped,
  isAllCaps,
  isCapitalized,
  isCapitalizedLetters,
  isCapitalizedWord,
  isFirstCapitalOnly,
  isInitial,
  isInitials,
  isLoneCapital,
  isNameShaped,
  isNameShapedOrElided,
  isTitleCased,
  isTitleCasedParts,
  isTitleCasedWithJoins,
  isTwoTitleCasedParts,
  readsAsLetters,
  startsCapitalThenLower,
} from "../src/text/word-shape.js";
import type { Token } from "../src/types.js";

describe("word shapes", () => {
  // Invented words, and a letter a predicate (Y or N) in this order.
  const SHAPES = [
    isCapitalized,
    startsCapitalThenLower,
    isTitleCased,
    isNameShaped,
    isInitial,
    isInitials,
    isAllCaps,
    isAcronymShaped,
    isLoneCapital,
    isCapitalizedLetters,
    isFirstCapitalOnly,
  ];

  it.each([
    ["Dorlan", "YYYYNNNNNYY"],
    ["dorlan", "NNNNNNNNNNN"],
    ["Élodrine", "YYYYNNNNNYY"],
    ["élodrine", "NNNNNNNNNNN"],
    ["Øyvarsen", "YYYYNNNNNYY"],
    ["McTavor", "YYNYNNNNNYN"],
    ["O'Brannagh", "YNNNNNNNNYN"],
    ["D’Arvelle", "YNNNNNNNNYN"],
    ["D'arvelle", "YNNNNNNNNYY"],
    ["Tessa's", "YYNYNNNNNYY"],
    ["Tessa’s", "YYNYNNNNNYY"],
    ["Marie-Caudel", "YYNYNNNNNYN"],
    ["Okwe-lin", "YYNYNNNNNYY"],
    ["Okwe-", "YYNYNNNNNYY"],
    ["Va.", "YYNNNNNNNNN"],
    ["Dorlan2", "YYNNNNNNNNN"],
    ["Zo", "YYYYNNNNNYY"],
    ["Z", "YNNNNNNNYNN"],
    ["Z.", "YNNNYYNNYNN"],
    ["É.", "YNNNYYNNYNN"],
    ["z.", "NNNNNNNNNNN"],
    ["J.Q.", "YNNNNYNNNNN"],
    ["J.Q", "YNNNNNNNNNN"],
    ["ACMEX", "YNNNNNYYNYN"],
    ["ÉTÉVO", "YNNNNNYYNYN"],
    ["QZ", "YNNNNNYYNYN"],
    ["ACMEXQZWV", "YNNNNNYNNYN"],
    ["QZs", "YNNNNNNNNYN"],
    ["Q7", "YNNNNNNNNNN"],
    ["7Q", "NNNNNNNNNNN"],
    ["1984", "NNNNNNNNNNN"],
    ["'Tain", "NNNNNNNNNNN"],
    ["“Dorlan", "NNNNNNNNNNN"],
    ["", "NNNNNNNNNNN"],
  ])("%s: %s", (word, flags) => {
    const answers = SHAPES.map((shape) => `${shape.name} ${shape(word) ? "Y" : "N"}`);
    expect(answers).toEqual(SHAPES.map((shape, i) => `${shape.name} ${flags[i]}`));
  });

  it.each([
    ["a capitalized word", { kind: "word", text: "Dorlan" }, true],
    ["a capitalized word past ASCII", { kind: "word", text: "Élodrine" }, true],
    ["a lower-case word", { kind: "word", text: "dorlan" }, false],
    ["a number", { kind: "number", text: "1984" }, false],
    ["a mark", { kind: "punct", text: "“" }, false],
    ["no token", undefined, false],
  ])("isCapitalizedWord: %s", (_what, token, expected) => {
    const t = token === undefined ? undefined : ({ ...token, start: 0, end: token.text.length } as Token);
    expect(isCapitalizedWord(t)).toBe(expected);
  });
});

describe("title-cased name words with joined parts", () => {
  // Invented words; isTitleCasedParts, then isTitleCasedWithJoins (Y or N).
  it.each([
    ["Dorlan", "YY"],
    ["dorlan", "NN"],
    ["Élodrine", "YY"],
    ["Zo", "YY"],
    ["Z", "NN"],
    ["Marie-Caudel", "YY"],
    ["Okwe-Lin-Dara", "YY"],
    ["Okwe-lin", "NY"],
    ["Tessa's", "NY"],
    ["Tessa’s", "NY"],
    ["Tessa's-Lin", "NY"],
    ["Mc'Tavor", "NY"],
    ["McTavor", "NN"],
    ["O'Brannagh", "NN"],
    ["D'arvelle", "NN"],
    ["Okwe-", "NN"],
    ["Okwe--Lin", "NN"],
    ["Okwe-LIN", "NN"],
    ["Va.", "NN"],
    ["Dorlan2", "NN"],
    ["ACMEX", "NN"],
    ["", "NN"],
  ])("%s: %s", (word, flags) => {
    const answers = `${isTitleCasedParts(word) ? "Y" : "N"}${isTitleCasedWithJoins(word) ? "Y" : "N"}`;
    expect(answers).toBe(flags);
  });
});

describe("name words of lists and hyphened first names", () => {
  // Invented words; isNameShapedOrElided, then isTwoTitleCasedParts (Y or N).
  it.each([
    ["Pellow", "YN"],
    ["McAteer", "YN"],
    ["O'Neary", "YN"],
    ["D’Arvoll", "YN"],
    ["Osei-Tutu", "YY"],
    ["Marie-Caudel", "YY"],
    ["Okwe-lin", "YN"],
    ["Okwe-Lin-Dara", "YN"],
    ["Okwe-", "YN"],
    ["ACMEX", "NN"],
    ["Va.", "NN"],
    ["J.", "NN"],
    ["'Neary", "NN"],
    ["pellow", "NN"],
    ["", "NN"],
  ])("%s: %s", (word, flags) => {
    const answers = `${isNameShapedOrElided(word) ? "Y" : "N"}${isTwoTitleCasedParts(word) ? "Y" : "N"}`;
    expect(answers).toBe(flags);
  });
});

describe("capitals read as letters, not as a name", () => {
  it.each<[string, boolean]>([
    ["KTVB", true],
    ["ZRX", true],
    ["TPQ", true],
    ["MSNBQ", true],
    // Vowels where a name has them, or two consonants that open names (English or other languages).
    ["BRANKO", false],
    ["MBEKO", false],
    ["NGOZI", false],
    ["DANO", false],
    ["ADA", false],
    ["STROUD", false],
    // Not capitals alone: mixed case, an accent, a full stop.
    ["Ktvb", false],
    ["ÉTÉ", false],
    ["KTV.", false],
  ])("%s", (word, expected) => {
    expect(readsAsLetters(word)).toBe(expected);
  });
});
