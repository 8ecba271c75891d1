/**
 * A one-word name that opens a headline before a verb in the base form is a team or a body, in every untitled
 * mention: "Brentham edge out Rovers", "Rovers sign Whitlow", "Ashcombe seal title" (lexicon
 * HEADLINE_PLURAL_VERBS). British news gives a club's or a firm's singular name a plural verb, and a headline's
 * verb is in the present, where a person's takes "-s" ("Whitlow beats Harlan"). plural-teams.ts reads "were",
 * "are", "have" anywhere; a headline's other verbs are read only on the document's first line, a short one
 * followed by a line break, where the name is the line's first word. Not a titled mention, nor a word of a longer
 * person's name of the document ("Whitlow" of "Dana Whitlow"). Issue 11: sport clubs named after towns listed
 * as people (invented British sport texts at 6543c17: a club opening its headline listed as a person). Part of
 * the per-document naming (index.ts). Invented rows in tests/people-headline-teams.test.ts.
 */
import { HEADLINE_PLURAL_VERBS } from "../../lexicon/verb-auxiliaries.js";
import type { Mention } from "../../types.js";
import { isWordOfLongerPerson, withNamesRetyped } from "./retyped-organizations.js";

/** The longest first line read as a headline (characters). */
const MAX_HEADLINE = 100;
/** The headline's first word, capitalized, then one space, a lower-case word, and a space or the line's end. */
const OPENING = /^\s*(\p{Lu}[\p{L}'’-]*) (\p{Ll}+)(?= |$)/u;

/**
 * The mentions, in place, with the one-word persons named by the headline's first word before a plural verb
 * organizations. The tagger often leaves a headline's words untagged: the name is read in the line's text.
 */
export function withHeadlineTeams(text: string, mentions: Mention[]): Mention[] {
  const lineEnd = text.indexOf("\n");
  if (lineEnd < 0 || lineEnd > MAX_HEADLINE) return mentions;
  const opening = OPENING.exec(text.slice(0, lineEnd));
  if (opening === null || !HEADLINE_PLURAL_VERBS.has(opening[2] as string)) return mentions;
  const name = opening[1] as string;
  const named = mentions.filter((m) => m.type === "person" && m.title === undefined && m.text === name);
  if (named.length === 0 || named.some((m) => isWordOfLongerPerson(m, mentions))) return mentions;
  return withNamesRetyped(mentions, new Set([name]));
}
