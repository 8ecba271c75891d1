/**
 * The title phrase before a name and at a span's start (title-phrases.ts titleBefore, titleAtStart), whose keys are made
 * only for a capitalized first word and without arrays (session 15): the longest title wins, a lower-case word
 * opens no title before a name, and the words are read as written. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { titleAtStart, titleBefore } from "../src/extract/entities/title-phrases.js";
import { tokenize } from "../src/text/tokenize.js";

/** The tokens of `text` and the index of the token `name` (its first occurrence). */
function tokensAt(text: string, name: string) {
  const tokens = tokenize(text);
  return { tokens, at: tokens.findIndex((t) => t.text === name) };
}

describe("titleBefore: the longest title phrase ending before a name", () => {
  it.each([
    ["said Prime Minister Dana Whitlow", "Dana", "Prime Minister"],
    ["Mr. Whitlow said", "Whitlow", "Mr."],
    ["the PRESIDENT Dana Whitlow", "Dana", "PRESIDENT"],
    ["said Dana Whitlow", "Dana", null],
    // A lower-case first word opens no title here: the shorter capitalized one is read.
    ["the prime Minister Dana Whitlow", "Dana", "Minister"],
    ["the prime minister Dana Whitlow", "Dana", null],
  ])("%j before %j: %j", (text, name, expected) => {
    const { tokens, at } = tokensAt(text, name);
    expect(titleBefore(tokens, at, 0, gazetteer())?.text ?? null).toBe(expected);
  });
});

describe("titleAtStart: the title phrase opening a span", () => {
  it.each([
    ["Prime Minister Dana Whitlow", 4, 2],
    ["prime minister Dana Whitlow", 4, 2],
    ["Mr. Whitlow", 2, 1],
    ["Dana Whitlow", 2, 0],
    // The span's last word is never its title.
    ["Minister", 1, 0],
    ["Minister Whitlow", 2, 1],
  ])("%j (%i tokens): %i", (text, end, expected) => {
    expect(titleAtStart(tokenize(text), { label: "PER", first: 0, end }, gazetteer())).toBe(expected);
  });
});
