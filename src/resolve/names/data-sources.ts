/**
 * A one-word name that supplies a report or numbers is a news outlet, a data provider or another firm, in every
 * untitled mention: "a report from X saying", "figures compiled by X", "according to X data", "X stats show".
 * Sport, business and media news name their sources (wire services, rating and sports-data firms) by one word
 * and with no other clue; the tagger reads such a word as a surname. A person's numbers take a possessive
 * ("Whitlow's stats") and a person's report is written with a title or the full name ("a report by Dana
 * Whitlow", "a report from Lord Whitlow"): only a one-word name counts, not a known first name, not a word of a
 * longer person's name in the document ("Dana Whitlow ... a report by Whitlow"), not a marked mention
 * (person-marks.ts). Not "study", "research" or "analysis by X": academic and news texts cite an author so
 * ("a study by Whitlow found"). Not "figures" or "estimates" after the name: verbs of a person ("Whitlow figures
 * he can win"). Found on PolNeAR train (an outlet's report listed as a person) and CNN/DM dev (a sports-data
 * firm's "stats": the one person it removed there, at 704ec43); invented rows in tests/people-data-sources.test.ts.
 * Read in place at the name's two ends: no document-wide test.
 */
import type { Mention } from "../../types.js";
import { isLoneUnknownName, withRetypedFirms } from "./retyped-organizations.js";

/** "report from ", "reports by ", "data compiled by ", "figures published by " right before the name. */
const SUPPLIED_BY_BEFORE =
  /(?:^|[^\p{L}])(?:report|reports|data|figures|statistics|stats)\s+(?:(?:compiled|published|released|provided)\s+)?(?:from|by)\s+$/iu;
/** Numbers named by their source right after it: "X data", "X stats", "X statistics", "X ratings" (in place). */
const NUMBERS_AFTER = /\s+(?:data|stats|statistics|ratings)\b/uy;

function suppliesNumbers(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  // The cheap tests first, in place: "from "/"by " right before the name, or a space and one of the nouns' first
  // letters (d, s, r) right after it.
  const before = text.startsWith("from ", m.start - 5) || text.startsWith("by ", m.start - 3);
  if (before) {
    if (!SUPPLIED_BY_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
  } else {
    const c = text.charCodeAt(m.end + 1);
    if (text.charCodeAt(m.end) !== 32 || (c !== 100 && c !== 115 && c !== 114)) return false;
    NUMBERS_AFTER.lastIndex = m.end;
    if (!NUMBERS_AFTER.test(text)) return false;
  }
  return isLoneUnknownName(m, mentions);
}

/** The mentions, in place, with each one-word person that supplies a report or numbers, and its namesakes, organizations. */
export function withDataSources(text: string, mentions: Mention[]): Mention[] {
  return withRetypedFirms(text, mentions, (t, m) => suppliesNumbers(t, m, mentions));
}
