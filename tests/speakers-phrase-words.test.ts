/**
 * Words a speaker phrase kept that are no name (session 10), with the mentions a tagger might give (split from
 * speakers-named.test.ts). All text here is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { resolvedQuotes, type Tagged } from "./helpers/speakers.js";

const ORG = { type: "organization" } as const;

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
      "Dana Hale met the activists on Tuesday. The tenants who called her on Friday say they feel “badly let down” by the plan.",
      { "Dana Hale": {} },
      // (Session 12: "on Friday" is skipped; "they" after "say", the tenants again, names no one.)
      [["badly let down", null, "they"]],
    ],
    [
      "a place after `of` in the appositive of the person opening the sentence is no speaker",
      "Rep. Ann Vogel of Manitoba, an ally of the leadership, said Thursday her worry is that he is “unpredictable.”",
      { "Ann Vogel": {}, Manitoba: { type: "place" } },
      // (Session 40: the phrase is the person's own, read past the home place and the apposition.)
      [["unpredictable.", "Ann Vogel", "Rep. Ann Vogel"]],
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
      "a name's own first word that no list knows is no office: the known first name after it does not cut it",
      "Party leader Ghulam Nabi Azad spoke on Friday. “We will oppose it,” Azad said.",
      { "Ghulam Nabi Azad": {}, Azad: { entity: "Ghulam Nabi Azad" } },
      [["We will oppose it,", "Ghulam Nabi Azad", "Azad"]],
    ],
    [
      "an acronym before a given name is an office's employer, cut",
      "AIMIM Karen Lowell spoke on Friday. “We will block it,” Lowell said.",
      { "AIMIM Karen Lowell": {}, Lowell: { entity: "AIMIM Karen Lowell" } },
      [["We will block it,", "Karen Lowell", "Lowell"]],
    ],
    [
      "a title without its period and a party before a given name are cut",
      "Sen Karen Lowell and Democrat Dana Pease spoke. “We will block it,” Lowell said. “So will I,” Pease said.",
      {
        "Sen Karen Lowell": {},
        "Democrat Dana Pease": {},
        Lowell: { entity: "Sen Karen Lowell" },
        Pease: { entity: "Democrat Dana Pease" },
      },
      [
        ["We will block it,", "Karen Lowell", "Lowell"],
        ["So will I,", "Dana Pease", "Pease"],
      ],
    ],
    [
      "post-nominal letters after a speaker's name are no part of it; a role's appositive name takes them along",
      "Jo Kealey spoke. “It is a sad day,” said Jo Kealey QC. Her barrister, Dana Pease KC, said “he is sorry.”",
      { "Jo Kealey": {}, "Dana Pease": {} },
      [
        ["It is a sad day,", "Jo Kealey", "Jo Kealey QC"],
        ["he is sorry.", "Dana Pease", "Her barrister"],
      ],
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
      "Former aide Dana Whitlow, now vice president of a bank, spoke on Monday. Acme Corp moved to a new port in May, and its senior vice president promised to dredge “every berth by June” there.",
      { "Dana Whitlow": {}, "Acme Corp": ORG },
      [["every berth by June", null, "its senior vice president"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    const quotes = resolvedQuotes(text, tagged);
    expect(quotes.map((q) => [q.text, q.speaker.name, q.speaker.mention?.text ?? null])).toEqual(expected);
  });
});
