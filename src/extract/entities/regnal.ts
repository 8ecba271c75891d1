/**
 * Regnal numbers belong to the name ("Rosalind II", "Aldric III", "Osric XVI", "Edmund III"): the tagger ends
 * the name before them, or reads a lone "I" as a name of its own. CoNLL dev's PER+LOC errors had four such names.
 */

import { REGNAL_TITLES } from "../../lexicon/regnal-titles.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import type { TokenSpan } from "./spans.js";

/** Roman numerals II to XXX (I is the pronoun as often as a number: regnalSpans asks more of it). */
const NUMERAL = /^(?:X{0,2}(?:IX|IV|V?I{0,3})|XXX)$/;

function isNumeral(text: string): boolean {
  return text !== "" && text !== "I" && NUMERAL.test(text);
}

/**
 * Whether a word is one regnalSpans acts on: a numeral, or "I" (a span of it alone is dropped). A document without one
 * keeps its spans as they are (sentence-cues.ts skips the rule there; the numeral may open the next sentence, so the
 * gate is the document's).
 */
export const isRegnalCue = (text: string): boolean => text === "I" || isNumeral(text);

/**
 * Extends each person span over a Roman numeral right after it (and a span the tagger began there). A lone "I"
 * counts only after a titled name ("Queen Rosalind I") or where the tagger read it as part of a name; elsewhere
 * a span of "I" alone is dropped.
 */
export function regnalSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s] as TokenSpan;
    // "I" alone is the pronoun, whatever the document's memory of "Rosalind I" made the tagger read.
    if (span.end - span.first === 1 && (tokens[span.first] as Token).text === "I") continue;
    const next = tokens[span.end];
    if (span.label !== "PER" || next === undefined || next.start === (tokens[span.end - 1] as Token).end) {
      out.push(span);
      continue;
    }
    const following = spans[s + 1];
    const taggedNext = following !== undefined && following.first === span.end && following.label === "PER";
    const before = tokens[span.first - 1];
    const titled = before !== undefined && REGNAL_TITLES.has(before.lower);
    // A monarch's or pope's name is one word or comes after a title; "Malachi Vance III" keeps its generation out
    // (resolve/names reads a three-word name ending in an unknown word as a thing), and a numeral before another
    // capitalized word names a product or a company ("Mark IV Industries").
    const oneName =
      span.end - span.first === 1 &&
      ((gaz.phrases.get((tokens[span.first] as Token).lower) ?? 0) & Kind.firstName) !== 0;
    const after = tokens[span.end + 1];
    const numeral =
      (titled || oneName) &&
      (after === undefined || !isCapitalized(after.text)) &&
      (isNumeral(next.text) || (next.text === "I" && (titled || taggedNext)));
    if (!numeral) {
      out.push(span);
      continue;
    }
    out.push({ label: span.label, first: span.first, end: span.end + 1 });
    // A span the tagger began at the numeral is a misreading of it ("XVI and" of "Osric XVI and the king").
    if (following !== undefined && following.first === span.end) s++;
  }
  return out;
}
