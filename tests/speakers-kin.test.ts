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
      "`the relieved father` after `Frank Roe spoke with his son, Louis Roe`",
      'The last time Frank Roe spoke with his son, Louis Roe, the boat was off Halifax. Sixty days later a tanker found him. "I thought I had lost you," the relieved father said.',
      { "Louis Roe": {}, "Frank Roe": {} },
      [["Frank Roe", "the relieved father"]],
    ],
    [
      "`beside her husband, Owen Hale`: the husband is Owen Hale, not the possessive's Mary Hale",
      'Mary Hale sat in the gallery at Belfast Crown Court beside her husband, Owen Hale. "We waited nine years for this," the husband said.',
      { "Mary Hale": {}, "Owen Hale": {} },
      [["Owen Hale", "the husband"]],
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

describe("an age as a speaker", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the 45-year-old` is the person given that age (`, 45,`), not the one named last",
      'Karen Walsh, 45, was charged in Limerick on Monday. Her neighbour Tom Hart saw the fire. "I did nothing wrong," the 45-year-old said.',
      { "Karen Walsh": {}, "Tom Hart": {} },
      [["Karen Walsh", "the 45-year-old"]],
    ],
    [
      "the age before the name (`45-year-old Karen Walsh`)",
      'The court in Brisbane heard that 45-year-old Karen Walsh was charged. Her neighbour Tom Hart saw the fire. "I did nothing wrong," the 45-year-old said.',
      { "Karen Walsh": {}, "Tom Hart": {} },
      [["Karen Walsh", "the 45-year-old"]],
    ],
    [
      "an age nobody is given: the most salient person, as before",
      'Karen Walsh was charged in Leeds on Monday. "I did nothing wrong," the 45-year-old said.',
      { "Karen Walsh": {} },
      [["Karen Walsh", "the 45-year-old"]],
    ],
    [
      "an office the document gave a named person: `the Liberal leader`",
      'Liberal leader Justin Thibodeau toured a plant in Oshawa. Andrew Schaefer stayed in Regina. "We will protect these jobs," the Liberal leader said.',
      { "Justin Thibodeau": {}, "Andrew Schaefer": {} },
      [["Justin Thibodeau", "the Liberal leader"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
