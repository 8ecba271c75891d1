/**
 * resolve/names/work-rankings.ts: a name said to be a work ranked among its maker's ("Brightwater is her fifth
 * album", "Ashgrove, his latest film, opens") is the work's title, no person (session 24, issue 11: works listed
 * as people). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a name called a ranked work is no person (work-rankings.ts)", () => {
  it.each([
    [
      "Singer Dana Whitlow's new album Brightwater went straight to number one. Brightwater is her fifth album.",
      ["Dana Whitlow"],
    ],
    ["Tessa Colby was the band's debut single, and Tessa Colby sold well.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons before the same words stay (work-rankings.ts)", () => {
  it.each([
    // Not a work's noun.
    ["Kit Harlan is her new manager. Harlan said he was pleased.", ["Kit Harlan"]],
    ["Dana Whitlow, her first husband, left in 1990.", ["Dana Whitlow"]],
    // The work's noun goes on into a longer phrase: the person is its star or producer.
    ["Dana Whitlow, his latest film's star, said the shoot was hard.", ["Dana Whitlow"]],
    ["Kit Harlan, her new album producer, said the songs were strong.", ["Kit Harlan"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
