/**
 * resolve/names/firm-counts.ts: a name that opens, closes, ships or recalls stores, plants or vehicles by the count
 * is a firm (session 21, issue 11 "firms with no clue in the document"). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a name that counts a firm's holdings is the firm (firm-counts.ts)", () => {
  it.each([
    ["Halvorsen shipped a million handsets last year. Halvorsen said demand was strong.", []],
    ["Okafor is to close two plants in Ohio, Okafor said on Monday.", []],
    ["Kessel will open 40 new stores next year. Kessel said trade was brisk.", []],
    ["Whitcombe recalled 40,000 vehicles on Monday. Whitcombe apologised.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons who do the same stay (firm-counts.ts)", () => {
  it.each([
    // A word of a longer person's name: the chief executive.
    ["Chief executive Corin Halvorsen said Halvorsen will close two plants.", ["Corin Halvorsen"]],
    // A known first name first.
    ["Dana Whitlow will open 40 new stores, she said.", ["Dana Whitlow"]],
    // Marked a person: "who".
    ["Ramirez, who took over in May, will close two plants. Ramirez is 54.", ["Ramirez"]],
    // No count: a person opens a store.
    ["Ramirez opened the new stores in Leeds on Monday. Ramirez is the mayor.", ["Ramirez"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
