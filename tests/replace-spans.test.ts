/**
 * The two insertions of a span over the spans read so far (replace-spans.ts): withSpanOver, the span passes' own,
 * keeps a span running across the new span's edges as read (a longer name holding it); withSpanInPlace, a frame's
 * (line-ups.ts), puts the new span in the place of every span it touches. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { withSpanInPlace, withSpanOver } from "../src/extract/entities/replace-spans.js";
import type { TokenSpan } from "../src/extract/entities/spans.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

/** The marked spans with a PER span over the words `words` (a phrase of the text), by each insertion. */
function over(marked: string, words: string): [string, string] {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  const start = text.indexOf(words);
  const span: TokenSpan = {
    label: "PER",
    first: tokens.findIndex((t) => t.start === start),
    end: tokens.findIndex((t) => t.end === start + words.length) + 1,
  };
  const kept = withSpanOver(spans, span);
  return [kept === null ? "null" : show(text, kept), show(text, withSpanInPlace(spans, span))];
}

describe("a span put over the spans read so far", () => {
  it.each([
    // spans inside the new span, one outside it: both insertions agree
    [
      "[LOC Tarrant] [ORG Keswick] and [LOC Hollins]",
      "Tarrant Keswick",
      "[PER Tarrant Keswick] and [LOC Hollins]",
      "[PER Tarrant Keswick] and [LOC Hollins]",
    ],
    // a span across the new span's edge: kept as read (no change), or replaced
    [
      "[LOC Orme], [ORG Fenn, Lusby] and [LOC Hollins]",
      "Fenn",
      "null",
      "[LOC Orme], [PER Fenn], Lusby and [LOC Hollins]",
    ],
    // a longer name holding the new span
    ["[ORG Pardew Quaile Holdings] said", "Quaile", "null", "Pardew [PER Quaile] Holdings said"],
  ])("%s + [PER %s]", (marked, words, kept, replaced) => {
    expect(over(marked, words)).toEqual([kept, replaced]);
  });
});
