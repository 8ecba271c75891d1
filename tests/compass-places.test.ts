/**
 * Session 16: a place written with its compass point cut to an initial ("N. Korea", "S. Carolina") is one place
 * when the gazetteer knows the name written out (compass-places.ts), named as written out; "Ste." no longer ends
 * a sentence. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { compassPlaceSpans } from "../src/extract/entities/compass-places.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { extractMentions } from "../src/extract/entities/index.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, compassPlaceSpans(spans, tokens, 0, tokens.length, gazetteer()));
}

describe("a compass initial and a known place after it are one place", () => {
  it.each([
    ["talks with [ORG N.] Korea ended", "talks with [LOC N. Korea] ended"],
    ["[PER S. Africa] beat Tarvenia", "[LOC S. Africa] beat Tarvenia"],
    ["voters in S. [LOC Carolina] and [PER N. Dakota]", "voters in [LOC S. Carolina] and [LOC N. Dakota]"],
    ["parties in [LOC N.] [LOC Ireland] met", "parties in [LOC N. Ireland] met"],
    ["Talks With [ORG N. Ireland] Parties", "Talks With [LOC N. Ireland] Parties"],
    // a person's middle initial, a longer name holding the place, no place written out: unchanged
    ["[PER Dana] N. Korea spoke", "[PER Dana] N. Korea spoke"],
    ["J. N. Korea spoke", "J. N. Korea spoke"],
    ["the [ORG N. Korea Central Bureau] said", "the [ORG N. Korea Central Bureau] said"],
    ["[PER S. Orlando] said", "[PER S. Orlando] said"],
    ["[PER N. Whitlow] won", "[PER N. Whitlow] won"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

function mentions(text: string): string {
  const doc = { id: "t", path: "t", text, date: null, headers: {}, bodyStart: 0, encoding: "utf-8" } as const;
  return extractMentions(doc, splitDocument(doc))
    .map((m) => `${m.type}:${m.text}=${m.entity}`)
    .join(" | ");
}

describe("through extractMentions", () => {
  it.each([
    [
      "N. Korea urges S. Korea to return a soldier.",
      "country:N. Korea=North Korea | country:S. Korea=South Korea",
    ],
    ["Polls closed in N. Ireland on Friday.", "place:N. Ireland=Northern Ireland"],
    // "Ste." opens a name, not a new sentence
    ["The shrine at Ste. Orlaine reopened on Friday.", "place:Ste. Orlaine=Ste. Orlaine"],
  ])("%s → %s", (text, expected) => {
    expect(mentions(text)).toBe(expected);
  });
});
