/**
 * Works named like people are no people (resolve/names works.ts, introduced.ts): a title in doubled apostrophes,
 * a title after a work's noun that goes on to tell of the work, a work's noun in apposition after the name,
 * "starring" after it, "starred in" before it. All names invented; the guard rows keep people in the same frames.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

/** The document's people, each once, in order of first mention. */
const people = peopleOf;

describe("a work named like a person is no person", () => {
  it.each([
    // Doubled apostrophes as quotation marks around a title.
    ["Omar Haddad was a guest on ''Morning Dana'' twice last year.", ["Omar Haddad"]],
    ["He appeared on ''Meet Tom Harlan'' last week, the show's producer said.", []],
    // After a work's noun, the title followed by what the work is or did.
    ["The series Tom Harlan starring Dana Whitlow returns in May.", ["Dana Whitlow"]],
    ["The song Jolene Marsh topped the charts in 1974, the singer Ruth Okafor said.", ["Ruth Okafor"]],
    ["In the novel Wendy Harrow, a widow returns to her village.", []],
    // A work's noun in apposition after the name.
    ["Wendy Harrow, the novel that made her famous, sold a million copies.", []],
    ["Marnie Gale, the 2004 film starring Dana Whitlow, was a hit.", ["Dana Whitlow"]],
    ["He plays the lead in Arthur Quill, a musical about a sailor.", []],
    // "starred in" before it; every mention of the title goes.
    [
      "Dana Whitlow starred in Marnie Gale, which opened on Friday. Marnie Gale ran for a year.",
      ["Dana Whitlow"],
    ],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person in the same frames stays", () => {
  it.each([
    ["Dana Whitlow, the film's director, said the budget was tight.", ["Dana Whitlow"]],
    ["Dana Whitlow, the star of the film, arrived late.", ["Dana Whitlow"]],
    ["Dana Whitlow, a film student from Ohio, won the prize.", ["Dana Whitlow"]],
    ["The film Tom Harlan directed won three awards.", ["Tom Harlan"]],
    ["Omar Haddad, starring as the king, was praised by critics.", ["Omar Haddad"]],
    ["In the film, Tom Harlan plays a sailor.", ["Tom Harlan"]],
    ["The book Ruth Okafor wrote in 2010 sold well.", ["Ruth Okafor"]],
    ["Ruth Okafor, a series regular, left the cast.", ["Ruth Okafor"]],
    ["He said ''I am done,'' and Tom Harlan laughed.", ["Tom Harlan"]],
    ["''Tom Harlan is a fine man,'' said Dana Whitlow.", ["Tom Harlan", "Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
