/**
 * A titled speaker ("Mrs Whitlow said") is no person of the other gender who shares the surname: spouses, parents
 * and siblings are told apart by the title, as British and New York house styles name them. All text here is
 * invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { namedOf } from "./helpers/document.js";
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

describe("a surname speaker's kin apposition tells the gender (`Mr Ellwood, her father,`)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Mr X, her father` is not the woman named in full, the only one of that surname",
      'The family of Sarah Ellwood, who died after a crash on Sunday, paid tribute to her. "She was the light of our lives," Mr Ellwood, her father, said.',
      { "Sarah Ellwood": {}, Ellwood: { entity: "Sarah Ellwood" } },
      [["Ellwood", "Mr Ellwood"]],
    ],
    [
      "without a title, the kin noun alone (`Ellwood, the girl's father, said`)",
      'Police named the cyclist as Sarah Ellwood, 19. "She loved that bike," Ellwood, the girl\'s father, said.',
      { "Sarah Ellwood": {}, Ellwood: { entity: "Sarah Ellwood" } },
      [["Ellwood", "Ellwood"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a kin apposition that agrees, or a full name (guards)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Mrs X, his mother` joins the woman named in full",
      'Tom Baxter, 8, was rescued by Sarah Ellwood on Sunday. "I just ran in," Mrs Ellwood, his mother, said.',
      { "Tom Baxter": {}, "Sarah Ellwood": {}, Ellwood: { entity: "Sarah Ellwood" } },
      [["Sarah Ellwood", "Mrs Ellwood"]],
    ],
    [
      "`Mr X, her husband` joins the man named in full",
      'Jane Baxter thanked Colin Ellwood on Sunday. "I just ran in," Mr Ellwood, her husband, said.',
      { "Jane Baxter": {}, "Colin Ellwood": {}, Ellwood: { entity: "Colin Ellwood" } },
      [["Colin Ellwood", "Mr Ellwood"]],
    ],
    [
      "a full name in the phrase stays the speaker, whatever its first name's usual gender",
      'Sarah Ellwood rescued the boy on Sunday. "I just ran in," Lesley Baxter, his father, said.',
      { "Sarah Ellwood": {}, "Lesley Baxter": {} },
      [["Lesley Baxter", "Lesley Baxter"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

// Session 34: a royal's given name is theirs, not a commoner's of that first name (ROYAL_TITLES).
describe("a royal speaker keeps the given name", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Prince X said` is not the minister named X Surname",
      'Prince Edmund and Edmund Halworth attended the service. "It was very moving," Prince Edmund said afterwards.',
      { Edmund: {}, "Edmund Halworth": {} },
      [["Edmund", "Prince Edmund"]],
    ],
    [
      "guard: `Sir X said` is the person of that first name (a knight is named so)",
      'Sir Edmund Halworth attended the service. "It was very moving," Sir Edmund said afterwards.',
      { "Edmund Halworth": {}, Edmund: { entity: "Edmund Halworth" } },
      [["Edmund Halworth", "Sir Edmund"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("through annotate: a titled surname the naming kept apart is the quote's speaker as named (session 37)", () => {
  it.each<[string, (string | null)[]]>([
    [
      'Darren Pollard denies murdering Kevin Ashworth at his home in March.\n\nMrs Ashworth told police: "There was blood everywhere."',
      ["Ashworth"],
    ],
    [
      'Darren Pollard denies murdering Kevin Ashworth at his home in March.\n\n"There was blood everywhere," Mrs Ashworth told police.',
      ["Ashworth"],
    ],
    // a man's title joins the one full name of the surname though the lexicon reads its first name as a woman's
    [
      'Conservative trade critic Erin Tolland spoke on Monday.\n\n"The Prime Minister has let this drag on," Mr. Tolland said.',
      ["Erin Tolland"],
    ],
    // guard: a title that agrees joins the full name
    [
      'Darren Pollard denies murdering Kevin Ashworth at his home in March.\n\n"I was afraid of him," Mr Ashworth told police in January.',
      ["Kevin Ashworth"],
    ],
  ])("%j", (text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });
});
