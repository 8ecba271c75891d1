/**
 * Session 12's readings of a name from the words around it (#11), on the tagger's spans as invented text shows
 * them (name-contexts.ts, place-names.ts) and on annotate's mentions of invented documents (the document-level
 * readings in extract/entities/index.ts, events.ts, person-span.ts). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { looseFirms, looseSurnames } from "../src/extract/entities/document-names.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { extractMentions } from "../src/extract/entities/index.js";
import { contextSpans } from "../src/extract/entities/name-contexts.js";
import { personBounds } from "../src/extract/entities/person-span.js";
import { completePlaces } from "../src/extract/entities/place-names.js";
import { mentionAt } from "../src/extract/mention.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";
import type { Token } from "../src/types.js";
import { bodyOnlyDocument, documentOf } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function inContext(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, contextSpans(text, spans, tokens, 0, tokens.length, gazetteer(), new Map()));
}

describe("the words around a span say what it names", () => {
  it.each([
    // two persons side by side, the first a known first name: one person
    ["4 - [PER Maria] [PER Ostrova] (Latvia) beat", "4 - [PER Maria Ostrova] (Latvia) beat"],
    // not a month read as a first name, nor persons a comma apart
    ["Pay [PER Jan] [PER Nine]", "Pay [PER Jan] [PER Nine]"],
    ["[PER Maria], [PER Ostrova] and others", "[PER Maria], [PER Ostrova] and others"],
    // a publication's name before its noun: an organization
    ["the [PER Kurjer Harlowa] daily said", "the [ORG Kurjer Harlowa] daily said"],
    ["[PER Dana Whitlow] said daily", "[PER Dana Whitlow] said daily"],
    // a ship's name after its noun: no person
    [
      "jets on the aircraft carrier [PER Dana Whitlow] returned",
      "jets on the aircraft carrier [MISC Dana Whitlow] returned",
    ],
    ["the tanker [PER Corby] was hit", "the tanker [MISC Corby] was hit"],
    ["the captain [PER Dana Whitlow] said", "the captain [PER Dana Whitlow] said"],
    // a name after "<settlement noun> of": a place, read as a person or left untagged
    [
      "in the eastern province of [PER Wenzhang], police said",
      "in the eastern province of [LOC Wenzhang], police said",
    ],
    ["troops overran the city of Darbek, which", "troops overran the city of [LOC Darbek], which"],
    ["in the southern town of Saint-Aubel told", "in the southern town of [LOC Saint-Aubel] told"],
    // not a capitalized noun ("City of"), nor a demonym, nor "state of"
    ["the City of [ORG Harlow Council]", "the City of [ORG Harlow Council]"],
    ["the city of [MISC Belgian] exiles", "the city of [MISC Belgian] exiles"],
    ["a state of Emergency", "a state of Emergency"],
    // a place ending in an institution's or a company's word: an organization
    [
      "oil on the [LOC New Corby Mercantile Exchange] rose",
      "oil on the [ORG New Corby Mercantile Exchange] rose",
    ],
    ["workers at [LOC Harlow Consolidated Ltd] struck", "workers at [ORG Harlow Consolidated Ltd] struck"],
    [
      "a spokesman for the [LOC Harlow Port Police] said",
      "a spokesman for the [ORG Harlow Port Police] said",
    ],
    ["in the [LOC West Bank] town", "in the [LOC West Bank] town"],
    ["[LOC Corby Town] won", "[LOC Corby Town] won"],
    // a one-word person after a preposition of place, before a comma and a land: a town
    [
      "the bombing over [PER Corbridge], [LOC Scotland]. It",
      "the bombing over [LOC Corbridge], [LOC Scotland]. It",
    ],
    [
      "arms were stolen in [PER Harlowe], [LOC Belgium], police said",
      "arms were stolen in [LOC Harlowe], [LOC Belgium], police said",
    ],
    ["a letter to [PER Whitlow], [LOC Britain]'s envoy", "a letter to [PER Whitlow], [LOC Britain]'s envoy"],
    ["in [PER Whitlow], [LOC Britain]'s envoy", "in [PER Whitlow], [LOC Britain]'s envoy"],
    // "World" alone is no place; a longer name with it is left as read
    ["3:30.974 ([LOC World] Record) beat", "3:30.974 ([MISC World] Record) beat"],
    ["the [LOC Old World] wines", "the [LOC Old World] wines"],
    // a first name read alone at a byline's end: its ordinary surname joins it
    ["[PER Harold] Fine\n[LOC HARLOW] 1996", "[PER Harold Fine]\n[LOC HARLOW] 1996"],
    ["the [PER Harold] Administration,\nsaid", "the [PER Harold] Administration,\nsaid"],
    ["[PER Harold] Fine said", "[PER Harold] Fine said"],
    // a month's short form is no first name
    [
      "Qtly div 9 cts\n    Pay [PER Jan] Six\n    Record Dec 16",
      "Qtly div 9 cts\n    Pay [PER Jan] Six\n    Record Dec 16",
    ],
  ])("%s", (marked, expected) => {
    expect(inContext(marked)).toBe(expected);
  });
});

describe("a place's name run on into a person read with a title", () => {
  it.each([
    [
      "Former [LOC South] [PER Dakota Gov.] [PER Dana Whitlow] said",
      "Former [LOC South Dakota] Gov. [PER Dana Whitlow] said",
    ],
    // the person's rest is a name, not a title: left as read
    ["[LOC South] [PER Dakota Whitlow] said", "[LOC South] [PER Dakota Whitlow] said"],
  ])("%s", (marked, expected) => {
    const { text, spans } = parse(marked);
    const tokens = tokenize(text);
    expect(show(text, completePlaces(text, spans, tokens, tokens.length, gazetteer()))).toBe(expected);
  });
});

/** "type:text" of the document's mentions that overlap one of `words`, in text order. */
function mentionsOf(text: string, words: string[]): string[] {
  const doc = documentOf(text);
  return nameDocument(doc, splitDocument(doc))
    .mentions.filter((m) => words.some((w) => m.text.includes(w)))
    .map((m) => `${m.type}:${m.text}`);
}

