import { describe, expect, it } from "vitest";
import { quoteSummary as summary } from "./helpers/quotes.js";

/** The speaker phrase of every quote, in order. */
const speakers = (text: string): Array<string | null> => summary(text).map(([, , s]) => s);

describe("an office, letter or statement its owner's possessive names is the subject", () => {
  it.each([
    ["The mayor's office released a statement saying: “He regrets the remarks.”", ["The mayor's office"]],
    ["The mayor’s office released a statement saying, “He regrets the remarks.”", ["The mayor’s office"]],
    ["Ms Ferris's letter makes a case: “The council cannot afford it.”", ["Ms Ferris's letter"]],
    [
      "Senator Dana Whitlow's office issued a statement, saying: “She will not attend.”",
      ["Senator Dana Whitlow's office"],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("guards: a possessor with its own verb stays the speaker", () => {
  it.each([
    ["Mr Orrin released a statement saying: “He regrets the remarks.”", ["Mr Orrin"]],
    ["Mr Orrin's office said in a statement: “He regrets the remarks.”", ["Mr Orrin's office"]],
    ["Ms Ferris makes the case: “The council cannot afford it.”", ["Ms Ferris"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a stance verb: implied", () => {
  it.each([
    ["He implied the referee had been paid and was “completely out of his depth.”", ["He"]],
    ["Ms Ferris implied that the council had been “asleep at the wheel” for years.", ["Ms Ferris"]],
    // (A title after them stays speakerless.)
    ["Mr Orrin implied that “Harbour Lights” was his best film.", [null]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
