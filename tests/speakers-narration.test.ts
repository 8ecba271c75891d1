/**
 * Speakers the narration gives without an attribution of the usual kind: a story told inside a quote, a colon
 * after a sentence naming one person, the subject of the sentence before a quote standing alone, an "it" that
 * speaks for an organization, an office held by someone named earlier. All text here is written for these tests,
 * in the styles of British, Canadian, Australian and Irish news.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

const ORG = { type: "organization" } as const;

describe("a story told inside a quote", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`I said` inside a quotation left open after the teller's quote is the teller",
      "'We were on the team bus,' recalls Walsh. 'All of a sudden the manager stood up. I said, 'Are you sure about that?' He just nodded.",
      { Walsh: {} },
      [
        ["Walsh", "Walsh"],
        ["Walsh", "I"],
      ],
    ],
    [
      "a column's own `I said`, with no quotation open, is nobody's",
      'Pat Keogh spoke first. I met the minister in Dublin last week. I said: "Is this fair on renters?"',
      { "Pat Keogh": {} },
      [[null, "I"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a quote after a colon with no attribution of its own", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "the one person the sentence before the colon names",
      'On Tuesday in Queen\'s Park, Curtis Ford made the following remark: "Ontario is open for business."',
      { "Curtis Ford": {} },
      [["Curtis Ford", "Curtis Ford"]],
    ],
    [
      "a statement by someone, after a colon",
      'Fact-checkers looked hard at this claim by Anthony Alvaro last month: "Wages are finally rising."',
      { "Anthony Alvaro": {} },
      [["Anthony Alvaro", "Anthony Alvaro"]],
    ],
    [
      "two people named before the colon: nobody is sure",
      'On Tuesday, Mary Lou McCormack and Micheál Furlong made the following remark: "Housing comes first."',
      { "Mary Lou McCormack": {}, "Micheál Furlong": {} },
      [[null, null]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a quote standing alone after a sentence about someone else", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "the subject of a clause after `and` is the new speaker",
      '"Rates must come down," said Jane Lee. The budget drew fire on Monday, and Tom Hart called it reckless. "This budget fails families."',
      { "Jane Lee": {}, "Tom Hart": {} },
      [
        ["Jane Lee", "Jane Lee"],
        ["Tom Hart", "Tom Hart"],
      ],
    ],
    [
      "a sentence that names the speaker again keeps them",
      '"Rates must come down," said Jane Lee. Lee, and Tom Hart too, had warned of this. "Families cannot wait."',
      { "Jane Lee": {}, Lee: { entity: "Jane Lee" }, "Tom Hart": {} },
      [
        ["Jane Lee", "Jane Lee"],
        ["Jane Lee", null],
      ],
    ],
    [
      "a person a sign is about is no speaker",
      '"We want answers," said Ann Kerr. Outside, a banner about Tom Hart hung from the fence. "Not in our name."',
      { "Ann Kerr": {}, "Tom Hart": {} },
      [
        ["Ann Kerr", "Ann Kerr"],
        ["Ann Kerr", null],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("`He said:` after a coordinated clause", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "the subject after `and` before the pronoun, not the players he spoke to",
      'Manager Mark Dale spoke to Tom Reid and Sam Weir in his office on Thursday but neither will be dropped and Dale now wants to move on. He said: "It is finished."',
      { "Mark Dale": {}, Dale: { entity: "Mark Dale" }, "Tom Reid": {}, "Sam Weir": {} },
      [["Mark Dale", "He"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("organizations as speakers", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`it said` after the organization's own quote",
      '"Service resumes on Monday," Metrolinx said. Crews worked overnight. "Riders should expect delays," it said.',
      { Metrolinx: ORG },
      [
        [null, "Metrolinx", "Metrolinx"],
        [null, "it", "Metrolinx"],
      ],
    ],
    [
      "`it said` after a sentence where the organization said something, no quote of its own",
      'Halvern Foods said profits fell by a third. "We expect a better second half," it said.',
      { "Halvern Foods": ORG },
      [[null, "it", "Halvern Foods"]],
    ],
    [
      "`it added` after `The X also told` in the paragraph before, over another speaker's quote",
      '"Nobody warned us," said Jo Pell. The Ostrava Rail Board also told staff it would cut trains.\n\n"The cuts are needed," it added.',
      { "Jo Pell": {}, "Ostrava Rail Board": ORG },
      [
        ["Jo Pell", "Jo Pell"],
        [null, "it", "Ostrava Rail Board"],
      ],
    ],
    [
      "guard: an organization that did not speak before an `it` that reads (a letter)",
      'Halvern Foods received a letter on Monday. "You must close the plant," it read.',
      { "Halvern Foods": ORG },
      [[null, "it"]],
    ],
    [
      "an `it` that reads is an email, not the organization named last",
      'The email from Canada Post arrived on Monday. "Your parcel is delayed," it read.',
      { "Canada Post": ORG },
      [[null, "it"]],
    ],
    [
      "`the agency` is the organization the narration names, not one inside the quote",
      'Statistics Canada released the figures on Friday. "Data from the Bank of Canada show the same trend," the agency said.',
      { "Statistics Canada": ORG, "Bank of Canada": ORG },
      [[null, "the agency", "Statistics Canada"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("an office after a place's comma", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`in Scarborough, the mayor said` gives the office to no place the tagger took for a person",
      'Mayor Olivia Cheung opened the library. At a news conference in Scarborough, the mayor spoke of costs. "We will find the money," the mayor said.',
      { "Olivia Cheung": {}, Scarborough: {} },
      [["Olivia Cheung", "the mayor"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
