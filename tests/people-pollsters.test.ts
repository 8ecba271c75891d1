/**
 * resolve/names/pollsters.ts: a name that runs a poll or a survey is a firm (session 21, issue 11 "companies
 * listed as people"). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a pollster is no person (pollsters.ts)", () => {
  it.each([
    [
      "A poll by Ramirez Hollis for the Herald found support falling. Ramirez Hollis questioned 1,000 adults.",
      [],
    ],
    ["A survey by Ramirez for the Herald found support falling. Ramirez questioned 1,000 adults.", []],
    ["The Tories lead by 3 points, a Ramirez poll published in the Herald showed.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons near a poll stay (pollsters.ts)", () => {
  it.each([
    // A campaign's poll: the word of a longer person's name.
    ["Dana Ramirez leads, a new Ramirez poll showed, and Ramirez said she was pleased.", ["Dana Ramirez"]],
    // A survey by a researcher, for nobody.
    ["A survey by Dana Whitlow of 1,000 adults found support falling.", ["Dana Whitlow"]],
    // A titled pollster keeps a person's name.
    ["A poll by Lord Ramirez for the Herald found support falling.", ["Ramirez"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
