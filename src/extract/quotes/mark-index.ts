/**
 * Where the quotation marks of a document are, so that pairing them reads the marks alone, not every token
 * (it read every token four times, a look-up each: 3% of a run).
 */
import { QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import type { Token } from "../../types.js";

/** Every mark is one character: most tokens are ruled out by their length, without a look-up. */
const LONGEST_MARK = Math.max(...[...QUOTE_MARKS.keys()].map((mark) => mark.length));

/** Indices of the tokens that are quotation marks, in order. */
export function markTokens(tokens: readonly Token[]): number[] {
  const marks: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const text = (tokens[i] as Token).text;
    if (text.length <= LONGEST_MARK && QUOTE_MARKS.has(text)) marks.push(i);
  }
  return marks;
}

/** The tokens scanFamily must read, in order: the marks and the edges of barrier spans. */
export function stopsOf(marks: readonly number[], barrierEdges: ReadonlySet<number>): number[] {
  if (barrierEdges.size === 0) return marks as number[];
  return [...new Set([...marks, ...barrierEdges])].sort((a, b) => a - b);
}
