/**
 * Speakers named as a careful reader names them, pattern by pattern, with the mentions a tagger might give
 * (including its mistakes: a person typed an organization, a name cut at a middle initial), so that the
 * resolver's own evidence is what is tested. All text here is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../src/extract/quotes/index.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";
import { resolvedQuotes, type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

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

describe("words a speaker phrase kept that are no name (session 10)", () => {
  it.each<[string, string, Tagged, Array<[string, string | null, string | null]>]>([
    [
      "a headline's verb and object after a person named in full are no part of the name",
      "Hale Addresses Regina Vote: ‘We Were Robbed.’\n\nDana Hale lost the Regina seat by 40 votes on Monday. “We will ask for a recount,” Hale said.",
      { "Dana Hale": {}, Hale: { entity: "Dana Hale" }, Regina: {} },
      [
        ["We Were Robbed.", "Dana Hale", "Hale Addresses Regina Vote"],
        ["We will ask for a recount,", "Dana Hale", "Hale"],
      ],
    ],
    [
      "a surname titled where the tagger typed the full name an organization: the full name, for pronouns too",
      "Abel Marsh – who blamed the council for the closure – spoke to the committee. Mr Marsh told MPs: “Nothing explains it.” Asked why he went, he said: “We took her because no one could mind her.”",
      { "Abel Marsh": ORG, Marsh: {} },
      [
        ["Nothing explains it.", "Abel Marsh", "Mr Marsh"],
        ["We took her because no one could mind her.", "Abel Marsh", "he"],
      ],
    ],
    [
      "a weekday before a reporting verb is nobody: the sentence's subject before it speaks",
      "Dana Hale, who has feuded with party leaders all week, on Friday described her wish to lead a “broad church” party.",
      { "Dana Hale": {} },
      // (Session 12: the time phrase "on Friday" is skipped, and the subject's own words name her.)
      [["broad church", "Dana Hale", "Dana Hale"]],
    ],
    [
      "a weekday after an object pronoun: nobody",
      "Dana Hale met the activists on Tuesday. The groups who wrote to her on Thursday say they are “deeply concerned” by the plan.",
      { "Dana Hale": {} },
      // (Session 12: "on Thursday" is skipped; "they" after "say", the groups again, names no one.)
      [["deeply concerned", null, "they"]],
    ],
    [
      "a place after `of` in the appositive of the person opening the sentence is no speaker",
      "Rep. Ann Vogel of Manitoba, an ally of the leadership, said Thursday her worry is that he is “unpredictable.”",
      { "Ann Vogel": {}, Manitoba: { type: "place" } },
      [["unpredictable.", "Ann Vogel", "Manitoba"]],
    ],
    [
      "a place after a comma in the appositive of the person opening the sentence is no speaker",
      "Lena Ortiz, curator of prints at the University of Vermont, Burlington, said, “These prints show his life.”",
      { "Lena Ortiz": {}, Vermont: { type: "place" }, Burlington: { type: "place" } },
      [["These prints show his life.", "Lena Ortiz", "Burlington"]],
    ],
    [
      "a family name first: the document's “Mr Tan” keeps the surname in the speaker's name",
      "Transport Minister Tan Wei Ming visited the port on Friday. “We will build a new terminal,” Mr Tan said.",
      { "Tan Wei Ming": {}, Tan: { entity: "Tan Wei Ming" } },
      [["We will build a new terminal,", "Tan Wei Ming", "Mr Tan"]],
    ],
    [
      "an office before a given name is still cut: the document never writes the office alone",
      "Senate Minority Whip Karen Lowell spoke on Friday. “We will block it,” Lowell said.",
      { "Senate Minority Whip Karen Lowell": {}, Lowell: { entity: "Senate Minority Whip Karen Lowell" } },
      [["We will block it,", "Karen Lowell", "Lowell"]],
    ],
    [
      "“the Member for Bath said”: a lone role word is no name",
      "MPs debated the bill on Tuesday. “This bill is a disgrace,” the Member for Bath said.",
      { Bath: { type: "place" } },
      [["This bill is a disgrace,", null, "Member"]],
    ],
    [
      "“Analysts said”: a plural person noun is nobody, not the one analyst named",
      "“The deal is cheap,” said analyst Karen Lowell of Brandt Securities. Analysts said the “walkaway lease” was common.",
      { "Karen Lowell": {}, "Brandt Securities": ORG },
      [
        ["The deal is cheap,", "Karen Lowell", "Karen Lowell"],
        ["walkaway lease", null, "Analysts"],
      ],
    ],
    [
      "“its senior vice president”: an organization's officer the phrase leaves unnamed is not the vice president named before",
      "Former aide Dana Whitlow, now vice president of a bank, spoke on Monday. Acme Corp hired a new team weeks before its senior vice president boasted about spending “a million dollars” on ads.",
      { "Dana Whitlow": {}, "Acme Corp": ORG },
      [["a million dollars", null, "its senior vice president"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    const quotes = resolvedQuotes(text, tagged);
    expect(quotes.map((q) => [q.text, q.speaker.name, q.speaker.mention?.text ?? null])).toEqual(expected);
  });
});
