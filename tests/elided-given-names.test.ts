/**
 * Session 27: a given name written with an elided letter ("N'Golo", "M'Bala"), read by the tagger as a whole name,
 * and the surname after it are one person (elided-given-names.ts). On the tagger's spans as invented text shows
 * them, and through extractMentions. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { elidedGivenNameSpans } from "../src/extract/entities/elided-given-names.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { extractMentions } from "../src/extract/entities/index.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, elidedGivenNameSpans(spans, tokens, tokens.length, gazetteer()));
}

describe("an elided given name and the surname after it are one person", () => {
  it.each([
    ["[PER N'Golo] [PER Tambadou] scored", "[PER N'Golo Tambadou] scored"],
    ["midfielder [PER N'Golo] Tambadou scored", "midfielder [PER N'Golo Tambadou] scored"],
    ["[PER M’Bala] Okoronkwo said", "[PER M’Bala Okoronkwo] said"],
    // Guards: an ordinary word, a place, a firm's span after it; not one space apart; a surname's apostrophe in
    // a longer name; a name that is no person's
    ["[PER O'Neill] Backs Plan", "[PER O'Neill] Backs Plan"],
    ["[PER N'Golo] London said", "[PER N'Golo] London said"],
    ["[PER N'Golo] [ORG Tambadou] said", "[PER N'Golo] [ORG Tambadou] said"],
    ["[PER N'Golo], Tambadou said", "[PER N'Golo], Tambadou said"],
    ["[PER Ryan O'Neill] Tambadou said", "[PER Ryan O'Neill] Tambadou said"],
    ["[ORG N'Golo] Tambadou said", "[ORG N'Golo] Tambadou said"],
  ])("%j", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

function mentions(text: string): string {
  const doc = { id: "t", path: "t", text, date: null, headers: {}, bodyStart: 0, encoding: "utf-8" } as const;
  return extractMentions(doc, splitDocument(doc))
    .map((m) => `${m.type}:${m.text}`)
    .join(" | ");
}

describe("through extractMentions", () => {
  it.each([
    ["N'Golo Tambadou scored in the second half.", "person:N'Golo Tambadou"],
    ["Midfielder N'Golo Tambadou scored.", "person:N'Golo Tambadou"],
    // an elided surname the tagger already reads whole: unchanged
    ["Kouassi N'Guessan said the vote was fair.", "person:Kouassi N'Guessan"],
  ])("%j", (text, expected) => {
    expect(mentions(text)).toBe(expected);
  });
});
