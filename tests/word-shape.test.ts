import { describe, expect, it } from "vitest";
import {
  isAllCaps,
  isCapitalized,
  isCapitalizedWord,
  isInitial,
  isInitials,
  isNameShaped,
  isTitleCased,
  startsCapitalThenLower,
} from "../src/text/word-shape.js";
import type { Token } from "../src/types.js";

// Invented words. Columns: capitalized, capital then lower, title-cased, name-shaped, initial, initials, all caps.
const Y = true;
const N = false;

describe("word shapes", () => {
  it.each([
    ["Dorlan", Y, Y, Y, Y, N, N, N],
    ["dorlan", N, N, N, N, N, N, N],
    ["Élodrine", Y, Y, Y, Y, N, N, N],
    ["élodrine", N, N, N, N, N, N, N],
    ["Øyvarsen", Y, Y, Y, Y, N, N, N],
    ["McTavor", Y, Y, N, Y, N, N, N],
    ["O'Brannagh", Y, N, N, N, N, N, N],
    ["D’Arvelle", Y, N, N, N, N, N, N],
    ["Tessa's", Y, Y, N, Y, N, N, N],
    ["Tessa’s", Y, Y, N, Y, N, N, N],
    ["Marie-Caudel", Y, Y, N, Y, N, N, N],
    ["Okwe-", Y, Y, N, Y, N, N, N],
    ["Va.", Y, Y, N, N, N, N, N],
    ["Dorlan2", Y, Y, N, N, N, N, N],
    ["Zo", Y, Y, Y, Y, N, N, N],
    ["Z", Y, N, N, N, N, N, N],
    ["Z.", Y, N, N, N, Y, Y, N],
    ["É.", Y, N, N, N, Y, Y, N],
    ["z.", N, N, N, N, N, N, N],
    ["J.Q.", Y, N, N, N, N, Y, N],
    ["J.Q", Y, N, N, N, N, N, N],
    ["ACMEX", Y, N, N, N, N, N, Y],
    ["ÉTÉVO", Y, N, N, N, N, N, Y],
    ["QZ", Y, N, N, N, N, N, Y],
    ["QZs", Y, N, N, N, N, N, N],
    ["Q7", Y, N, N, N, N, N, N],
    ["7Q", N, N, N, N, N, N, N],
    ["1984", N, N, N, N, N, N, N],
    ["'Tain", N, N, N, N, N, N, N],
    ["“Dorlan", N, N, N, N, N, N, N],
    ["", N, N, N, N, N, N, N],
  ])("%s", (word, capitalized, capitalThenLower, titleCased, nameShaped, initial, initials, allCaps) => {
    expect([
      isCapitalized(word),
      startsCapitalThenLower(word),
      isTitleCased(word),
      isNameShaped(word),
      isInitial(word),
      isInitials(word),
      isAllCaps(word),
    ]).toEqual([capitalized, capitalThenLower, titleCased, nameShaped, initial, initials, allCaps]);
  });

  it.each([
    ["a capitalized word", { kind: "word", text: "Dorlan" }, Y],
    ["a capitalized word past ASCII", { kind: "word", text: "Élodrine" }, Y],
    ["a lower-case word", { kind: "word", text: "dorlan" }, N],
    ["a number", { kind: "number", text: "1984" }, N],
    ["a mark", { kind: "punct", text: "“" }, N],
    ["no token", undefined, N],
  ])("isCapitalizedWord: %s", (_what, token, expected) => {
    const t = token === undefined ? undefined : ({ ...token, start: 0, end: token.text.length } as Token);
    expect(isCapitalizedWord(t)).toBe(expected);
  });
});
