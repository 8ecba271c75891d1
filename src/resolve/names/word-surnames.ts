/**
 * Persons whose "surname" is a word of the dictionary that no one bears as a surname, after a first word that is
 * no first name ("Xbox Live", "Harken Oil", "Perkins Engines"): a firm or its product, not a person.
 */
import { isKnownFirstName as isFirstName } from "../../extract/entities/first-name.js";
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { FEMALE_TITLES, MALE_TITLES } from "../../lexicon/person-titles.js";
import { PLACE_SUFFIXES, VENUE_WORDS } from "../../lexicon/place-suffixes.js";
import { isInitials, startsCapitalThenLower } from "../../text/word-shape.js";
import type { Mention } from "../../types.js";
import { isOrdinaryWordOnly, isPersonContextAfter, isPersonNounBefore } from "./name-contexts.js";

/**
 * The mentions, in place, with such persons made organizations: two words, no title, the second a word of the
 * dictionary that is neither a first name nor a surname nor a place's or venue's word (left to the place rules),
 * the first neither a first name, an initial nor a title ("Madam Speaker", GUM dev), and no person's context at any mention of the name (a speech
 * verb, an age, a role in apposition after it; a person's noun before it). Session 37 probe (BBC 2005 tech):
 * "Xbox Live online gaming" was a person.
 */
export function withWordSurnamesAsFirms(text: string, mentions: Mention[]): Mention[] {
  const personal = new Set<string>();
  const candidates: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== "person") continue;
    if (m.title !== undefined || isPersonContextAfter(text, m.end) || isPersonNounBefore(text, m.start))
      personal.add(m.entity);
    else if (isWordSurnamed(m.text)) candidates.push(m);
  }
  for (const m of candidates) {
    if (personal.has(m.entity)) continue;
    m.type = "organization";
    m.entity = m.text.replace(/\s+/gu, " ");
  }
  return mentions;
}

function isWordSurnamed(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length !== 2) return false;
  const [first, last] = words as [string, string];
  const key = last.toLowerCase();
  // (A capital and lower case: not a generation, "Busch III", nor a word in capitals.)
  return (
    startsCapitalThenLower(last) &&
    isOrdinaryWordOnly(last) &&
    !PLACE_SUFFIXES.has(key) &&
    !VENUE_WORDS.has(key) &&
    !isFirstName(first) &&
    !isInitials(first) &&
    (wordKind(first) & Kind.title) === 0 &&
    !FEMALE_TITLES.has(first.toLowerCase()) &&
    !MALE_TITLES.has(first.toLowerCase())
  );
}
