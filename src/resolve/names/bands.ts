/**
 * A name the text calls a band is that band, in every untitled mention: "the band X released", "indie band X played",
 * "Scottish band X", "X's frontman", "X frontman Y", "X's lead singer". Entertainment news names bands with one
 * invented word and the tagger reads it as a surname (invented texts at 704ec43: a band listed as a person in 2 of 3
 * shapes); introduced.ts reads "the band X" only where the phrase ends after the name. A person is a band's member,
 * not a band: not before a verb of founding, joining, leaving or leading ("the band Whitlow formed", "the band X
 * fronts"). "X's guitarist" is left (a solo singer has one). Only a one-word name that is no known first name nor a
 * word of a longer person's name, or a name of two or three words (session 32: "Scottish band Franz Ferdinand" was
 * listed as a person); not a marked mention (person-marks.ts). The name is read at each place the text writes it, once
 * the document holds a band's word (one scan, on the first one-word person).
 */
import { Kind, PLACE_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import type { Mention } from "../../types.js";
import { isLoneUnknownName, withRetypedFirms } from "./retyped-organizations.js";

/** "the band ", "rock band ", "their band " right before the name; or a capitalized word before "band" (below). */
const BAND_BEFORE =
  /(?:^|[^\p{L}])(?:(?:the|a|his|her|their|rock|pop|indie|punk|metal|folk|boy|girl|tribute|cover)|(\p{L}+))\s+band\s+$/iu;
/** A member's verb right after the name: the name is the member's ("the band Whitlow formed"). */
const MEMBER_VERB_AFTER =
  /^\s+(?:formed|founded|co-founded|fronted|fronts|joined|left|quit|started|led|leads|created|manages|managed)\b/u;
/**
 * "'s frontman", "'s lead singer" right after the name (in place), or "frontman" and the frontman's capitalized name
 * ("Franz Ferdinand frontman Alex Kapranos": session 32, an invented British music story).
 */
const FRONTED_AFTER =
  /(?:['’]s\s+(?:frontman|frontwoman|lead\s+singer|lead\s+vocalist)\b|\s+(?:frontman|frontwoman)\s+\p{Lu})/uy;

/**
 * Whether the capitalized word before "band" says where a band is from ("Scottish band", "Glasgow band"): a
 * demonym or a place the gazetteer knows, not a person's name ("Smith band" is no phrase of a band's).
 */
function isPlaceWord(word: string): boolean {
  return (wordKind(word) & (Kind.demonym | PLACE_KINDS)) !== 0;
}

/**
 * Whether the name written at [start, end) is called a band there (in place). A name of several words only by
 * "band" before it or "frontman" and a name after it: "Dana Whitlow's frontman days" are a person's.
 */
function isCalledABandAt(text: string, start: number, end: number, words = 1): boolean {
  // The cheap tests first, in place: "band " right before the name, or what follows it.
  if (text.startsWith("band ", start - 5)) {
    // Group 1: any other word, a band's only when it places the band ("Scottish band").
    const opener = BAND_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    if (opener === null || (opener[1] !== undefined && !isPlaceWord(opener[1]))) return false;
    return !MEMBER_VERB_AFTER.test(text.slice(end, end + 16));
  }
  const c = text.charCodeAt(end);
  if (words > 1 ? c !== 32 : c !== 39 && c !== 8217 && c !== 32) return false;
  FRONTED_AFTER.lastIndex = end;
  return FRONTED_AFTER.test(text);
}

/**
 * Whether the text calls the name of `m` a band at any of its occurrences: the tagger often leaves the name out of
 * its spans right after "the band" and tags it later in the story ("Harrowgate will tour"). A one-word name no
 * first-name list knows, or a name of two or three words (a band named like a person, "Franz Ferdinand", is called
 * a band where a person would not be).
 */
function isBand(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  const words = m.text.split(" ").length;
  if (words === 1 ? !isLoneUnknownName(m, mentions) : words > 3) return false;
  let called = false;
  for (let at = text.indexOf(m.text); at >= 0 && !called; at = text.indexOf(m.text, at + 1)) {
    const end = at + m.text.length;
    // A whole word only: not "Brenzo" inside "Brenzoni".
    if (/[\p{L}\d]/u.test(text.charAt(at - 1)) || /[\p{L}\d]/u.test(text.charAt(end))) continue;
    called = isCalledABandAt(text, at, end, words);
  }
  return called;
}

/** Words that call a name a band: a document with none of them has no band for this pass (one scan each). */
const BAND_WORDS = /\bband\s|frontman|frontwoman|lead\s+singer|lead\s+vocalist/u;

/** The mentions, in place, with each person the text calls a band, and its namesakes, organizations. */
export function withBands(text: string, mentions: Mention[]): Mention[] {
  let hasBandWords: boolean | null = null;
  return withRetypedFirms(text, mentions, (t, m) => {
    hasBandWords ??= BAND_WORDS.test(t);
    return hasBandWords && isBand(t, m, mentions);
  });
}
