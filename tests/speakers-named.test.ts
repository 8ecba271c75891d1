/**
 * Speakers named as a careful reader names them, pattern by pattern, with the mentions a tagger might give
 * (including its mistakes: a person typed an organization, a name cut at a middle initial), so that the
 * resolver's own evidence is what is tested. All text here is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../src/extract/quotes/index.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

const ORG = { type: "organization" } as const;

describe("post-posed attributions name the person", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a titled surname resolves to the full name",
      "Gideon Brown spoke in Leeds. “We have kept our promises,” said Mr Brown.",
      { "Gideon Brown": {}, Brown: { entity: "Gideon Brown" } },
      [["Gideon Brown", "Mr Brown"]],
    ],
    [
      "a personal title makes a person of a name typed an organization",
      "“It is wrong,” said Baroness Hollis.",
      { Hollis: ORG },
      [["Hollis", "Baroness Hollis"]],
    ],
    [
      "a role noun before a name typed an organization",
      "“It was a great performance,” said Arsenal boss Anselme Werther.",
      { Arsenal: ORG, "Anselme Werther": ORG },
      [["Anselme Werther", "Anselme Werther"]],
    ],
    [
      "a party and an office before the name",
      "“We will appeal,” Labour MP Lorraine Abbot said.",
      { Labour: ORG },
      [["Lorraine Abbot", "Labour MP Lorraine Abbot"]],
    ],
    [
      "an age before the name",
      "“I think it is fantastic,” said 23-year-old Jamie Pullman.",
      {},
      [["Jamie Pullman", "Jamie Pullman"]],
    ],
    [
      "an age between commas after the name",
      "“We won’t stop,” Jane Roe, 45, said.",
      { "Jane Roe": {} },
      [["Jane Roe", "Jane Roe"]],
    ],
    [
      "an appositive job after the name",
      "“I am delighted,” said Tom Ashdown, the chief executive of Granite Holdings.",
      { "Tom Ashdown": {}, "Granite Holdings": ORG },
      [["Tom Ashdown", "Tom Ashdown"]],
    ],
    [
      "a long employer's name before the role and the person",
      "“Demand is weak,” said Granite Holdings (Europe) Ltd analyst Ann Lee.",
      { "Granite Holdings": ORG },
      [["Ann Lee", "Ann Lee"]],
    ],
    [
      "two names joined by 'and' as the employer",
      "“Demand is weak,” said Bear and Wolf chairman Tom Pike.",
      {},
      [["Tom Pike", "Tom Pike"]],
    ],
    [
      "a person of an organization whose name holds a plural noun",
      "“Demand is weak,” said John Williams of Northern Bankers Trust Co.",
      { "John Williams": {} },
      [["John Williams", "John Williams"]],
    ],
    [
      "a name cut at its middle initial keeps its surname",
      "“We will compete,” said Chairman Rupert B. Smith.",
      { Roger: {}, Smith: ORG },
      [["Rupert B. Smith", "Chairman Rupert B. Smith"]],
    ],
    [
      "a name found only in a speaker phrase names the later bare surname",
      "“It has been dry,” said Mary Martell. Rain is due.\n\n“It may yet rain,” Martell said.",
      { Martell: ORG },
      [
        ["Mary Martell", "Mary Martell"],
        ["Mary Martell", "Martell"],
      ],
    ],
    [
      "a surname typed an organization is a person's when the document writes a first name before it",
      "Paul Vollmer spoke to bankers.\n\n“Rates will not rise,” Vollmer said.",
      { "Paul Vollmer": ORG, Vollmer: ORG },
      [["Paul Vollmer", "Vollmer"]],
    ],
    [
      "an organization saying something stays an organization",
      "Acme raised its forecast.\n\n“Sales were strong,” Acme said.",
      { Acme: ORG },
      [[null, "Acme", "Acme"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("the name after the quote beats a pronoun or role before it", () => {
  it.each<[string, Speaker[]]>([
    ["The minister was blunt: “It’s over,” said Mr Ferris.", [["Ferris", "Mr Ferris"]]],
    ["She said: “No,” said Mr Ferris.", [["Ferris", "Mr Ferris"]]],
    ["He said the talks had failed, “We have no deal,” said Mrs Ainsley.", [["Ainsley", "Mrs Ainsley"]]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it("a pronoun before with a name of its own keeps it", () => {
    expect(speakers("Ann Lee was asked. She said: “No.”", { "Ann Lee": {} })).toEqual([["Ann Lee", "She"]]);
  });
});

describe("an introduction that reads past an adverb or a fragment", () => {
  it.each<[string, Tagged, Speaker[]]>([
    [
      "“It's over,” Peter Smith said. Mary Jones, however, disagreed: “It is not.”",
      { "Peter Smith": {}, "Mary Jones": {} },
      [
        ["Peter Smith", "Peter Smith"],
        ["Mary Jones", "Mary Jones"],
      ],
    ],
    [
      "Peter Smith called the plans “unworkable” and “dangerous,” adding: “We will oppose them.”",
      { "Peter Smith": {} },
      [["Peter Smith", "Peter Smith"]],
    ],
  ])("%s", (text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("descriptions, pronouns and organizations", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "an age as a description names the person just mentioned",
      "Pat Quinn won the race on Sunday.\n\n“It was hard,” said the 23-year-old.",
      { "Pat Quinn": {} },
      [["Pat Quinn", "the 23-year-old"]],
    ],
    [
      "an age before a person noun",
      "Pat Quinn lost her home.\n\n“It's a disaster,” the 48-year-old mother of two told the BBC.",
      { "Pat Quinn": {} },
      [["Pat Quinn", "the 48-year-old mother"]],
    ],
    [
      "a name in apposition after an inverted role",
      "“I have no regrets,” said the former minister, Estelle Morrow.",
      { "Estelle Morrow": {} },
      [["Estelle Morrow", "Estelle Morrow"]],
    ],
    [
      "a team's name before a role noun is no speaker",
      "“It was a great night,” said the Gunners boss, who joined in 1996.",
      { Gunners: ORG },
      [[null, "the Gunners boss", "Gunners"]],
    ],
    [
      "a capitalized nationality as a description",
      "Jose Moreira was pleased.\n\n“We deserved it,” the Portuguese said.",
      { "Jose Moreira": {}, Portuguese: { entity: "Portugal", type: "demonym" } },
      [["Jose Moreira", "Portuguese"]],
    ],
    [
      "a nationality as a description",
      "Rafael Bermudez was pleased.\n\n“We played well,” said the Spaniard.",
      { "Rafael Bermudez": {}, Spaniard: { entity: "Spain", type: "demonym" } },
      [["Rafael Bermudez", "Spaniard"]],
    ],
    [
      "a pronoun skips the person of the other gender",
      "Mary Clode met Peter Vance.\n\n“We heard a bang,” he said.",
      { "Mary Clode": {}, "Peter Vance": {} },
      [["Peter Vance", "he"]],
    ],
    [
      "a plural pronoun names no person",
      "Mary Clode met Peter Vance.\n\n“We heard a bang,” they said.",
      { "Mary Clode": {}, "Peter Vance": {} },
      [[null, "they"]],
    ],
    [
      "an organization noun takes the organization the document names",
      "Northern Power raised prices.\n\n“We regret the increase,” the utility said.",
      { "Northern Power": ORG },
      [[null, "the utility", "Northern Power"]],
    ],
    [
      "an unnamed spokesman speaks for the organization named after him",
      "“The deal is off,” said a spokesman for Granite Holdings.",
      { "Granite Holdings": ORG },
      [[null, "a spokesman", "Granite Holdings"]],
    ],
    [
      "an unnamed spokesman speaks for the organization in his phrase",
      "“The deal is off,” a Granite Holdings spokesman said.",
      { "Granite Holdings": ORG },
      [[null, "a Granite Holdings spokesman", "Granite Holdings"]],
    ],
    [
      "an organization noun with no organization named keeps its words",
      "“We regret this,” the company said.",
      {},
      [[null, "the company", "company"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a quote over a lost paragraph break", () => {
  it("continues the open quote instead of swallowing the narration after it", () => {
    const text =
      "“We trust the growers,” Venck said. “Wash them well. “This fumigant is old,” Venck added. Workers fell ill.";
    const doc = bodyOnlyDocument(text);
    const quotes = extractQuotes(doc, splitDocument(doc)).quotes;
    expect(quotes.map((q) => [text.slice(q.start, q.end), q.speakerPhrase?.text ?? null])).toEqual([
      ["“We trust the growers,”", "Venck"],
      ["“Wash them well. “This fumigant is old,”", "Venck"],
    ]);
  });
});
