/**
 * resolve/names/data-sources.ts: a one-word name that supplies a report or numbers is an outlet or a data firm
 * (session 22, issue 11 "news brands and data providers"). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a source of reports and numbers is no person (data-sources.ts)", () => {
  it.each([
    ["The shares fell after a report from Halvorsen said the bank would cut 5,000 jobs.", []],
    ["Here is the team news, with betting odds and Brenzo stats for Saturday's game.", []],
    ["The final drew 9 million viewers, according to Halvorsen data released on Monday.", []],
    ["According to Brenzo data, the show drew 5 million viewers.", []],
    ["Figures compiled by Halvorsen show exports fell 4 percent in May.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons near a report or numbers stay (data-sources.ts)", () => {
  it.each([
    // A report by a person named in full, and the surname alone later.
    ["A report by Dana Whitlow found delays. A later report by Whitlow found more.", ["Dana Whitlow"]],
    // A possessive: the person's own numbers.
    ["Halvorsen's stats this season are the best of his career, Halvorsen said.", ["Halvorsen"]],
    // A study's author is cited so.
    ["A study by Halvorsen found that sleep improves memory, Halvorsen said.", ["Halvorsen"]],
    // A verb after the name, not numbers.
    ["Halvorsen figures he can still win the title, Halvorsen said.", ["Halvorsen"]],
    // A titled reporter.
    ["A report by Dr. Halvorsen found the hospital understaffed.", ["Halvorsen"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
