/**
 * A party's name the tagger reads as a person ("Progressive Conservative", "Liberal Democrats") is an organization
 * (extract/entities/person-span.ts isPartyName), and a person named after a party's word stays a person.
 * Invented text only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { isPartyName } from "../src/extract/entities/person-span.js";
import { tokenize } from "../src/text/tokenize.js";
import { namedOf } from "./helpers/document.js";

describe("what a party's name is", () => {
  it.each([
    ["Progressive Conservative", true],
    ["Liberal Democrats", true],
    ["Social Democrat", true],
    ["Liberal Democrat", true],
    // a person's name, a function word, one word, a word in capitals
    ["Democrat Marla", false],
    ["Marla Conservative", false],
    ["Many Democrats", false],
    ["Democrats", false],
    ["PROGRESSIVE Conservative", false],
  ])("%j → %s", (phrase, expected) => {
    const tokens = tokenize(phrase);
    expect(isPartyName(tokens, 0, tokens.length, gazetteer())).toBe(expected);
  });
});

describe("through annotate: the party is no person", () => {
  it.each([
    [
      "Ontario's new Progressive Conservative government says it will cancel the contracts.",
      ["Ontario|place", "Progressive Conservative|organization"],
    ],
    ["Democrat Marla Quenby said on Tuesday that she would vote no.", ["Marla Quenby|person"]],
  ])("%j", (text, mentions) => {
    expect(namedOf(text).mentions).toEqual(mentions);
  });
});
