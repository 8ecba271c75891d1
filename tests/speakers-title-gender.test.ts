/**
 * A titled speaker ("Mrs Whitlow said") is no person of the other gender who shares the surname: spouses, parents
 * and siblings are told apart by the title, as British and New York house styles name them. All text here is
 * invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("a titled speaker agrees in gender with the full name it joins", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Mrs X` is not the man the document calls `Mr X` and names in full (a first name of either gender)",
      'Mr Whitlow, the chancellor, defended the budget on Wednesday. Dana Whitlow said the cuts were needed. "We cannot borrow forever," Mr Whitlow said. His wife, Mrs Whitlow, a teacher, disagreed. "Schools will suffer," Mrs Whitlow said.',
      { "Dana Whitlow": {}, Whitlow: { entity: "Dana Whitlow" } },
      [
        ["Dana Whitlow", "Mr Whitlow"],
        ["Whitlow", "Mrs Whitlow"],
      ],
    ],
    [
      "`Mrs X` before her husband is named in full stays herself; `Mr X` joins him",
      'Mrs Harcourt, who runs the village shop, said trade had halved since the bypass opened. "Nobody stops any more," Mrs Harcourt said. Her husband, Geoffrey Harcourt, blamed the council. "They never asked us," Mr Harcourt said.',
      { "Geoffrey Harcourt": {}, Harcourt: {} },
      [
        ["Harcourt", "Mrs Harcourt"],
        ["Geoffrey Harcourt", "Mr Harcourt"],
      ],
    ],
    [
      "`Ms X` after a man's quote is the woman of that surname the document names",
      'Colin Pryor and his sister, Dana Pryor, run the farm. "We rarely agree," Mr Pryor said. "He is usually wrong," Ms Pryor said.',
      { "Colin Pryor": {}, "Dana Pryor": {}, Pryor: { entity: "Colin Pryor" } },
      [
        ["Colin Pryor", "Mr Pryor"],
        ["Dana Pryor", "Ms Pryor"],
      ],
    ],
    [
      "two namesakes of both genders, where the tagger kept the surname alone: each title finds its own",
      'Dana Whitlow chairs the committee. Her brother, Colin Whitlow, sits on it too. "We rarely agree," Ms Whitlow said. "She is usually right," Mr Whitlow said.',
      { "Dana Whitlow": {}, "Colin Whitlow": {}, Whitlow: {} },
      [
        ["Dana Whitlow", "Ms Whitlow"],
        ["Colin Whitlow", "Mr Whitlow"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("guards: a title that agrees, or a first name's gender the document does not confirm", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Mr X` of the one full name whose first name the lexicon reads as a woman's keeps the full name",
      'Senator Kim Dunmore, a Republican, spoke on Sunday. "This bill is dead," Mr. Dunmore said.',
      { "Kim Dunmore": {}, Dunmore: {} },
      [["Kim Dunmore", "Mr. Dunmore"]],
    ],
    [
      "a title of the full name's own gender joins it",
      'Lorna Pettigrew releases her album next month. "It is my most personal record," Ms Pettigrew said.',
      { "Lorna Pettigrew": {}, Pettigrew: {} },
      [["Lorna Pettigrew", "Ms Pettigrew"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
