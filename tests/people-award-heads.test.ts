/**
 * resolve/names/modifier-names.ts: a one-word name written once before a noun only an award takes ("six Zelda
 * nominations", "Zelda glory", "the Zelda-winning film", "Zelda winner Dana Whitlow") is the award's in all its
 * one-word mentions, and its plural too (session 24, issue 11: awards listed as people). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a name written before an award's own noun is no person (modifier-names.ts)", () => {
  it.each([
    [
      "Dana Whitlow is hoping for Zelda glory next month. Whitlow said the Zeldas were a lottery.",
      ["Dana Whitlow"],
    ],
    ["Zelda winner Dana Whitlow will headline the festival. Her Zelda haul came in 2002.", ["Dana Whitlow"]],
    [
      "The Marla-winning series returns in May. Its star Dana Whitlow said the Marla changed her life.",
      ["Dana Whitlow"],
    ],
    [
      "The film picked up six Zelda nominations on Tuesday. Zelda voters will decide in March, Dana Whitlow said.",
      ["Dana Whitlow"],
    ],
    [
      "Dana Whitlow got the Zelda nod on Tuesday, and the Zelda for best film went to Kit Harlan.",
      ["Dana Whitlow", "Kit Harlan"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons before the same words stay (modifier-names.ts)", () => {
  it.each([
    // A football goal: "winner" before no name.
    [
      "Rovers won 1-0 thanks to a late Harlan winner on Saturday, and Harlan said he was delighted.",
      ["Harlan"],
    ],
    // A politician's nominee and nomination are left to the every-mention rule.
    ["The Senate backed the Harlan nomination. Harlan, 52, said he was grateful.", ["Harlan"]],
    // A longer person's name holds the word.
    ["Dana Whitlow's glory days are over. Whitlow glory came in 1998, Whitlow said.", ["Dana Whitlow"]],
    // A titled mention is a person's.
    ["Mr Tesselman led the ceremony. The Tesselman triumph was complete, Tesselman said.", ["Tesselman"]],
    // The award's winner is named with the award's word: the person keeps the full name.
    [
      "Oscar Brandon is a Zelda-winning actor. Brandon said the Zelda nominations pleased him.",
      ["Oscar Brandon"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
