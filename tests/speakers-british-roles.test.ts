/**
 * British and Commonwealth role words as speakers: "the skipper" for a team's captain, "the detective" for a
 * police officer named by rank ("Detective Inspector Laura Frost"). All text here is invented for these tests, in
 * the styles of British cricket and crime reports.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("British role words as speakers", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the skipper` is the person the document made captain",
      'England captain Ben Hollis praised the innings. "We will need to bowl better tomorrow," the skipper said.',
      { "Ben Hollis": {} },
      [["Ben Hollis", "the skipper"]],
    ],
    [
      "`the detective` is the officer named by a detective's rank",
      'Detective Inspector Laura Frost said the victim was stable. "This was a shocking attack," the detective said.',
      { "Laura Frost": {} },
      [["Laura Frost", "the detective"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("British role words given to nobody (guards)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the skipper` where nobody is made captain is nobody, not the bowler named last",
      'Pace bowler James Whitby took three wickets. "We will need to bowl better tomorrow," the skipper said.',
      { "James Whitby": {} },
      [[null, "the skipper"]],
    ],
    [
      "`the detective` is not a constable of uniform rank",
      'Police Constable Laura Frost found the car. "This was a shocking attack," the detective said.',
      { "Laura Frost": {} },
      [[null, "the detective"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a councillor by the Canadian title `Coun.`", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the councillor` is the person titled `Coun.`",
      'Coun. Mark Denholm, who represents the ward, said residents were furious. "People cannot get to work," the councillor said.',
      { "Mark Denholm": { type: "person" } },
      [["Mark Denholm", "the councillor"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("an office with its domain before a name the tagger missed (`Chancellor of the Exchequer Gordon Hale`)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the Chancellor` is the person named after the office and its domain",
      'Chancellor of the Exchequer Gordon Hale spoke at the dinner. "Growth is back," said the Chancellor.',
      {},
      [["Gordon Hale", "the Chancellor"]],
    ],
    [
      "`the minister` after `Minister of Finance Jo Roe`",
      'Minister of Finance Dana Whitlow presented the budget. "We have balanced the books," the minister said.',
      {},
      [["Dana Whitlow", "the minister"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("an office's domain that is no name's (guard)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a domain followed by no first name gives no holder",
      'The Chancellor of the Exchequer Office said growth was back. "Growth is back," said the Chancellor.',
      {},
      [[null, "the Chancellor"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