/** "type:text" of the extraction stage's mentions (before resolve/names). */
function extractedOf(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  return extractMentions(doc, splitDocument(doc)).map((m) => `${m.type}:${m.text}`);
}

describe("a document's readings of a name at extraction", () => {
  it.each<[string, string[]]>([
    // a ship named after its noun once: its other mentions are no person either
    ["Jets flew from the aircraft carrier Dana Whitlow on Monday. The Dana Whitlow sailed on Friday.", []],
    // a one-word place that the document writes more often as a named person's surname is that person
    [
      "Director Dara Malta shot the film. Malta said it was hard. The actor plays the lead role in Malta's new film. Malta added that the crew would return.",
      ["person:Dara Malta", "person:Malta", "person:Malta", "person:Malta"],
    ],
    [
      "Director Dara Cuba shot the film. Cuba said it was hard. The actor plays the lead role in Cuba's new film. Cuba added that the crew would return.",
      ["person:Dara Cuba", "person:Cuba", "person:Cuba", "person:Cuba"],
    ],
  ])("%s", (text, expected) => {
    expect(extractedOf(text)).toEqual(expected);
  });
});

describe("a document's readings of a name", () => {
  it.each<[string, string[], string[]]>([
    // a person read before "daily" is the paper (resolve/names/publications.ts reads lexicon's PUBLICATION_NOUNS)
    [
      "The firm was sold to Corvex SA, Kurjer Harlowa daily said on Saturday. Kurjer Harlowa said its own publisher would buy it.",
      ["Kurjer"],
      ["organization:Kurjer Harlowa", "organization:Kurjer Harlowa"],
    ],
    // a place before capitalized words and an event's word names the event
    [
      "Dana Whitlow, who turned professional after winning a second U.S. Junior Championship, struggled on the back nine.",
      ["U.S."],
      [],
    ],
    ["Lee Marchand won a third straight U.S. Indoor Championship on Sunday.", ["U.S."], []],
    ["Dana Whitlow of Harlow beat Lee Marchand of Canada in the final.", ["Canada"], ["country:Canada"]],
  ])("%s", (text, words, expected) => {
    expect(mentionsOf(text, words)).toEqual(expected);
  });
});

