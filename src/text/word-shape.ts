/**
 * A word's shape: where its capitals are, whether it is an initial, whether it is written the way a name is. Shapes
 * only: whether a word is a title, a stop word or a known name is a list's business (src/lexicon, the gazetteer),
 * and the predicates that ask a list stay beside it. Every layer from split up asks these; session 13 found each
 * written again in up to 43 places of extract and resolve (inventory in that session's closing note).
 */
import { NAME_ONSETS } from "../lexicon/name-onsets.js";
import type { Token } from "../types.js";

const UPPER_START = /^\p{Lu}/u;

/**
 * The first character is an upper-case letter: "Dana", "ACME", "Élodie"; not "dana", "3M", "'Tis" nor "".
 * ASCII is decided on its code (A to Z are its only capitals), so most words run no regular expression.
 */
export function isCapitalized(text: string): boolean {
  // Callers pass "" for a token past the end: reading its first code was an "out of bounds" deopt (--trace-deopt).
  if (text.length === 0) return false;
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_START.test(text);
}

/** A word token (no number, no mark) that is capitalized. */
export function isCapitalizedWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && isCapitalized(t.text);
}

const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

/** A capital, then a lower-case letter, whatever follows: "Dana", "McKay", "Da."; not "ACME", "O'Neill", "J.". */
export const startsCapitalThenLower = (text: string): boolean => CAPITAL_THEN_LOWER.test(text);

const TITLE_CASED = /^\p{Lu}\p{Ll}+$/u;

/** One capital, then lower-case letters only: "Dana", "Élodie"; not "McKay", "O'Neill", "Jean-Luc", "ACME", "A". */
export const isTitleCased = (text: string): boolean => TITLE_CASED.test(text);

const NAME_SHAPED = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/**
 * Written as a name's word is: a capital, a lower-case letter, then letters, apostrophes and hyphens: "Dana",
 * "McKay", "Jean-Luc", "Dana's"; not "O'Neill" (no lower-case letter second), "ACME", "Va.", "Dana2".
 */
export const isNameShaped = (text: string): boolean => NAME_SHAPED.test(text);

const INITIAL = /^\p{Lu}\.$/u;

/** One initial: a capital and its full stop ("J.", "É."); not "J", "J.P.", "j.". */
export const isInitial = (text: string): boolean => INITIAL.test(text);

const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** One initial or several written together ("J.", "J.P.", "U.S."); not "J", "J.P", "Jr.". */
export const isInitials = (text: string): boolean => INITIALS.test(text);

const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** Two capitals or more and nothing else: "UN", "ACME", "ÉTÉ"; not "A", "U.S.", "MPs", "G7". */
export const isAllCaps = (text: string): boolean => ALL_CAPS.test(text);

const ACRONYM_SHAPED = /^\p{Lu}{2,8}$/u;

/** Two to eight capitals and nothing else, as an acronym is written: "UN", "ACMEX"; not "A", nine capitals, "U.S.". */
export const isAcronymShaped = (text: string): boolean => ACRONYM_SHAPED.test(text);

const VOWEL = /[AEIOUY]/;
const ASCII_CAPITALS = /^[A-Z]{2,}$/;

/**
 * A word in capitals that is read as letters, not as a name: no vowel ("MSD", "BPGF") or two consonants opening it
 * that open no name ("XKR", "WKRB", "NBCX"; lexicon/name-onsets.ts); not "BRISCO", "ADA", "STROUD", "MBEKI". ASCII
 * capitals only: a word with an accent reads as a name.
 */
export function readsAsLetters(text: string): boolean {
  if (!ASCII_CAPITALS.test(text)) return false;
  if (!VOWEL.test(text)) return true;
  if (VOWEL.test(text.charAt(0)) || VOWEL.test(text.charAt(1))) return false;
  return !NAME_ONSETS.has(text.slice(0, 2).toLowerCase());
}

const LONE_CAPITAL = /^\p{Lu}\.?$/u;

