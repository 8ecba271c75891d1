/**
 * Session 15: a name read as a place or a person where the words around it say it is a firm (employer-contexts.ts):
 * a market job's "at"/"with", an office's or a holding's "of"/"in", a possessive before "board". On the tagger's
 * spans as invented text shows them. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { employerSpans } from "../src/extract/entities/employer-contexts.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, employerSpans(spans, tokens, 0, tokens.length, gazetteer()));
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
    ["the chief executive of [PER Tessaro] resigned", "the chief executive of [ORG Tessaro] resigned"],
    ["general manager of [LOC Tessaro], said", "general manager of [ORG Tessaro], said"],
    ["bought a stake in [LOC Corvell] last year", "bought a stake in [ORG Corvell] last year"],
    ["He stays on [PER Tessaro]'s board.", "He stays on [ORG Tessaro]'s board."],
    // a known place, a person's possessive after "at", other words, a span too long, an organization: unchanged
    ["an analyst at [LOC Tokyo] said", "an analyst at [LOC Tokyo] said"],
    ["an analyst at [PER Dana Whitlow]'s firm", "an analyst at [PER Dana Whitlow]'s firm"],
    ["a spokesman for [PER Kessing] said", "a spokesman for [PER Kessing] said"],
    ["[PER Dana Whitlow]'s shares rose", "[PER Dana Whitlow]'s shares rose"],
    ["a senator at [LOC Corbeau] said", "a senator at [LOC Corbeau] said"],
    ["analyst at [LOC Corbeau Vale Upper East]", "analyst at [LOC Corbeau Vale Upper East]"],
    ["an analyst at [ORG Corbeau] said", "an analyst at [ORG Corbeau] said"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});
