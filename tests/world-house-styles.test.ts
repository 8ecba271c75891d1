/**
 * Names and titles of other countries' and decades' house styles (session 22; articles invented for these tests):
 * British peers, particles opening a sentence, a wife named by her husband's name.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

/** Each person mention of a document that is all body as "text [title]" (the per-document naming). */
function titledPeople(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  return nameDocument(doc, splitDocument(doc))
    .mentions.filter((m) => m.type === "person")
    .map((m) => (m.title === undefined ? m.text : `${m.text} [${m.title}]`));
}

describe("British peers' titles", () => {
  it.each<[string, string, string[]]>([
    [
      "a baroness after a sentence about the bill",
      "The bill was defeated in the Lords. Baroness Whitlow said the war had cost too many lives.",
      ["Whitlow [Baroness]"],
    ],
    [
      "a viscount before a verb",
      "Ministers were warned. Viscount Ambrey disagreed with the plan.",
      ["Ambrey [Viscount]"],
    ],
    [
      "a baroness in a speaker phrase after the quote",
      "“It is a poor bill,” said Baroness Kettering, a former minister.",
      ["Kettering [Baroness]"],
    ],
    // A peer's title before "of" and a place is the peer, styled so, with no title split off (session 31: a
    // reader counts "the Countess of Velmora" among the story's people; session 22 had left her out); "Lord" as before.
    [
      "a countess of a place",
      "The Countess of Velmora opened the wing on Monday.",
      ["Countess of Velmora [Countess]"],
    ],
    ["a lord", "Lord Falworth said the bill was flawed.", ["Falworth [Lord]"]],
  ])("%s", (_, text, expected) => {
    expect(titledPeople(text)).toEqual(expected);
  });
});

/** Each person mention's written text → the entity it names, in text order. */
function named(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  const { mentions } = nameDocument(doc, splitDocument(doc));
  return mentions.filter((m) => m.type === "person").map((m) => `${m.text} → ${m.entity}`);
}

