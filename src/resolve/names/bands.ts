/**
 * A one-word name the text calls a band is that band, in every untitled mention: "the band X released", "indie
 * band X played", "X's frontman", "X's lead singer". Entertainment news names bands with one invented word and
 * the tagger reads it as a surname (invented texts at 704ec43: a band listed as a person in 2 of 3 shapes);
 * introduced.ts reads "the band X" only where the phrase ends after the name. A person is a band's member, not a
 * band: not before a verb of founding, joining, leaving or leading ("the band Whitlow formed", "the band X
 * fronts"). "X's guitarist" is left (a solo singer has one). Only a one-word name, not a known first name, not a
 * word of a longer person's name, not a marked mention (person-marks.ts). The name is read at each place the
 * text writes it, once the document holds a band's word (one scan, on the first one-word person).
 */
import type { Mention } from "../../types.js";
import { isLoneUnknownName, withRetypedFirms } from "./retyped-organizations.js";

/** "the band ", "rock band ", "their band " right before the name. */
const BAND_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|his|her|their|rock|pop|indie|punk|metal|folk|boy|tribute|cover)\s+band\s+$/iu;
/** A member's verb right after the name: the name is the member's ("the band Whitlow formed"). */
const MEMBER_VERB_AFTER =
  /^\s+(?:formed|founded|co-founded|fronted|fronts|joined|left|quit|started|led|leads|created|manages|managed)\b/u;
/** "'s frontman", "'s lead singer" right after the name (in place). */
const FRONTED_AFTER = /['’]s\s+(?:frontman|frontwoman|lead\s+singer|lead\s+vocalist)\b/uy;

/** Whether the name written at [start, end) is called a band there (in place). */
function isCalledABandAt(text: string, start: number, end: number): boolean {
  // The cheap tests first, in place: "band " right before the name, or an apostrophe right after it.
  if (text.startsWith("band ", start - 5)) {
    if (!BAND_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
    return !MEMBER_VERB_AFTER.test(text.slice(end, end + 16));
  }
  const c = text.charCodeAt(end);
  if (c !== 39 && c !== 8217) return false;
  FRONTED_AFTER.lastIndex = end;
  return FRONTED_AFTER.test(text);
}

/**
 * Whether the text calls the one-word name of `m` a band at any of its occurrences: the tagger often leaves the
 * name out of its spans right after "the band" and tags it later in the story ("Harrowgate will tour").
 */
function isBand(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  if (!isLoneUnknownName(m, mentions)) return false;
  let called = false;
  for (let at = text.indexOf(m.text); at >= 0 && !called; at = text.indexOf(m.text, at + 1)) {
    const end = at + m.text.length;
    // A whole word only: not "Brenzo" inside "Brenzoni".
    if (/[\p{L}\d]/u.test(text.charAt(at - 1)) || /[\p{L}\d]/u.test(text.charAt(end))) continue;
    called = isCalledABandAt(text, at, end);
  }
  return called;
}

/** Words that call a name a band: a document with none of them has no band for this pass (one scan each). */
const BAND_WORDS = /\bband\s|frontman|frontwoman|lead\s+singer|lead\s+vocalist/u;

/** The mentions, in place, with each one-word person the text calls a band, and its namesakes, organizations. */
export function withBands(text: string, mentions: Mention[]): Mention[] {
  let hasBandWords: boolean | null = null;
  return withRetypedFirms(text, mentions, (t, m) => {
    if (m.text.includes(" ")) return false;
    hasBandWords ??= BAND_WORDS.test(t);
    return hasBandWords && isBand(t, m, mentions);
  });
}
