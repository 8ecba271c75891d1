/**
 * What the words around a person mention tell of it, for the things named like people (named-things.ts): a
 * shop's possessive, a name always after "the", a venue's word that is a surname in a person's context.
 */
import { isKnownFirstName as isFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, NOT_PERSON_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import { IRREGULAR_PAST } from "../../lexicon/irregular-past.js";
import {
  PREPOSITIONS_BEFORE_A_PLACE,
  SHOP_NOUNS,
  SHOP_POSSESSIVE_FOLLOWERS,
} from "../../lexicon/name-contexts.js";
import { ORGANIZATION_NOUNS, PUBLIC_BODY_WORDS } from "../../lexicon/organization-nouns.js";
import { PERSON_DESCRIPTORS } from "../../lexicon/person-nouns.js";
import { VENUE_SURNAMES } from "../../lexicon/place-suffixes.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { ROLE_HEADS } from "../../lexicon/speaker-roles.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { anyOf } from "../../text/escape-regexp.js";
import type { Mention } from "../../types.js";

const isLastName = (word: string): boolean => (wordKind(word) & Kind.lastName) !== 0;

/**
 * A possessive with no noun after it ("Kestrel's and Harlow's", "revenue at Kestrel's fell", "Kestrel's said"): a
 * shop, a casino or an auction house named "X's", not a person's belongings; not before punctuation ("unlike
 * X's, ours ..." on GUM train; "his (X's) recollection" on the Reuters bench). Session 14 FIT sample: 1 casino
 * of 301 people.
 */
export const SHOP_POSSESSIVE_AFTER = new RegExp(
  String.raw`^['’]s\s+${anyOf(SHOP_POSSESSIVE_FOLLOWERS)}\b`,
  "u",
);

/**
 * A possessive with a shop's noun in apposition after it ("at Luigi's, the Italian restaurant", "Marlowe's, a bar
 * in the old town", "Sainsbury's, Britain's third-biggest supermarket"): a shop named "X's", not a person's. Invented rows in tests/people-sport-entertainment.test.ts.
 */
export const SHOP_APPOSITION_AFTER = new RegExp(
  String.raw`^['’]s,\s+(?:a|an|the|\p{Lu}\p{L}*['’]s)\s+(?:[\p{L}-]+\s+){0,2}${anyOf(SHOP_NOUNS)}(?!\p{L})`,
  "u",
);

/** Whether every occurrence of `name` in the text follows "the " (or "The "). */
export function alwaysAfterThe(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
    if (!/(?:^|\s)the $/iu.test(text.slice(Math.max(0, at - 4), at))) return false;
  return true;
}

/** A word of the dictionary that no list holds as a name ("Mortgage", not "Rose"). */
export function isOrdinaryWordOnly(word: string): boolean {
  return gazetteer().ordinaryWords.has(word.toLowerCase()) && !isLastName(word) && !isFirstName(word);
}

/**
 * A word of the dictionary or of compromise's lexicon that is no name, or its plural ("Reports", "Engines": the
 * lists hold headwords), not a first name or surname the gazetteer knows ("Sanders").
 */
export function isDictionaryWord(word: string): boolean {
  if ((wordKind(word) & (Kind.lastName | Kind.firstName)) !== 0) return false;
  if (isOrdinaryWordOnly(word) || isCommonWord(word)) return true;
  const singular = word.slice(0, -1);
  return /\p{Ll}s$/u.test(word) && (isOrdinaryWordOnly(singular) || isCommonWord(singular));
}

function isCommonWord(word: string): boolean {
  return gazetteer().commonWords.has(word.toLowerCase()) && !isFirstName(word);
}

/** A body's word ("Treasury", "Senate", "Bank"): before a role's word it names an office ("Treasury Secretary"). */
export function isBodyWord(word: string): boolean {
  const key = word.toLowerCase();
  return ORGANIZATION_NOUNS.has(key) || PUBLIC_BODY_WORDS.has(key);
}

/**
 * A speech verb, an age, a "who" clause (", who owns a dry cleaning business": session 42 probe, "Jae-won Park" was a
 * place) or a person's role in apposition right after a name (", a nurse,", ", 41,"); a speech verb
 * after the body the name is "of" ("Santiago Abascal of the far-right Vox party said": session 40 probe, where the
 * leader was read as the city).
 */
const PERSON_AFTER =
  /^(?:\s+(?:of\s+the\s+[\p{L}\s-]{1,40}?\s+)?(?:said|says|told|tells|added|adds)\b|,\s+\d{1,3},|,\s+who\s|,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?=[,.;]|\s+(?:from|of|at|in|for|with|who|whose)\b))/u;

