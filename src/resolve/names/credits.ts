/**
 * Bylines, photo credits and captions name the people who made the story, not people in the news: a person
 * mention inside a credit line is left out of the document's mentions (docs/annotate-contract.md).
 */
import { BYLINE_OPENERS, CREDIT_CLOSERS, CREDIT_OPENERS } from "../../lexicon/credit-lines.js";
import type { Mention } from "../../types.js";

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The phrases as written in lower case, capitalized or in capitals ("Reporting by", "PHOTO:"). */
const alternatives = (list: readonly string[]): string =>
  list
    .flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1), p.toUpperCase()])
    .map(escapeRegExp)
    .join("|");

/** Other names of the same credit between its opener and this name ("Reporting by Jane Doe and [John Roe]"). */
const WORD = String.raw`[\p{Lu}][\p{L}.'’\-]*(?![\p{L}.'’\-])`;
// The lookahead keeps a word from being split ("ABC" as "AB" + "C"): without it, backtracking is exponential.
const NAMES_BEFORE = String.raw`(?:${WORD}\s*|,\s*|and\s+|&\s*)*`;
const OPENED = new RegExp(
  String.raw`(?:^|[\s(\[;|—–-])(?:${alternatives(CREDIT_OPENERS)})\s*${NAMES_BEFORE}$`,
  "u",
);
/** "By Jane Doe": only at a line's start, and only names (and a closer) on the rest of the line ("By Monday, ..." is not). */
const BYLINE = new RegExp(String.raw`^[\s(\[]*(?:${alternatives(BYLINE_OPENERS)})\s+${NAMES_BEFORE}$`, "u");
const ONLY_NAMES = new RegExp(String.raw`^(?:\s*(?:${WORD}|,|and|&|\||—|–|-|\/|\(|\)))*\s*$`, "u");
/** "REUTERS/Jane Doe", "AP Photo/Jane Doe": an agency, a slash, the name. */
const AGENCY_SLASH = /\p{Lu}[\p{L}.]*\s*\/\s*$/u;
/** "Jane Doe / The Canadian Press", "Jane Doe/Reuters", "Jane Doe (File Photo)", "Jane Doe, Staff Writer". */
const CLOSED = new RegExp(
  String.raw`^(?:\s*${WORD})*\s*(?:\/\s*\p{Lu}|[(,–—-]\s*(?:${alternatives(CREDIT_CLOSERS)})\b)`,
  "u",
);
/** A credit is a short line or the tail of one: a name this far from the line's edges is in a sentence. */
const MAX_CREDIT_CHARS = 120;

function lineAround(
  text: string,
  start: number,
  end: number,
): { before: string; after: string; fromLineStart: boolean } {
  const lineStart = start === 0 ? 0 : text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  return {
    before: text.slice(Math.max(lineStart, start - MAX_CREDIT_CHARS), start),
    after: text.slice(end, Math.min(lineEnd, end + MAX_CREDIT_CHARS)),
    fromLineStart: start - lineStart <= MAX_CREDIT_CHARS,
  };
}

/** Whether the person mention at [start, end) of `text` names a credit's writer, editor or photographer. */
export function isCredit(text: string, mention: Pick<Mention, "start" | "end">): boolean {
  const { before, after, fromLineStart } = lineAround(text, mention.start, mention.end);
  if (OPENED.test(before) || AGENCY_SLASH.test(before) || CLOSED.test(after)) return true;
  return fromLineStart && BYLINE.test(before) && ONLY_NAMES.test(after);
}

/** The mentions without the people of credit lines. */
export function withoutCredits(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.type !== "person" || !isCredit(text, m));
}
