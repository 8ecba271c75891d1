/**
 * "<Name> and Co" in sport's slang: "Marsh and Co were left to rue missed chances", "Lena Marsh and Co will hope
 * for better": a player or a manager and the team-mates, not a firm. The tagger (CoNLL's firms) and
 * company-forms.ts' andCoJoined make "X and Co" one firm (Reuters: "Goldman Sachs and Co will"); this gives the
 * name back to its person where the slang is meant: a person's name before "and Co" as written (no full stop, no
 * "&", no form after it): a known first name and a surname, or one word that is the surname of a full name the
 * document gives a person; then a plural verb (a firm takes "is", "has", "was": the Reuters bench has 7, 4 and 4
 * of those after "and Co", and no "were", "are" or "have"), or a modal in a match report
 * (lexicon/match-report-words.ts, less "manager").
 */
import { MATCH_REPORT_WORDS } from "../../lexicon/match-report-words.js";
import { MODAL_VERBS, PLURAL_ONLY_VERBS } from "../../lexicon/verb-auxiliaries.js";
import type { Mention } from "../../types.js";
import { isKnownFirstName } from "./first-name.js";

/** A firm's span as the slang writes it: one or two capitalized words, then " and Co". */
const SLANG_SPAN = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) and Co$/u;
/** The word after the span: a lower-case word, one space away. */
const WORD_AFTER = /^ (\p{Ll}+)\b/u;
/** A match report's word, "manager" left out: a firm's news has fund managers ("Whitlow and Co will buy"). */
const MATCH_REPORT = new RegExp(
  `\\b(?:${MATCH_REPORT_WORDS.filter((word) => word !== "manager").join("|")})\\b`,
  "u",
);

/** Whether the name reads as a person's: a known first name and a surname, or a surname of a person's full name. */
function isPersonName(name: string, mentions: readonly Mention[]): boolean {
  const space = name.indexOf(" ");
  if (space >= 0) return isKnownFirstName(name.slice(0, space));
  const ending = ` ${name}`;
  return mentions.some((p) => p.type === "person" && p.text.endsWith(ending));
}

/**
 * Whether the verb at `end` (after "and Co") is the slang's: a plural verb, or a modal in a match report.
 * resolve/names reads it too, where "X and Co" would make X a firm.
 */
export function isSlangVerbAt(text: string, end: number): boolean {
  const verb = WORD_AFTER.exec(text.slice(end, end + 16))?.[1];
  if (verb === undefined) return false;
  return PLURAL_ONLY_VERBS.has(verb) || (MODAL_VERBS.has(verb) && MATCH_REPORT.test(text));
}

/** " and Co" then the slang's verb right after a name ending at `end`. */
export function isTeamSlangAfter(text: string, end: number): boolean {
  return text.startsWith(" and Co ", end) && isSlangVerbAt(text, end + 7);
}

/** The organizations "<Name> and Co" that are a team's slang made their person's name (in place). */
export function teamSlangSplit(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "organization" || !m.text.endsWith(" and Co")) continue;
    const name = SLANG_SPAN.exec(m.text)?.[1];
    if (name === undefined || !isSlangVerbAt(text, m.end) || !isPersonName(name, mentions)) continue;
    m.end = m.start + name.length;
    m.text = name;
    m.type = "person";
    m.entity = name;
  }
}
