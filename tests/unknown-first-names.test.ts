/**
 * Session 13's readings of persons whose first name no list knows (unknown-first-names.ts), of a company's form
 * the tagger read alone as a person, and of results lists' "Name (Country)" frame (result-lists.ts): on the
 * tagger's spans as invented text shows them, and on annotate's mentions of invented documents. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { fullNamesOfPersons, personsInResultLists } from "../src/extract/entities/result-lists.js";
import { unknownFirstNameSpans } from "../src/extract/entities/unknown-first-names.js";
import { mentionAt } from "../src/extract/mention.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";
import type { Mention } from "../src/types.js";
import { documentOf } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, unknownFirstNameSpans(text, spans, tokens, 0, tokens.length, gazetteer()));
}

describe("a first name no list knows, a party word, a company's form", () => {
  it.each([
    // a capitalized word right before a one-word person is its first name
    ["Officials said Ozias [PER Harper] had resigned.", "Officials said [PER Ozias Harper] had resigned."],
    ["Tiihu [PER Lindqvist] told reporters.", "[PER Tiihu Lindqvist] told reporters."],
    ['"We lost," Ravindu [PER Okafor] said.', '"We lost," [PER Ravindu Okafor] said.'],
    ["the lawyer, Nkechi-Ada [PER Brennan], said", "the lawyer, [PER Nkechi-Ada Brennan], said"],
    // not a place, a people, a title, a date, a party or an ordinary word ("Previously", "Replacing")
    ["fans in Oslo [PER Harper] said", "fans in Oslo [PER Harper] said"],
    ["the Norwegian [PER Harper] said", "the Norwegian [PER Harper] said"],
    ["Previously [PER Harper] offered eight dollars.", "Previously [PER Harper] offered eight dollars."],
    ["Replacing [PER Harper] as chief is a woman.", "Replacing [PER Harper] as chief is a woman."],
    ["on Friday [PER Harper] said", "on Friday [PER Harper] said"],
    ["Labour [PER Harper] said", "Labour [PER Harper] said"],
    // not inside a firm's name: after another capitalized word, after "<", before a company's form
    ["shares of Acme Ozias [PER Harper] rose", "shares of Acme Ozias [PER Harper] rose"],
    ["its unit <Ozias [PER Harper] Ltd> said", "its unit <Ozias [PER Harper] Ltd> said"],
    ["a stake in Ozias [PER Harper] NV said", "a stake in Ozias [PER Harper] NV said"],
    // not a word in capitals, nor a person read as more than one word
    ["TIIHU [PER Lindqvist] said", "TIIHU [PER Lindqvist] said"],
    ["Ozias [PER Dana Whitlow] said", "Ozias [PER Dana Whitlow] said"],
    // capitalized particles before a one-word person open its name; not after a capitalized word
    ["referee allowed Van der [PER Holst] to score", "referee allowed [PER Van der Holst] to score"],
    ["a cross from De la [PER Fuente] found", "a cross from [PER De la Fuente] found"],
    ["a cross from Acme De [PER Fuente] found", "a cross from Acme De [PER Fuente] found"],
    ["a cross from de la [PER Fuente] found", "a cross from de la [PER Fuente] found"],
    // a party's adherent before two or three name words: the person without the party word
    ["[MISC Republican Ozias Harper] won the seat.", "Republican [PER Ozias Harper] won the seat."],
    ["[ORG Democrat Tiihu Lindqvist] said no.", "Democrat [PER Tiihu Lindqvist] said no."],
    ["[PER Democrat Oddny R. Jensen] said no.", "Democrat [PER Oddny R. Jensen] said no."],
    // not a party's or a club's own name
    ["[ORG Green Bay Packers] won", "[ORG Green Bay Packers] won"],
    ["[ORG Liberal Party] said", "[ORG Liberal Party] said"],
    ["[ORG Conservative Political Action] said", "[ORG Conservative Political Action] said"],
    // a company's form read alone as a person ends the firm's name
    ["<Zorvex Holdings [PER Corp]> said", "<[ORG Zorvex Holdings Corp]> said"],
    ["said [ORG Halvani] Trading [PER Co] rose", "said [ORG Halvani Trading Co] rose"],
    ["the Brisco [PER Ltd] unit", "the [ORG Brisco Ltd] unit"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

function mentionsOf(text: string): string[] {
  const doc = documentOf(text);
  return nameDocument(doc, splitDocument(doc)).mentions.map((m) => `${m.type}:${m.text}`);
}

describe("annotate finds persons whose first name no list knows", () => {
  it.each([
    // names of many countries, each first name unknown to the lexicon
    ["Juniper Walker said she would appeal.", "person:Juniper Walker"],
    ["Officials said Juniper Walker had resigned.", "person:Juniper Walker"],
    ["Republican Ozias Harper won the seat.", "person:Ozias Harper"],
    ["Democrat Tiihu Lindqvist said the bill was dead.", "person:Tiihu Lindqvist"],
    ["Republican Ikaika Nakamura won the seat.", "person:Ikaika Nakamura"],
    ["Democrat Wairimu Achebe said the bill was dead.", "person:Wairimu Achebe"],
    ["Republican Zhaslan Moreau won the seat.", "person:Zhaslan Moreau"],
  ])("%s → %s", (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });
});

describe("a results list's Name (Country) is a person", () => {
  it.each([
    [
      "Women's 5,000 metres: 1. Dana Whitlow (Kenya) 15:01.2 2. Ferelith Lindqvist (Norway) 15:03.9 3. Maria Ostrova (Latvia) 15:04.1",
      "person:Ferelith Lindqvist",
    ],
  ])("%s → %s", (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  it.each([
    // two persons listed so make a list: an organization of name words in the frame is a person
    [
      [
        "person:Dana Whitlow (Kenya)",
        "person:Maria Ostrova (Latvia)",
        "organization:Tiihu Lindqvist (Norway)",
      ],
      "person",
    ],
    // one person listed so is no list
    [["person:Dana Whitlow (Kenya)", "organization:Tiihu Lindqvist (Norway)"], "organization"],
    // not a firm's word, nor a name outside the frame
    [
      ["person:Dana Whitlow (Kenya)", "person:Maria Ostrova (Latvia)", "organization:Acme Cycling (Italy)"],
      "organization",
    ],
    [
      ["person:Dana Whitlow (Kenya)", "person:Maria Ostrova (Latvia)", "organization:Tiihu Lindqvist said"],
      "organization",
    ],
  ])("%j: the last is a %s", (rows, type) => {
    let text = "";
    const mentions = rows.map((row) => {
      const [kind, rest] = row.split(":") as [string, string];
      const name = rest.replace(/ \(.*| said$/, "");
      const start = text.length;
      text += `${rest} 1:02.3 `;
      return mentionAt(start, start + name.length, name, kind as Mention["type"], name);
    });
    personsInResultLists(text, mentions, gazetteer());
    expect(mentions[mentions.length - 1]?.type).toBe(type);
  });
});

describe("a full name read as a firm or a place is the person its surname names alone", () => {
  const m = (type: Mention["type"], text: string, title?: string): Mention =>
    mentionAt(0, text.length, text, type, text, title);
  it.each([
    // a titled surname alone, or a known first name: the person
    [[m("organization", "Ferelith Lindqvist"), m("person", "Lindqvist", "Ms")], "person"],
    [[m("place", "Tiihu Okafor"), m("person", "Okafor", "Mr")], "person"],
    [[m("organization", "Miguel Harlan"), m("person", "Harlan")], "person"],
    // session 28: a first name that is also a country's or a town's, the surname alone a person's
    [[m("place", "Jordan Pelletrand"), m("person", "Pelletrand")], "person"],
    [[m("place", "Austin Merriwether"), m("person", "Merriwether"), m("person", "Merriwether")], "person"],
    // ... not with a place's word, nor where the surname alone is no person's
    [[m("place", "Jordan Valley"), m("person", "Valley")], "place"],
    [[m("place", "Jordan Pelletrand"), m("place", "Pelletrand")], "place"],
    // no title and no known first name: a firm named for a family ("Automobiles Harlan")
    [[m("organization", "Ferelith Lindqvist"), m("person", "Lindqvist")], "organization"],
    // the surname read alone more often as a firm, a place's opener, a particle, a firm's word
    [
      [
        m("organization", "Miguel Harlan"),
        m("person", "Harlan"),
        m("organization", "Harlan"),
        m("organization", "Harlan"),
      ],
      "organization",
    ],
    [[m("place", "San Harlan"), m("person", "Harlan", "Mr")], "place"],
    [[m("place", "Penon de Harlan"), m("person", "Harlan", "Mr")], "place"],
    [[m("organization", "Miguel Harlan Ltd"), m("person", "Harlan", "Mr")], "organization"],
  ])("%j: the first is a %s", (mentions, type) => {
    fullNamesOfPersons(mentions, gazetteer());
    expect(mentions[0]?.type).toBe(type);
  });
});
