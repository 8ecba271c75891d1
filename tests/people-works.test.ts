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

describe("a work named by its kin or after its owner's work noun is no person", () => {
  it.each([
    ["Dana Whitlow said a remake of Lucy Gray was planned.", ["Dana Whitlow"]],
    ["Tom Brandon, the sequel to the 2001 hit, took 20 million dollars at the box office.", []],
    ["Dana Whitlow is writing an adaptation of Ellie Marsh for the stage.", ["Dana Whitlow"]],
    [
      "His new novel, Marcus Fenwick, is out next month. Dana Whitlow said it took four years.",
      ["Dana Whitlow"],
    ],
    ["Dana Whitlow said her new film, Tom Brandon, was about her grandfather.", ["Dana Whitlow"]],
    // Guards: a relative named after a possessive; a possessive's owner after "sequel to"; a work's noun
    // with no name after it.
    ["Her sister, Ellie Marsh, said the book was a success.", ["Ellie Marsh"]],
    [
      "His son, Tom Brandon, is a lawyer. Dana Whitlow said his latest book, on the war, sold well.",
      ["Tom Brandon", "Dana Whitlow"],
    ],
    ["The film is a sequel to Tom Brandon's 1999 hit, Dana Whitlow said.", ["Tom Brandon", "Dana Whitlow"]],
    ["Tom Brandon, the son of a miner, wrote the sequel to his first book.", ["Tom Brandon"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
