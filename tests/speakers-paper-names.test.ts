/**
 * A newspaper speaking under its short name after "the", which the tagger missed ("“…,” the Gazette said"): the
 * paper, an organization (the document's "Harbury Gazette" when it names one so), never a person named
 * "Gazette". All names invented.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("the paper speaking", () => {
  it.each<[string, Tagged, Speaker[]]>([
    [
      'Dana Whitlow, the Harbury Gazette\'s editor, said the paper would fight the ruling. "We will appeal," the Gazette said.',
      { "Dana Whitlow": {}, "Harbury Gazette": { type: "organization" } },
      [[null, "Gazette", "Harbury Gazette"]],
    ],
    [
      'Dana Whitlow quit on Monday. "She was pushed," the Courier said.',
      { "Dana Whitlow": {} },
      [[null, "Courier", "Courier"]],
    ],
  ])("%s", (text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("guards: a paper's reporter, a paper the tagger found", () => {
  it.each<[string, Tagged, Speaker[]]>([
    // The paper's reporter, whom the tagger found, speaks.
    [
      'The Harbury Gazette broke the story. "It is true," said the Gazette\'s Dana Whitlow.',
      { "Dana Whitlow": {}, "Harbury Gazette": { type: "organization" } },
      [["Dana Whitlow", "Gazette"]],
    ],
    [
      'Dana Whitlow quit on Monday. "She was pushed," the Tarrow Times said.',
      { "Dana Whitlow": {}, "Tarrow Times": { type: "organization" } },
      [[null, "Tarrow Times", "Tarrow Times"]],
    ],
  ])("%s", (text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
