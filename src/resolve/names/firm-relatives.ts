/**
 * A name that a "which" clause says runs a trade is a firm, in every mention: "Veldkamp, which makes garden
 * tools", "Corvell, which also owns two mills" (lexicon/firm-nouns.ts FIRM_ACTIVITY_VERBS). A person takes
 * "who"; a "which" after a person's name refers to the clause before it ("..., said Whitlow, which is a
 * surprise"), and takes none of these verbs; "makes it" or "makes sense" is such a clause's too. A marked mention
 * keeps the name (person-marks.ts). Reuters bench: the untitled persons followed by ", which" and a third-person
 * verb were all firms, things or places (24); the four persons among the 35 before ", which" had a subject or no
 * such verb after it ("which he said"). Reuters annotate: see the commit.
 */
import { FIRM_ACTIVITY_VERBS } from "../../lexicon/firm-nouns.js";
import type { Mention } from "../../types.js";
import { withRetypedFirms } from "./retyped-organizations.js";

/** ", which", "also" or another adverb in -ly, the verb, then the next word. */
const WHICH_AFTER = /,\s+which\s+(?:also\s+|[a-z]+ly\s+)?([a-z]+)(?:\s+([a-z]+))?/uy;
/** What "makes" takes when the clause before is its subject: "which makes it hard", "which makes sense". */
const CLAUSE_OBJECTS: ReadonlySet<string> = new Set([
  "it",
  "them",
  "him",
  "her",
  "us",
  "sense",
  "up",
  "for",
  "the",
]);

function isFirmRelative(text: string, m: Mention): boolean {
  // A comma right after the name, then "which": most persons are followed by neither.
  if (text.charCodeAt(m.end) !== 44 || !text.slice(m.end + 1, m.end + 12).includes("which")) return false;
  WHICH_AFTER.lastIndex = m.end;
  const match = WHICH_AFTER.exec(text);
  if (match === null || !FIRM_ACTIVITY_VERBS.has(match[1] as string)) return false;
  return match[1] !== "makes" || !CLAUSE_OBJECTS.has(match[2] ?? "");
}

/** The mentions, in place, with each person a "which" clause says runs a trade, and its namesakes, organizations. */
export function withFirmRelatives(text: string, mentions: Mention[]): Mention[] {
  return withRetypedFirms(text, mentions, isFirmRelative);
}
