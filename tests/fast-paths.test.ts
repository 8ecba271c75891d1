/**
 * The shortcuts the speed work took (a test that skips work when its answer is known) give the answers of the
 * full computation, at the edges where a shortcut could go wrong: white space other than one plain space,
 * curly apostrophes, accents, hyphens and weekday endings. Names invented.
 */
import { describe, expect, it } from "vitest";
import { personKey } from "../src/resolve/names/persons.js";
import { isGluedWord, UNDER_THREE_WORDS } from "../src/resolve/names/run-on-names.js";
import { withoutAccents } from "../src/text/fold.js";
import { documentSurnames, surnameKey } from "../src/text/names.js";

describe("personKey", () => {
  it.each([
    ["Dana Whitlow", "dana whitlow"],
    ["Dana  Whitlow", "dana whitlow"],
    ["Dana\nWhitlow", "dana whitlow"],
    ["Dana\u00a0Whitlow", "dana whitlow"],
    ["Dana \tWhitlow", "dana whitlow"],
    ["Kiera O’Dowell", "kiera o'dowell"],
    ["KIERA O'DOWELL", "kiera o'dowell"],
    [" Whitlow", " whitlow"],
  ])("%j → %j", (name, key) => {
    expect(personKey(name)).toBe(key);
  });
});

describe("withoutAccents", () => {
  it.each([
    ["Renée Labonté", "Renee Labonte"],
    ["Dana Whitlow", "Dana Whitlow"],
    ["Łukasz Brzęk", "Łukasz Brzek"],
    ["", ""],
  ])("%j → %j", (text, folded) => {
    expect(withoutAccents(text)).toBe(folded);
  });
});

describe("surnames", () => {
  it.each([
    ["Dana Whitlow", "whitlow"],
    ["Dana Whitlow III", "whitlow"],
    ["Edmund II", null],
    ["Whitlow", null],
  ])("surnameKey(%j) → %j", (name, surname) => {
    expect(surnameKey(name)).toBe(surname);
  });

  it("documentSurnames: surnames of full names, and a titled word alone that opens a full name", () => {
    const person = (text: string, title?: string) => ({ type: "person", text, ...(title ? { title } : {}) });
    const surnames = documentSurnames([
      person("Dana Whitlow"),
      person("Edmund II"),
      person("Moon Haerin"),
      person("Moon", "Mr"),
      { type: "place", text: "Port Arlen" },
    ]);
    expect([...surnames].sort()).toEqual(["haerin", "moon", "whitlow"]);
  });
});

describe("name words", () => {
  it.each([
    ["Whitlow", true],
    ["Dana Whitlow", true],
    [" Dana  Whitlow ", true],
    ["Dana Lee Whitlow", false],
    ["Dana\u00a0Lee Whitlow", false],
    ["", true],
  ])("UNDER_THREE_WORDS %j → %j", (text, under) => {
    expect(UNDER_THREE_WORDS.test(text)).toBe(under);
  });

  it.each([
    ["Whitlow", false],
    ["McArdle", false],
    ["MorrowShareReplyDana", true],
    ["WhitlowShare", true],
    ["12PMDana", true],
    ["DeShawn", false],
  ])("isGluedWord(%j) → %j", (word, glued) => {
    expect(isGluedWord(word)).toBe(glued);
  });
});