describe("a particle surname opening a sentence, the tagger's organization, joins the full name (name-order.ts)", () => {
  it.each<[string, string, string[]]>([
    [
      "the full name first, both cut by the tagger",
      "Jan van der Berg joined the bid on Monday. Van der Berg said the price was right.",
      ["Jan van der Berg → Jan van der Berg", "Van der Berg → Jan van der Berg"],
    ],
    [
      "the surname first",
      "Van der Berg said the price was right. Jan van der Berg joined the bid on Monday.",
      ["Van der Berg → Jan van der Berg", "Jan van der Berg → Jan van der Berg"],
    ],
    // Guards: with no full name in the document, as before; a full name the tagger read whole joins as before.
    ["no full name", "Van der Berg said the price was right.", ["Van der Berg → Van der Berg"]],
    [
      "the tagger's whole name",
      "Ursula von der Lehnen joined the bid. Von der Lehnen said the price was right.",
      ["Ursula von der Lehnen → Ursula von der Lehnen", "Von der Lehnen → Ursula von der Lehnen"],
    ],
  ])("%s", (_, text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe("British sport and music pages' callings before a name (lexicon CALLINGS, calling-names.ts)", () => {
  it.each<[string, string, string[]]>([
    [
      "a band's frontman at a sentence's start",
      "Frontman Dana Whitlow said the band had not expected it.",
      ["Dana Whitlow"],
    ],
    ["a keyboardist's stage name", "Keyboardist Kez left the band on Friday.", ["Kez"]],
    ["a playmaker after 'the'", "The playmaker Zelinho scored twice.", ["Zelinho"]],
    [
      "a wicketkeeper read with the name as a firm",
      "Wicketkeeper Dana Whitlow took four catches.",
      ["Dana Whitlow"],
    ],
    // Guards: a firm named with a calling's word; a calling the list held before.
    ["a racing body", "Jockey Club officials said the race would go ahead.", []],
    ["a striker", "Striker Dana Whitlow scored twice.", ["Dana Whitlow"]],
  ])("%s", (_, text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a British police rank in capitals before an officer's name (rank-letters.ts)", () => {
  it.each<[string, string, string[]]>([
    [
      "a constable, the surname left out by the tagger",
      "PC Janet Brill found the car on Monday.",
      ["Janet Brill"],
    ],
    ["the same after a preposition", "The car was found by PC Janet Brill on Monday.", ["Janet Brill"]],
    ["a detective constable", "DC Tom Harrow said the inquiry would go on.", ["Tom Harrow"]],
    ["a detective sergeant", "DS Tom Harrow said the inquiry would go on.", ["Tom Harrow"]],
    // Guards: the letters before a firm's or a team's word; a first name alone.
    ["a shop's name", "Shoppers went to PC Zentrix on Monday.", []],
    ["a team's name", "DC United beat Velmora on Sunday.", []],
    ["a first name alone", "PC Janet said no.", []],
  ])("%s", (_, text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a wife named by her husband's full name beside him (husbands-names.ts)", () => {
  it.each<[string, string, string[]]>([
    [
      "the husband by office, the wife's surname later",
      "Governor Harold T. Benning watched as Mrs. Harold T. Benning cut the ribbon. Mrs. Benning said the wing would serve children.",
      [
        "Harold T. Benning → Harold T. Benning",
        "Harold T. Benning → Mrs. Harold T. Benning",
        "Benning → Mrs. Harold T. Benning",
      ],
    ],
    [
      "the husband untitled, named first",
      "Harold Benning, the governor, arrived at noon. Mrs. Harold Benning cut the ribbon.",
      ["Harold Benning → Harold Benning", "Harold Benning → Mrs. Harold Benning"],
    ],
    [
      "the wife first",
      "Mrs. Harold Benning cut the ribbon. Her husband, Gov. Harold Benning, watched.",
      ["Harold Benning → Mrs. Harold Benning", "Harold Benning → Harold Benning"],
    ],
    // Guards: the wife alone (the person rule's naming); a wife by her own first name; a man titled Mr.
    [
      "no husband named",
      "Mrs. Harold Benning cut the ribbon. Mrs. Benning said it was a fine day.",
      ["Harold Benning → Harold Benning", "Benning → Harold Benning"],
    ],
    [
      "her own first name",
      "Mrs. Ellen Benning cut the ribbon. Her husband, Harold Benning, watched.",
      ["Ellen Benning → Ellen Benning", "Harold Benning → Harold Benning"],
    ],
    [
      "a man's title",
      "Mr. Harold Benning spoke on Monday. Mr. Benning said the wing would open in May.",
      ["Harold Benning → Harold Benning", "Benning → Harold Benning"],
    ],
  ])("%s", (_, text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe("a surname alone later in a telex line of capitals (capital-names.ts)", () => {
  it.each<[string, string, string[]]>([
    [
      "before its reporting verb, the full name in capitals before",
      "FINANCE MINISTER DANA WHITLOW SAID ON MONDAY THE BUDGET WOULD BE CUT. WHITLOW SAID TAXES WOULD NOT RISE.",
      ["DANA WHITLOW → Dana Whitlow", "WHITLOW → Dana Whitlow"],
    ],
    [
      "the full name in mixed case before",
      "Dana Whitlow, the finance minister, spoke on Monday.\nWHITLOW SAID TAXES WOULD NOT RISE.",
      ["Dana Whitlow → Dana Whitlow", "WHITLOW → Dana Whitlow"],
    ],
    // Guards: a wire's sign-off is still no person; a word in capitals no person of the document ends with.
    ["a sign-off", "Sales rose 5 pct, Dana Whitlow said.\n REUTER", ["Dana Whitlow → Dana Whitlow"]],
    [
      "no such surname",
      "Dana Whitlow, the finance minister, spoke on Monday.\nKETTERING SAID TAXES WOULD NOT RISE.",
      ["Dana Whitlow → Dana Whitlow"],
    ],
  ])("%s", (_, text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});
