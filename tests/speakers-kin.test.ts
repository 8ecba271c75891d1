/**
 * Kinship and epithets as speakers ("her mother said", "the relieved father said", "the father of three said"):
 * the person the document ties the family noun to, else nobody. All text here is written for these tests, in
 * the styles of Canadian, British, New Zealand and South African news.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("family nouns as speakers", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the relieved father` after `His father, Frank Roe,`",
      'Louis Roe, 37, was rescued off Nova Scotia on Thursday. His father, Frank Roe, had never given up. "I thought I had lost you," the relieved father said.',
      { "Louis Roe": {}, "Frank Roe": {} },
      [["Frank Roe", "the relieved father"]],
    ],
    [
      "`her mother` after `Her mother, Karen Grant,`",
      'Ellie Grant, 9, won the regional spelling bee in Hamilton. Her mother, Karen Grant, was in the hall. "She practised every night," her mother said.',
      { "Ellie Grant": {}, "Karen Grant": {} },
      [["Karen Grant", "her mother"]],
    ],
    [
      "`the father` after an appositive `, the boy's father,`",
      'Tom Hart, the boy\'s father, spoke to reporters outside the Old Bailey. Jane Lee was there too. "We want justice," the father said.',
      { "Tom Hart": {}, "Jane Lee": {} },
      [["Tom Hart", "the father"]],
    ],
    [
      "an epithet the document gave in apposition: `a father of three`",
      'Sam Weir, a father of three, lost his job at the Durban port in March. Ann Kerr lost hers too. "It has been hard," the father of three said.',
      { "Sam Weir": {}, "Ann Kerr": {} },
      [["Sam Weir", "the father"]],
    ],
    [
      "a family noun the document ties to nobody is nobody",
      'Ellie Grant, 9, won the spelling bee in Wellington. "She practised every night," her mother said.',
      { "Ellie Grant": {} },
      [[null, "her mother"]],
    ],
    [
      "`whose son` gives the son to nobody named",
      'Jane Roe, whose son was hurt, spoke first. "He is doing well," her son said.',
      { "Jane Roe": {} },
      [[null, "her son"]],
    ],
    [
      "`the son of Tom Hart` is not Tom Hart",
      'The son of Tom Hart was arrested in Auckland. "He is innocent," the son said.',
      { "Tom Hart": {} },
      [[null, "the son"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
