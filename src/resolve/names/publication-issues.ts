/**
 * A name after a publication's number is the publication in every mention: "in the latest issue of Harrow
 * Monthly", "the May edition of Velda" (a modifier of lexicon/publication-words.ts' ISSUE_MODIFIERS right before
 * "issue"/"edition"; "the issue of Whitlow's taxes" is a topic and stays). FIT sample (seed 20261263): a
 * magazine read as a person.
 */
import { ISSUE_MODIFIERS } from "../../lexicon/publication-words.js";
import { isSpaceCode } from "../../text/runs.js";
import type { Mention } from "../../types.js";
import { withRetypedOrganizations } from "./retyped-organizations.js";

const ISSUE_BEFORE = /([\p{L}'’]+)\s+(?:issues?|editions?)\s+of\s+$/u;

/**
 * Whether "of" and white space end the text before `at`, which ISSUE_BEFORE asks: read back before the regex and
 * its slice, which ran for every untitled person mention (0.5% of a cold --jobs 1 profile).
 */
function followsOf(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  return k < at - 1 && text.charCodeAt(k) === 102 && text.charCodeAt(k - 1) === 111;
}

function isPublicationAfterIssue(text: string, m: Mention): boolean {
  if (!followsOf(text, m.start)) return false;
  const match = ISSUE_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  return match !== null && ISSUE_MODIFIERS.has((match[1] as string).toLowerCase().replace("’", "'"));
}

/** The mentions with the persons named after a publication's number retyped as organizations, in place. */
export function withPublicationIssues(text: string, mentions: Mention[]): Mention[] {
  return withRetypedOrganizations(text, mentions, isPublicationAfterIssue);
}