/** A capital alone, with or without its full stop: "J", "J.", "É"; not "Jo", "J.Q.". */
export const isLoneCapital = (text: string): boolean => LONE_CAPITAL.test(text);

const CAPITALIZED_LETTERS = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * A capital, then one or more letters, apostrophes or hyphens of either case: "Dorlan", "O'Brannagh", "McTavor",
 * "ACMEX"; not "Z", "Va.", "Q7".
 */
export const isCapitalizedLetters = (text: string): boolean => CAPITALIZED_LETTERS.test(text);

const NAME_SHAPED_OR_ELIDED = /^\p{Lu}[\p{Ll}'’][\p{L}'’-]*$/u;

/**
 * As isNameShaped, or with an apostrophe second (an elided particle): "Pellow", "McAteer", "Osei-Tutu", "O'Neill",
 * "D’Arcy"; not "ACME", "Va.", "J.". A word of a name in a list of names (extract/entities/name-lists.ts, line-ups.ts).
 */
export const isNameShapedOrElided = (text: string): boolean => NAME_SHAPED_OR_ELIDED.test(text);

const FIRST_CAPITAL_ONLY = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * A capital, then lower-case letters, apostrophes and hyphens only, as a one-word first name or surname is written:
 * "Dorlan", "D'arvelle", "Okwe-lin"; not "McTavor", "O'Brannagh", an acronym, "Z".
 */
export const isFirstCapitalOnly = (text: string): boolean => FIRST_CAPITAL_ONLY.test(text);

const TITLE_CASED_PARTS = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;

/**
 * Title-cased, alone or in parts joined by hyphens, each part title-cased: "Dorlan", "Okwe-Lindo"; not "Okwe-lin",
 * "Tessa's", "McTavor", "O'Brannagh", "Zo-", "Z". The strictest name shape: a first name no list knows is read
 * only so (extract/entities/unknown-first-names.ts).
 */
export const isTitleCasedParts = (text: string): boolean => TITLE_CASED_PARTS.test(text);

const TWO_TITLE_CASED_PARTS = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/**
 * Two title-cased parts joined by a hyphen, as a hyphened first name is written: "Jean-Luc", "Mir-Hossein"; not
 * "Dorlan", "Okwe-lin", "Anna-Maria-Luisa" (extract/entities/hyphened-first-names.ts, resolve/names/name-order.ts).
 */
export const isTwoTitleCasedParts = (text: string): boolean => TWO_TITLE_CASED_PARTS.test(text);

const TITLE_CASED_WITH_JOINS = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

/**
 * Title-cased, then parts after a hyphen or an apostrophe, each lower case or title-cased: "Dorlan", "Okwe-Lindo",
 * "Okwe-lin", "Tessa's", "Tessa’s"; not "O'Brannagh" (one letter before the apostrophe), "McTavor", "Okwe-",
 * "Okwe-LIN". isTitleCasedParts, and apostrophes and lower-case parts too (extract/entities/result-lists.ts).
 */
export const isTitleCasedWithJoins = (text: string): boolean => TITLE_CASED_WITH_JOINS.test(text);

const ED_FORM = /^\p{Ll}+ed$/u;

/** Lower case and ending in "-ed": a past form's or a participle's shape ("appointed", "quoted"; also "embed"). */
export const isEdForm = (text: string): boolean => ED_FORM.test(text);

const LY_ADVERB = /^\p{Ll}{3,}ly$/u;

/** Lower case, three letters or more and then "-ly": an adverb's shape ("quickly", "reportedly"); not "fly", "July". */
export const isLyAdverb = (text: string): boolean => LY_ADVERB.test(text);

const QUOTE_MARKS_ONLY = /^["“”‘’']+$/u;

/** A token of quotation marks only, single or double, straight or curly, one or more ("“", "''", "’”"). */
export const isQuoteMarksOnly = (text: string): boolean => QUOTE_MARKS_ONLY.test(text);
