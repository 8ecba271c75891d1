/**
 * Session 15: a name read as a place or a person where the words around it say it is a firm (employer-contexts.ts):
 * a market job's "at"/"with", an office's or a holding's "of"/"in", a possessive before "board". On the tagger's
 * spans as invented text shows them. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { employerSpans } from "../src/extract/entities/employer-contexts.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { extractMentions } from "../src/extract/entities/index.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";
import { bodyOnlyDocument } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, employerSpans(spans, tokens, 0, tokens.length, gazetteer(), new Map()));
}

describe("a firm named by the words around it", () => {
  it.each([
    [
      "said [PER Dana Whitlow], an analyst at [LOC Corbeau].",
      "said [PER Dana Whitlow], an analyst at [ORG Corbeau].",
    ],
    [
      "said analyst [PER Dana Whitlow] at [LOC Vantorel]",
      "said analyst [PER Dana Whitlow] at [ORG Vantorel]",
    ],
    ["economists with [PER Brandvik Aske] expect", "economists with [ORG Brandvik Aske] expect"],
    // Session 29: "of" after the job and the person, as North American news writes a market's analyst.
    [
      "said analyst [PER Dana Whitlow] of [PER Corbeau].",
      "said analyst [PER Dana Whitlow] of [ORG Corbeau].",
    ],
    // ... not a firm named for the person, nor "of" right after the job.
    [
      "said analyst [PER Dana Whitlow] of [PER Dana Whitlow] and Partners",
      "said analyst [PER Dana Whitlow] of [PER Dana Whitlow] and Partners",
    ],
    ["said analysts of [PER Corbeau] expect", "said analysts of [PER Corbeau] expect"],
    ["the chief executive of [PER Tessaro] resigned", "the chief executive of [ORG Tessaro] resigned"],
    ["general manager of [LOC Tessaro], said", "general manager of [ORG Tessaro], said"],
    ["bought a stake in [LOC Corvell] last year", "bought a stake in [ORG Corvell] last year"],
    ["He stays on [PER Tessaro]'s board.", "He stays on [ORG Tessaro]'s board."],
    // a company suffix read apart right after joins the firm
    ["shares of [PER Corbeau] [ORG Plc] fell", "shares of [ORG Corbeau Plc] fell"],
    [
      "sold its stake in [LOC Vantorel] [ORG Inc] on Monday",
      "sold its stake in [ORG Vantorel Inc] on Monday",
    ],
    ["sold its stake in [LOC Vantorel] Inc on Monday", "sold its stake in [ORG Vantorel Inc] on Monday"],
    // capitalized words left untagged right after it: the rest of the firm's name
    ["a unit of [PER Pemberly] Hotel Corp said", "a unit of [ORG Pemberly Hotel Corp] said"],
    ["shareholders of [PER Corvell] Computer will", "shareholders of [ORG Corvell Computer] will"],
    // a known place, a person's possessive after "at", other words, a span too long, an organization: unchanged
    ["an analyst at [LOC Tokyo] said", "an analyst at [LOC Tokyo] said"],
    ["an analyst at [PER Dana Whitlow]'s firm", "an analyst at [PER Dana Whitlow]'s firm"],
    ["a spokesman for [PER Kessing] said", "a spokesman for [PER Kessing] said"],
    ["[PER Dana Whitlow]'s shares rose", "[PER Dana Whitlow]'s shares rose"],
    ["a senator at [LOC Corbeau] said", "a senator at [LOC Corbeau] said"],
    ["analyst at [LOC Corbeau Vale Upper East]", "analyst at [LOC Corbeau Vale Upper East]"],
    ["an analyst at [ORG Corbeau] said", "an analyst at [ORG Corbeau] said"],

    [
      "slate of directors to Vantorel and [LOC Co]'s board",
      "slate of directors to Vantorel and [LOC Co]'s board",
    ],
    ["Dana and [PER Whitlow]'s board", "Dana and [PER Whitlow]'s board"],
    ["to list its shares in [LOC Corbeau]", "to list its shares in [LOC Corbeau]"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

/** "type:text" of the extraction stage's mentions (before resolve/names). */
function extractedOf(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  return extractMentions(doc, splitDocument(doc)).map((m) => `${m.type}:${m.text}`);
}

describe("the document's other mentions of a firm follow it", () => {
  it.each([
    [
      "Shares in Corbeau fell, said Lee Marsh, an analyst at Vantorel. Vantorel expects more.",
      "Vantorel",
      ["organization", "organization"],
    ],
    // a place the firm's sentence names stays a place
    ["Lee Marsh, an analyst at Vantorel in Harlow, said. Harlow is quiet.", "Harlow", ["place", "place"]],
  ])("%s", (text, name, types) => {
    const found = extractedOf(text).filter((m) => m.endsWith(`:${name}`));
    expect(found.map((m) => m.split(":")[0])).toEqual(types);
  });
});
