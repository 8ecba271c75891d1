/**
 * A name that a deal's words show to be a company is that organization in every mention: "its" right after it
 * with a deal's noun ("advising X on its sale to Y", "X for its takeover bid"), "X sell itself", "X and Y to
 * merge". A person takes no "its" and does not sell itself. Session 15 FIT sample: 3 of its 12 wrong people
 * (firms in one deal story); Reuters annotate: see the commit.
 */
import { singleSpaced } from "../../text/spacing.js";
import type { Mention } from "../../types.js";
import { withRetypedOrganizations } from "./retyped-organizations.js";

const DEAL_NOUNS =
  "sale|merger|acquisition|purchase|bid|takeover|deal|offer|listing|restructuring|bankruptcy|spin-?off|shares|stake|debt|IPO|buyout";
/** "X on its sale", "X in its bid": a deal's noun after "its". */
const ITS_DEAL_AFTER = new RegExp(
  String.raw`^\s+(?:on|for|in|with|over|about)\s+its\s+(?:[\p{Ll}-]+\s+)?(?:${DEAL_NOUNS})\b`,
  "u",
);
/** "X sell itself", "X to merge", "X and Y to merge". */
const ITSELF_AFTER = /^\s+(?:to\s+)?(?:sell|merge|list|restructure|reorganize|reorganise)\s+itself\b/u;
const PAIR_MERGE_AFTER = /^\s+(?:and|with)\s+\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)?\s+to\s+merge\b/u;
const MERGE_AFTER = /^\s+to\s+merge\b/u;
const PAIR_BEFORE = /\p{Lu}[\p{L}&.-]*\s+(?:and|with)\s+$/u;

function isDealParty(text: string, m: Mention): boolean {
  // Each pattern after the name holds "its" ("itself") or "merge": without either no slice is spaced.
  const raw = text.slice(m.end, m.end + 80);
  if (!raw.includes("its") && !raw.includes("merge")) return false;
  const after = singleSpaced(raw);
  if (ITS_DEAL_AFTER.test(after) || ITSELF_AFTER.test(after) || PAIR_MERGE_AFTER.test(after)) return true;
  return MERGE_AFTER.test(after) && PAIR_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** The mentions with the persons a deal's words show to be companies retyped as organizations, in place. */
export function withDealParties(text: string, mentions: Mention[]): Mention[] {
  return withRetypedOrganizations(text, mentions, isDealParty);
}