/** A preposition of place right before a name ("on", "at", "near"). */
const PLACE_PREPOSITION_BEFORE = new RegExp(
  String.raw`(?:^|\s)${anyOf(PREPOSITIONS_BEFORE_A_PLACE)}\s+$`,
  "iu",
);

/** Whether a preposition of place ends the text right before `start` ("in France Gomis", "on Capitol Hill"). */
export function isPlacePrepositionBefore(text: string, start: number): boolean {
  return PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * "Lorcan Hill said", "Oisin Field, 41,", "Tiihu Park, a nurse,": a name ending in a venue's word that is also a
 * surname ("Hill", "Field", "Park": lexicon VENUE_SURNAMES) is a person in a person's context, when its first word is no word of the
 * dictionary, no place and no organization ("Capitol Hill" stays a place). s13-tagger's invented names: first
 * names no list knows before "Hill" were all made places; GUM train: 1 right person added, none wrong.
 */
export function isNamedAsPerson(text: string, m: Mention, first: string, last: string): boolean {
  if (
    !VENUE_SURNAMES.has(last.toLowerCase()) ||
    gazetteer().ordinaryWords.has(first.toLowerCase()) ||
    (wordKind(first) & NOT_PERSON_KINDS) !== 0
  )
    return false;
  if (m.title !== undefined) return true;
  // "aides on Capitol Hill said" (Reuters bench): after a preposition of place the name is the place.
  if (isPlacePrepositionBefore(text, m.start)) return false;
  return isPersonContextAfter(text, m.end);
}

/**
 * Whether the word after a noun leaves the noun ending its phrase: none (punctuation or the text's end), a function
 * word, a reporting verb or a verb in the past ("Meloni's party won", "Verster prison on Sunday"); not another noun
 * ("government bond", "prison time"). Lower case.
 */
export function endsNounPhrase(next: string | undefined): boolean {
  return (
    next === undefined ||
    STOPWORDS.has(next) ||
    REPORTING_VERBS.has(next) ||
    IRREGULAR_PAST.has(next) ||
    /ed$/.test(next)
  );
}

/** Whether a person's context follows a name ending at `end`: a speech verb, an age, a person's role in apposition. */
export function isPersonContextAfter(text: string, end: number): boolean {
  const after = PERSON_AFTER.exec(text.slice(end, end + 60));
  if (after === null) return false;
  const role = after[1];
  return role === undefined || ROLE_HEADS.has(role) || PERSON_DESCRIPTORS.has(role);
}

/**
 * Whether the word right before a name starting at `start` is a person's role or calling ("midfielder",
 * "columnist"); with `apposed`, also such a noun and a comma ("his former cabinet colleague, Robin Cook,").
 */
export function isPersonNounBefore(text: string, start: number, apposed = false): boolean {
  const before = (apposed ? /(\p{L}+),? $/u : /(\p{L}+) $/u).exec(text.slice(Math.max(0, start - 24), start));
  if (before === null) return false;
  const word = (before[1] as string).toLowerCase();
  return ROLE_HEADS.has(word) || PERSON_DESCRIPTORS.has(word);
}
