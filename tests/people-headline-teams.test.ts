/**
 * resolve/names/headline-teams.ts: a one-word name opening the headline before a verb in the base form ("Brentham
 * edge out Rovers") is a team or a body in every mention (session 24, issue 11: clubs named after towns listed as
 * people). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a name before a headline's plural verb is a team (headline-teams.ts)", () => {
  it.each([
    ["Brentham edge out Rovers\n\nBrentham came from behind to beat Rovers 3-2 on Saturday.", []],
    ["Ashcombe seal title\n\nAshcombe won the league on Saturday, said manager Kit Harlan.", ["Kit Harlan"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons in headlines stay (headline-teams.ts)", () => {
  it.each([
    // A person's headline verb takes "-s".
    [
      "Harlan beats Whitlow\n\nKit Harlan beat Dana Whitlow 6-3 6-4. Harlan said he was pleased.",
      ["Kit Harlan", "Dana Whitlow"],
    ],
    // A noun after the name: the person's win.
    ["Harlan win boosts Rovers\n\nHarlan won 6-3 6-4 and Harlan said he was pleased.", ["Harlan"]],
    // A longer person's name holds the word.
    ["Harlan sign for Rovers\n\nKit Harlan has joined Rovers. Harlan said he was pleased.", ["Kit Harlan"]],
    // Not the first line's first word.
    ["Rovers beat Harlan's side\n\nRovers won 2-0, and Harlan said he was disappointed.", ["Harlan"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
