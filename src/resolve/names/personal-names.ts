/**
 * Person names the tagger read as a place: two words, a known first name and a known surname,
 * that the gazetteer knows as no place or organization and that end no firm's or place's name ("singer Hunter
 * Wells", "Anderson Colby's questions", "a 35-point margin over Walter Brisco"). Part of the per-document naming
 * (index.ts). GUM's recall was mostly the tagger's misses (dev 71.2).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { Kind, NOT_PERSON_KINDS, phraseKind, wordKind } from "../../extract/entities/gazetteer.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { PLACE_SUFFIXES, VENUE_SURNAMES, VENUE_WORDS } from "../../lexicon/place-suffixes.js";
import { THING_SUFFIXES } from "../../lexicon/thing-suffixes.js";
import { surnameKey } from "../../text/names.js";
import { isTitleCased, isTitleCasedParts } from "../../text/word-shape.js";
import type { Mention } from "../../types.js";

const ENDINGS = [ORGANIZATION_SUFFIXES, PLACE_SUFFIXES, THING_SUFFIXES, VENUE_WORDS];
/** A small town's name may be a person's too ("Anderson", "Hayes"): the tagger's reason to read them as places. */
const NO_NAME_KINDS = NOT_PERSON_KINDS & ~Kind.city;

/**
 * Whether a place mention reads as a first name and a surname and as nothing else. A surname the gazetteer does
 * not list as one counts where another person of the document bears it ("Zeb Hastings" beside "Ann Hastings":
 * "Hastings" is also a town's name), not where the tagger once read the same two words as a person (a firm's
 * "Carolina Eastman" on the Reuters bench).
 */
function readsAsPersonalName(
  m: Mention,
  text: string,
  bearersOf: (surname: string) => ReadonlySet<string> | undefined,
): boolean {
  // Places only: firms are named for their founders ("Merrill Lynch" on the Reuters bench).
  if (m.type !== "place") return false;
  const words = m.text.split(/\s+/);
  if (words.length !== 2) return false;
  const [first, last] = words as [string, string];
  if (!isTitleCased(first) || !/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(last)) return false;
  const surname = last.replace(/['’]s$/u, "");
  if (!isKnownFirstName(first) || (wordKind(first) & NO_NAME_KINDS) !== 0) return false;
  const surnameKind = wordKind(surname);
  const known =
    (surnameKind & Kind.lastName) !== 0 ||
    [...(bearersOf(surname.toLowerCase()) ?? [])].some((name) => name !== m.text.toLowerCase());
  if (!known || (surnameKind & NO_NAME_KINDS) !== 0) return false;
  if (ENDINGS.some((words) => words.has(surname.toLowerCase()))) return false;
  if (phraseKind(`${first} ${surname}`) !== 0) return false;
  // A firm's or a place's word after it makes the two words part of that name ("Warren Halsey Foundation").
  const after = text.slice(m.end, m.end + 24);
  // So does a founders' firm ("Sanford Cohen and Associates" on the Reuters bench).
  if (/^,?\s+(?:and|&)\s+(?:Company|Co\b|Sons|Associates|Partners|Brothers)/u.test(after)) return false;
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  return next === undefined || !ENDINGS.some((words) => words.has(next));
}

/** A person's age after the name: ", 19;" ", 34, said", ", 52 and" (not ", 50 pct"). */
const AGE_AFTER = /^,\s+\d{1,3}(?=[,;.)]|\s+(?:and|of|from|who|was|is|were)\b)/u;

/**
 * Whether a firm or a place mention is a person's name followed by the person's age ("Hanna Yusuf Omari, 19;" in a
 * list of the charged, read as a firm): two or three capitalized words, a known first name first, no word of a
 * firm's or a place's name, no word the gazetteer knows as anything but a name. FIT sample (session 11): one
 * person of a list of the charged.
 */
function readsAsAgedName(m: Mention, text: string): boolean {
  if (m.type !== "place" && m.type !== "organization") return false;
  if (!AGE_AFTER.test(text.slice(m.end, m.end + 12))) return false;
  const words = m.text.split(" ");
  if (words.length < 2 || words.length > 3 || !isKnownFirstName(words[0] as string)) return false;
  return words.every((word) => {
    if (!isTitleCasedParts(word)) return false;
    const key = word.toLowerCase();
    return !ENDINGS.some((list) => list.has(key)) && (wordKind(word) & NO_NAME_KINDS) === 0;
  });
}

/**
 * A place's name of two or three capitalized words, no place's or firm's word among them, that ", who" follows: a
 * person ("Jae-won Park, who owns a dry cleaning business, said": session 42 probe, a 1994 Los Angeles story, where
 * the tagger read the shop owner as a place). A place is "which"; a one-word name may be a place's ("Georgia").
 */
function readsAsRelativePerson(m: Mention, text: string): boolean {
  if (m.type !== "place" || !/^,\s+who\s/u.test(text.slice(m.end, m.end + 8))) return false;
  const words = m.text.split(" ");
  if (words.length < 2 || words.length > 3) return false;
  return words.every((word) => {
    // (A hyphenated given name of Korea's or Taiwan's: "Jae-won", "Wei-ting".)
    if (!/^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u.test(word)) return false;
    const key = word.toLowerCase();
    return !ENDINGS.some((list) => list.has(key)) || VENUE_SURNAMES.has(key);
  });
}

/** Lower-cased surname → the lower-cased names of two words or more of the document's persons that end in it. */
function personsBySurname(mentions: readonly Mention[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const surname = surnameKey(m.text);
    if (surname === null) continue;
    const names = found.get(surname);
    if (names === undefined) found.set(surname, new Set([m.text.toLowerCase()]));
    else names.add(m.text.toLowerCase());
  }
  return found;
}

/** The mentions, the places read as a first name and a surname, and the names with an age, retyped as people (in place). */
export function withPersonalNames(mentions: Mention[], text: string): Mention[] {
  // Built on the first place that reads as a name, not for every document.
  let surnames: Map<string, Set<string>> | undefined;
  const bearersOf = (surname: string) => {
    surnames ??= personsBySurname(mentions);
    return surnames.get(surname);
  };
  // Every mention of a name written once with an age or a "who": the document's one-name-one-type vote keeps it a
  // person.
  const aged = new Set(
    mentions.filter((m) => readsAsAgedName(m, text) || readsAsRelativePerson(m, text)).map((m) => m.text),
  );
  for (const m of mentions)
    if (readsAsPersonalName(m, text, bearersOf) || (aged.has(m.text) && m.type !== "person")) {
      m.type = "person";
      m.entity = m.text;
    }
  return mentions;
}
