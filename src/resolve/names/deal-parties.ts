/**
 * A name that a deal's words show to be a company is that organization in every mention: "its" right after it with a
 * deal's noun ("advising X on its sale to Y", "X for its takeover bid"), "X sell itself", "X and Y to merge", and a
 * maker's passive ("distributed by X,"). A person takes no "its" and does not sell itself. Session 15 FIT sample: 3 of
 * its 12 wrong people (firms in one deal story); Reuters annotate: see the commit.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
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

/**
 * "distributed by X", "manufactured by X", "underwritten by X": what a firm does to a product or an issue, then the
 * phrase's end. Session 32, an invented British film story: "which is distributed by Pathe," listed a person. Not
 * "sponsored by" (a lawmaker's bill) nor "owned by", "run by", "produced by" (a person's too). Only a name no
 * first-name list knows at its start ("distributed by Dana Whitlow" names a person).
 */
const MADE_BY_BEFORE =
  /(?:^|[^\p{L}])(?:distributed|manufactured|marketed|brewed|bottled|underwritten)\s+by\s+$/u;
const PHRASE_END_AFTER = /^(?:[,.;:)]|\s+(?:and|in|since|for)\b)/u;

function isMaker(text: string, m: Mention): boolean {
  return (
    text.startsWith("by ", m.start - 3) &&
    MADE_BY_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) &&
    PHRASE_END_AFTER.test(text.slice(m.end, m.end + 8)) &&
    !isKnownFirstName(m.text.split(" ")[0] as string)
  );
}

function isDealParty(text: string, m: Mention): boolean {
  if (isMaker(text, m)) return true;
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
