/**
 * The units the tagger reads: sentences, further cut where a short line ends. A headline, a dateline
 * ("NEW YORK 1996-08-30") or a byline stands on a line of its own without final punctuation, and the
 * sentence splitter may glue it to the next line; tagging it apart keeps its capitals from being read as
 * part of the next sentence. Long lines are left whole: a hard-wrapped paragraph continues over its line breaks.
 */
import type { Sentence, Token } from "../../types.js";

/** A line shorter than this that ends inside a sentence is a headline, dateline or byline, not a wrapped line. */
export const SHORT_LINE = 50;

export interface Segment {
  firstToken: number;
  endToken: number;
}

/** Offset of the last line break in text[from, to), or -1. Scans only the gap: linear over a document. */
function lineBreakIn(text: string, from: number, to: number): number {
  for (let at = to - 1; at >= from; at--) if (text.charCodeAt(at) === 10) return at;
  return -1;
}

export function segmentsOf(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): Segment[] {
  const segments: Segment[] = [];
  // Start of the current line, carried through the document (never searched backwards: linear time).
  let lineStart = 0;
  let lastEnd = 0;
  for (const sentence of sentences) {
    let first = sentence.firstToken;
    for (let i = first; i < sentence.endToken; i++) {
      const token = tokens[i] as Token;
      const lineBreak = lineBreakIn(text, lastEnd, token.start);
      if (lineBreak >= 0) {
        if (i > first && lastEnd - lineStart < SHORT_LINE) {
          segments.push({ firstToken: first, endToken: i });
          first = i;
        }
        lineStart = lineBreak + 1;
      }
      lastEnd = token.end;
    }
    segments.push({ firstToken: first, endToken: sentence.endToken });
  }
  return segments;
}
