/**
 * A name that gives a company's results is that company, in every mention: "Tessaro reported a net profit of 40
 * mln dlrs", "Corvell posted a first quarter loss", "Marlow booked higher revenues" (lexicon/employer-contexts.ts
 * RESULTS_VERBS, RESULTS_NOUNS). The tagger reads many one-word firms as surnames, and a firm's results say firm
 * with no company form in the text (brief s20: "firms with no clue in the text"). A person keeps the name: a
 * "his"/"her"/"their" before the noun ("reported his earnings") or a tax after it (a candidate's filing: "reported
 * a loss of 9 mln dlrs on his tax return"), a title, or a marked mention (person-marks.ts). Reuters bench: see the
 * commit.
 */

import { gazetteer } from "../../extract/entities/gazetteer.js";
import { RESULTS_LOSS_MARKS, RESULTS_NOUNS, RESULTS_VERBS } from "../../lexicon/employer-contexts.js";
import { anyOf } from "../../text/escape-regexp.js";
import type { Mention } from "../../types.js";
import { withRetypedFirms } from "./retyped-organizations.js";

/**
 * A verb of RESULTS_VERBS after the name, up to six words (a figure's "59.8" and "4,255" are words), a noun of
 * RESULTS_NOUNS; then the 40 characters after it.
 */
const RESULTS_AFTER = new RegExp(
  String.raw`\s+${anyOf([...RESULTS_VERBS])}\s+((?:(?:[^\s.,;:!?()"“”]|[.,](?=\d))+\s+){0,6}?)(${anyOf([...RESULTS_NOUNS])})\b([^.;]{0,40})`,
  "uy",
);
/** Words before the noun that make the results a person's own. */
const PERSONAL = /\b(?:his|her|their|my|your)\b/u;
const TAX = /\btax/u;
/** A figure after a loss: "a loss of $40 million", "losses of 9 mln dlrs". */
const LOSS_FIGURE_AFTER = /^\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?[$£€\d]/u;

/**
 * Whether the words after a person mention give a firm's results. A space and the first letter of a verb of
 * RESULTS_VERBS right after the name first: most persons are followed by neither.
 */
function givesResults(text: string, m: Mention): boolean {
  const space = text.charCodeAt(m.end);
  if (space !== 32 && space !== 10) return false;
  const c = text.charCodeAt(m.end + 1);
  // r(eported, ecorded), p(osted), b(ooked)
  if (c !== 114 && c !== 112 && c !== 98) return false;
  RESULTS_AFTER.lastIndex = m.end;
  const match = RESULTS_AFTER.exec(text);
  if (match === null) return false;
  // A dictionary word alone is a cut name ("Data" + "General"): the one-word persons' pass drops it, and as an
  // organization it would stay (Reuters bench: 2 such mentions).
  if (!m.text.includes(" ") && gazetteer().ordinaryWords.has(m.text.toLowerCase())) return false;
  const between = match[1] as string;
  const noun = match[2] as string;
  if (PERSONAL.test(between) || TAX.test(match[3] as string)) return false;
  if (noun !== "loss" && noun !== "losses") return true;
  return (
    /\d/.test(between) ||
    LOSS_FIGURE_AFTER.test(match[3] as string) ||
    between.split(/\s+/).some((word) => RESULTS_LOSS_MARKS.has(word.toLowerCase()))
  );
}

/** The mentions, in place, with each person that gives a firm's results, and its namesakes, organizations. */
export function withFirmResults(text: string, mentions: Mention[]): Mention[] {
  return withRetypedFirms(text, mentions, givesResults);
}
