/**
 * Bylines and credit lines of other countries' house styles that the credit patterns (credit-patterns.ts) did not
 * read (session 21; invented battery of Nigerian, Indian and British-style credits: 3 of 5 writers kept as people):
 * - "From Jane Doe, Abuja" as a paragraph of its own: Nigerian, Indian and Pakistani papers' byline, the writer and
 *   where the story was filed;
 * - a line of chained credits, each an opener and names ("Written by Jane Doe; Edited by John Roe", "Story by Jane
 *   Doe; Photos by John Roe"), where only a line with a lone credit opening it was read.
 */
import { BYLINE_OPENERS, CREDIT_OPENERS } from "../../lexicon/credit-lines.js";
import type { TextLines } from "../../text/lines.js";
import { ownParagraph } from "../../text/own-paragraph.js";
import type { Mention } from "../../types.js";
import { alternatives, CREDIT_NAME_WORD } from "./credit-pattern-kit.js";

/** Names, commas and "and" ("Jane Doe and John Roe", "Jane Doe, Abuja"). */
const NAMES = String.raw`(?:${CREDIT_NAME_WORD}\s*|,\s*|and\s+|&\s*)+`;

/** "From Jane Doe, Abuja": "From" capitalized, then names and places only, the paragraph's whole text. */
const FROM_BYLINE = new RegExp(String.raw`^From\s+${NAMES}$`, "u");

/** One credit of a chain: an opener and names, a place after "in" allowed ("Reporting by Jane Doe in Lagos"). */
const CHAINED_CREDIT = new RegExp(
  String.raw`^\s*(?:${alternatives([...BYLINE_OPENERS, ...CREDIT_OPENERS])})\s*(?:${CREDIT_NAME_WORD}\s*|,\s*|and\s+|&\s*|in\s+)+$`,
  "u",
);

/** The longest line read as a credit line. */
const MAX_LINE_CHARS = 200;

/** Whether the person mention is a writer's or editor's name in one of these credit lines. */
export function isWorldCredit(
  text: string,
  mention: Pick<Mention, "start" | "end">,
  lines: TextLines,
): boolean {
  const lineStart = lines.startOf(mention.start);
  const lineEnd = lines.breakFrom(mention.end);
  // A credit is a short line: a long one is prose (and is not sliced for every person in it).
  if ((lineEnd < 0 ? text.length : lineEnd) - lineStart > MAX_LINE_CHARS) return false;
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  if (line.startsWith("From ")) {
    return ownParagraph(text, mention.start, mention.end, lines) !== null && FROM_BYLINE.test(line);
  }
  if (!line.includes(";")) return false;
  const credits = line.replace(/^[([]\s*|\s*[)\]]$/gu, "").split(";");
  return credits.length >= 2 && credits.every((credit) => CHAINED_CREDIT.test(credit));
}
