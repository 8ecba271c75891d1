/**
 * A one-word name that takes over a named firm is a firm, in every untitled mention: "X's acquisition of Y",
 * "X's takeover of Y", "the takeover of Y by X". Business news names the bidder by its short name, often a
 * founder's surname, with no company form; the tagger reads it as a person (invented texts at 704ec43: 2 of 2
 * such bidders listed as people; the targets were already firms). An investor takes over firms too ("a takeover
 * by <investor>", Reuters bench): news names one in full first, so only a one-word name counts (before "'s", not
 * a known first name), not a word of a longer person's name in the document ("Dana Marlowe ... Marlowe's takeover of Y"),
 * not a marked mention (person-marks.ts: a title, an age, "who"). The target must be a capitalized name: "X's
 * takeover of the board" is a person's. Read in place at the name's two ends: no document-wide test.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import type { Mention } from "../../types.js";
import { isWordOfLongerPerson, withRetypedFirms } from "./retyped-organizations.js";

/** "'s takeover of Y", "'s proposed acquisition of Y" right after the name (in place). */
const TAKES_OVER_AFTER =
  /['’]s\s+(?:(?:planned|proposed|agreed|hostile|completed|recent)\s+)?(?:takeover|acquisition)\s+of\s+\p{Lu}/uy;
/** "takeover of Y by ", "acquisition of Y Z by " right before the name. */
const TAKES_OVER_BEFORE =
  /(?:^|[^\p{L}])(?:takeover|acquisition)\s+of\s+\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}\s+by\s+$/u;

function takesOver(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  if (m.text.includes(" ")) return false;
  // The cheap tests first, in place: "by " right before the name, or an apostrophe right after it.
  if (text.startsWith("by ", m.start - 3)) {
    if (!TAKES_OVER_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))) return false;
  } else {
    const c = text.charCodeAt(m.end);
    if (c !== 39 && c !== 8217) return false;
    TAKES_OVER_AFTER.lastIndex = m.end;
    // "Dana's acquisition of Y": a known first name before "'s" is a person's.
    if (!TAKES_OVER_AFTER.test(text) || isKnownFirstName(m.text)) return false;
  }
  return !isWordOfLongerPerson(m, mentions);
}

/** The mentions, in place, with each one-word person that takes over a named firm, and its namesakes, organizations. */
export function withTakeoverBidders(text: string, mentions: Mention[]): Mention[] {
  return withRetypedFirms(text, mentions, (t, m) => takesOver(t, m, mentions));
}