/** The words of `text` the tagger read as lone MISC names (marked "[MISC Whitlow]"), read against `persons`. */
function looseOf(marked: string, persons: string[]): string[] {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  const doc = bodyOnlyDocument(text);
  const mentions = persons.map((p) => mentionAt(0, p.length, p, "person"));
  return looseSurnames(
    doc,
    tokens,
    spans.map((span) => span.first),
    mentions,
    gazetteer(),
  ).map((m) => `${m.type}:${m.text}`);
}

describe("a lone word read as a miscellaneous name that is a named person's surname", () => {
  it.each<[string, string[], string[]]>([
    ["The 20-year-old [MISC Meadows], who turned pro", ["Dana Meadows"], ["person:Meadows"]],
    // the full name's first word no first name (a firm read as a person), a people's word, a word in capitals
    ["The 20-year-old [MISC Meadows], who turned pro", ["Rank Meadows"], []],
    ["the [MISC Democrats] said", ["Dana Democrats"], []],
    ["shares of [MISC MEADOWS] rose", ["Dana Meadows"], []],
  ])("%s", (marked, persons, expected) => {
    expect(looseOf(marked, persons)).toEqual(expected);
  });
});

describe("a name signing a line keeps its surname in a title-case line", () => {
  it.each<[string, string]>([
    ["-- Harold Milling, Corby Energy Desk, +1 212-555-0100", "Harold Milling"],
    // in a headline, without the comma, the ordinary word is cut as before
    ["Harold Milling Says Farewell To Corby", "Harold"],
  ])("%s", (line, expected) => {
    const tokens = tokenize(line);
    const first = tokens.findIndex((t) => t.text === "Harold");
    const end = line.includes(",") ? first + 2 : first + 3;
    const bounds = personBounds(tokens, first, end, true, gazetteer());
    expect(line.slice((tokens[bounds.first] as Token).start, (tokens[bounds.end - 1] as Token).end)).toBe(
      expected,
    );
  });
});

function looseFirmsOf(marked: string): string[] {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return looseFirms(
    bodyOnlyDocument(text),
    tokens,
    spans.map((span) => span.first),
    gazetteer(),
  ).map((m) => `${m.type}:${m.text}`);
}

describe("a known firm read alone as a miscellaneous name that speaks or employs is the firm (session 37)", () => {
  it.each<[string, string[]]>([
    [
      "[MISC Boeing] 's 737 jets were grounded. [MISC Boeing] said the plane was safe.",
      ["organization:Boeing", "organization:Boeing"],
    ],
    [
      "Jets of [MISC Boeing] flew. Dana Roe, [MISC Boeing] 's chief executive, spoke.",
      ["organization:Boeing", "organization:Boeing"],
    ],
    // guards: no speech nor office; a word the gazetteer does not know as a firm's alone
    ["[MISC Boeing] 's 737 jets were grounded.", []],
    ["[MISC Tarvex] said the plane was safe.", []],
  ])("%s", (marked, expected) => {
    expect(looseFirmsOf(marked)).toEqual(expected);
  });
});

describe("through annotate: the firm of a story whose product the tagger read first (session 37)", () => {
  it("every Boeing is the organization and speaks for itself", () => {
    const doc = bodyOnlyDocument(
      "SEATTLE (AP) — Boeing's 737 Max jets were grounded around the world Wednesday after regulators joined dozens of other countries in barring the plane.\n\nBoeing said it continued to have confidence in the plane. \"We are doing everything we can,\" the company said in a statement.\n\nDana Roe, Boeing's chief executive, spoke with regulators on Tuesday.",
    );
    const named = nameDocument(doc, splitDocument(doc));
    expect(named.mentions.filter((m) => m.text === "Boeing").map((m) => m.type)).toEqual([
      "organization",
      "organization",
      "organization",
    ]);
    expect(named.quotes.map((q) => q.speaker.organization)).toEqual(["Boeing"]);
  });
});
