/**
 * A first name that is also a place's ("Jordan Henderson", "Georgia Smith", "Chad Johnson", "Israel Folau"): the
 * tagger, taught by 1996 Reuters where such a word is nearly always the country, reads the place and either drops
 * the surname ("Midfielder [Jordan] Henderson said") or types the whole name a place ("[Georgia Smith], a nurse,").
 * The first word is a place the first-name lexicon lists as a name of either sex; the second is one word in title
 * case that no mention holds, no word of the dictionary ("Jordan Valley", "Georgia Tech", "London Branch") and
 * nothing else the gazetteer knows but a surname, no party ("the Maryland Democrat said"); no other capitalized word or hyphen follows (then the run is a
 * venue's or a firm's name); and the name is a person's by more than its shape: a surname the gazetteer knows, a
 * title, a person's role or calling right before ("Midfielder", "columnist"), or a person's context right after
 * (a speech verb, an age, ", a nurse,"). Not on that shape alone: the Reuters bench's "Missouri Democrat", "Paris
 * Bourse", "China April", "America West" have it. Session 33 probe (sport and columnists of 2018-19): "Jordan
 * Henderson", "Chad Johnson", "Jordan Peterson" read as the country; "Georgia Smith" as a place.
 */
import { gazetteer, Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { isListedFirstName } from "../../lexicon/first-names.js";
import { PARTY_DESCRIPTORS } from "../../lexicon/name-descriptors.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import type { Mention } from "../../types.js";
import { isPersonContextAfter, isPersonNounBefore } from "./name-contexts.js";

/** Kinds a surname after a place's first name may not have: another place, a people, a firm, a title. */
const NOT_SURNAME_KINDS =
  Kind.country | Kind.state | Kind.region | Kind.demonym | Kind.organization | Kind.title | Kind.firstName;
/** The places a first name may also be. */
const PLACE_NAME_KINDS = Kind.country | Kind.state | Kind.city | Kind.bigCity | Kind.region;
/** One title-case word of letters. */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A run going on after the surname: a capitalized word, or a hyphen or a full stop glued to a letter. */
const RUN_GOES_ON = /^(?:[ \t]+\p{Lu}|[-.]\p{L})/u;

/** Whether `word` may be a surname after a place's first name (the file's comment). */
function isSurnameAfterPlace(word: string): boolean {
  const key = word.toLowerCase();
  if (!TITLE_CASE_WORD.test(word) || ORGANIZATION_SUFFIXES.has(key) || PARTY_DESCRIPTORS.has(key))
    return false;
  const kind = wordKind(word);
  if (
    (kind & NOT_SURNAME_KINDS) !== 0 ||
    gazetteer().ordinaryWords.has(key) ||
    gazetteer().commonWords.has(key)
  )
    return false;
  return (kind & Kind.lastName) !== 0 || kind === 0;
}

/** Whether more than its shape says the name at [start, end) is a person's (the file's comment). */
const isNamedAsPerson = (text: string, m: Mention, end: number, surname: string): boolean =>
  (wordKind(surname) & Kind.lastName) !== 0 ||
  m.title !== undefined ||
  isPersonNounBefore(text, m.start) ||
  isPersonContextAfter(text, end);

/** Whether `word` is a place that is also a listed first name ("Jordan", "Georgia", "Chad"). */
const isPlaceFirstName = (word: string): boolean =>
  TITLE_CASE_WORD.test(word) && (wordKind(word) & PLACE_NAME_KINDS) !== 0 && isListedFirstName(word);

/** The mentions, in place, with each place read from a person's first name made that person (the file's comment). */
export function withPlaceFirstNames(text: string, mentions: Mention[]): Mention[] {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "country" && m.type !== "place") continue;
    const words = m.text.split(" ");
    if (words.length > 2 || !isPlaceFirstName(words[0] as string)) continue;
    let end = m.end;
    if (words.length === 1) {
      const next = /^ (\p{L}+)/u.exec(text.slice(m.end, m.end + 40));
      const following = mentions[i + 1];
      if (
        next === null ||
        (following !== undefined && following.start < m.end + 1 + (next[1] as string).length)
      )
        continue;
      words.push(next[1] as string);
      end = m.end + 1 + (next[1] as string).length;
    }
    if (!isSurnameAfterPlace(words[1] as string) || RUN_GOES_ON.test(text.slice(end, end + 3))) continue;
    if (words.length === 2 && (wordKind(`${words[0]} ${words[1]}`) & PLACE_NAME_KINDS) !== 0) continue;
    if (!isNamedAsPerson(text, m, end, words[1] as string)) continue;
    m.type = "person";
    m.end = end;
    m.text = text.slice(m.start, end);
    m.entity = m.text;
  }
  return mentions;
}
