/**
 * A US forces' grade with its class before a name ("Petty Officer 2nd Class Maria Sanchez", "Sergeant First Class
 * Ray Hill") is the person's title: no span of its own, and none of it in the person's. The tagger, which met no
 * such grade in 1996 Reuters, read "Petty Officer" as a person or an organization and "First Class Ray Hill" as
 * a place (session 36 probe, AP 2019). The grade is one or two words of CLASS_RANKS, capitalized; then an ordinal
 * and "Class", one space apart. A span inside the grade goes; a span that runs past it starts after it and is the
 * person's when a capitalized word follows the grade.
 */
import { CLASS_ORDINALS, CLASS_RANKS } from "../../lexicon/name-descriptors.js";
import { isOneSpaceRun } from "../../text/spacing.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { keyOf } from "./places.js";
import type { TokenSpan } from "./spans.js";

/** The grades' longest phrase in words ("chief petty officer"). */
const MOST_RANK_WORDS = Math.max(...[...CLASS_RANKS].map((rank) => rank.split(" ").length));

/** The spans without each grade and class (the file's comment), or the input when the sentence holds none. */
export function classRankSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  first: number,
  end: number,
): TokenSpan[] {
  if (spans.length === 0) return spans as TokenSpan[];
  let out = spans as TokenSpan[];
  for (let at = first + 2; at < end; at++) {
    if ((tokens[at] as Token).text !== "Class" || !CLASS_ORDINALS.has((tokens[at - 1] as Token).lower))
      continue;
    const rankFirst = rankStart(tokens, first, at - 1);
    if (rankFirst < 0 || !isOneSpaceRun(tokens, rankFirst, at + 1)) continue;
    out = withoutGrade(out, tokens, rankFirst, at + 1);
  }
  return out;
}

/** Where the grade that ends right before the ordinal at `ordinal` starts, or -1. */
function rankStart(tokens: readonly Token[], lowest: number, ordinal: number): number {
  for (let words = Math.min(MOST_RANK_WORDS, ordinal - lowest); words >= 1; words--) {
    const from = ordinal - words;
    if (isCapitalized((tokens[from] as Token).text) && CLASS_RANKS.has(keyOf(tokens, from, ordinal)))
      return from;
  }
  return -1;
}

/** The spans with the grade's tokens [from, to) taken out. */
function withoutGrade(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  from: number,
  to: number,
): TokenSpan[] {
  const holder = tokens[to];
  const named = holder !== undefined && isCapitalized(holder.text);
  const out: TokenSpan[] = [];
  for (const span of spans) {
    if (span.end <= from || span.first >= to) out.push(span);
    else if (span.end > to)
      out.push({ label: named && span.first <= to ? "PER" : span.label, first: to, end: span.end });
    else if (span.first < from) out.push({ label: span.label, first: span.first, end: from });
  }
  return out;
}
