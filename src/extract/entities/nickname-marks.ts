/**
 * A nickname in quotation marks between a first name and a surname ('Dario "Iron Fist" Menotti'): where its marks
 * close. Read by nicknames.ts, which makes the three one person span, and by spans.ts' trimSpan, which keeps such
 * a span whole over the nickname's marks and lower-case words ("Hands of Steel").
 */
import { isCapitalized, isNameShaped } from "../../text/word-shape.js";
import type { Token } from "../../types.js";

/** Each opening quotation mark and the mark that closes it. */
export const NICKNAME_OPENERS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ["“", "”"],
  ["‘", "’"],
  ["'", "'"],
]);
/** Most words in a nickname ("Hands of Steel", "The Big Easy"). */
const MOST_WORDS = 4;
/** Lower-case words a nickname of several words may hold ("Hands of Steel", "Pride of the North"). */
const NICKNAME_JOINERS: ReadonlySet<string> = new Set([
  "of",
  "the",
  "de",
  "la",
  "el",
  "da",
  "du",
  "del",
  "and",
]);

/** The index of the mark closing a nickname that opens at `open`, or -1. */
export function nicknameClose(tokens: readonly Token[], open: number, segmentEnd: number): number {
  const closing = NICKNAME_OPENERS.get((tokens[open] as Token).text);
  if (closing === undefined || !isCapitalized(tokens[open + 1]?.text ?? "")) return -1;
  const limit = Math.min(segmentEnd, open + 2 + MOST_WORDS);
  for (let j = open + 2; j < limit; j++) {
    const text = (tokens[j] as Token).text;
    if (text === closing) return j;
    if (!isNameShaped(text) && !NICKNAME_JOINERS.has(text)) return -1;
  }
  return -1;
}
