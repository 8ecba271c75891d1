/**
 * Quotes set off by a dash instead of marks, as in news written or translated in the European style ("— We waited
 * ten years for this, said Ana Roe, a teacher."): a paragraph opening with a dash and a capital, with no quotation
 * mark in it, is a quote up to the first comma or dash after which an attribution follows. Without one, the dash
 * opens something else ("— With files from Jane Roe", a tweet's signature "— Jane Roe (@jroe) May 3, 2019"),
 * which stays text.
 */
import { QUOTE_OPENING_DASHES } from "../../lexicon/dashes.js";
import { DASH_QUOTE_ENDS } from "../../lexicon/punctuation.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { attributionAfter } from "./attribution-after.js";
import type { MarkedSpan } from "./marked-span.js";
import type { Paragraph } from "./paragraphs.js";

/** The token ending a dash quote that opens paragraph `p`, or -1 (each call reads at most ~20 tokens per end). */
function dashQuoteEnd(tokens: readonly Token[], p: Paragraph): number {
  for (let k = p.first + 2; k < p.end - 1; k++) {
    if (!DASH_QUOTE_ENDS.has((tokens[k] as Token).text)) continue;
    const attribution = attributionAfter(tokens, k, p.end);
    const kind = attribution?.speaker?.kind;
    if (attribution?.cue != null && !attribution.loose && kind !== undefined && kind !== "organization")
      return k;
  }
  return -1;
}

/**
 * The dash quotes of the text, merged in order into the marked spans (`spans` is sorted and never overlaps; a
 * paragraph holding any marked span keeps its marks' reading).
 */
export function withDashQuotes(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  spans: readonly MarkedSpan[],
): MarkedSpan[] {
  const found: MarkedSpan[] = [];
  let s = 0;
  for (const p of paragraphs) {
    const dash = tokens[p.first];
    const next = tokens[p.first + 1];
    if (dash === undefined || next === undefined || !QUOTE_OPENING_DASHES.has(dash.text)) continue;
    if (!/\s/.test(text[dash.end] ?? "") || !isCapitalized(next.text)) continue;
    while (s < spans.length && (spans[s] as MarkedSpan).closeToken < p.first) s += 1;
    if (s < spans.length && (spans[s] as MarkedSpan).openToken < p.end) continue;
    const end = dashQuoteEnd(tokens, p);
    if (end < 0) continue;
    found.push({
      family: "dash",
      openToken: p.first,
      closeToken: end,
      start: dash.start,
      end: (tokens[end] as Token).end,
      closed: true,
      reopenings: [],
      resumes: false,
    });
  }
  if (found.length === 0) return spans as MarkedSpan[];
  return [...spans, ...found].sort((a, b) => a.start - b.start);
}
