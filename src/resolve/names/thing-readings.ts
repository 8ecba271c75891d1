/**
 * The readings of a person mention as another thing's name that named-things.ts asks, one question each: a web
 * site's name, a campaign's "Team X", what "the <name> <word of the dictionary>" names, places joined by a hyphen,
 * a one-word name after a title that opens things' names, a counted plural, the first word of an institution's name
 * the tagger cut off. Moved out of named-things.ts (305 lines) so that each file fits one sitting; each rule's
 * measurement stays with it.
 */
import { gazetteer, Kind, PLACE_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { PLACE_SUFFIXES, VENUE_WORDS } from "../../lexicon/place-suffixes.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { DOCUMENT_SUFFIXES } from "../../lexicon/thing-suffixes.js";
import { AMBIGUOUS_TITLES } from "../../lexicon/title-kinds.js";
import { singleSpaced } from "../../text/spacing.js";
import type { Mention } from "../../types.js";

/** A web site's name: before ".com" and the like, or after "www." ("Whitlowfacts.com", "www.Whitlow.org"). */
export function isWebAddress(text: string, m: Mention): boolean {
  return (
    WEB_DOMAIN.test(text.slice(m.end, m.end + 8)) ||
    /www\.$/i.test(text.slice(Math.max(0, m.start - 4), m.start))
  );
}
const WEB_DOMAIN = /^\.(?:com|org|net|gov|edu|info|io|co|ca|uk|au|tv|news)(?![\p{L}])/iu;

/** A fan page's or a campaign's "Team X" ("Are you on Team Whitlow?"): a slogan, no person. */
export function isTeamName(text: string, m: Mention, first: string): boolean {
  return (
    (first === "Team" && /\s/.test(m.text)) ||
    /(?:^|[\s"“#])Team $/u.test(text.slice(Math.max(0, m.start - 6), m.start))
  );
}

/**
 * What "the <name> <word of the dictionary>" names: a place where the gazetteer knows it or its last word ends
 * places' names ("the Persian Gulf", read once as a person: Reuters bench), an organization where that word ends
 * organizations' names, else a thing (an airline's, a plane's, a pact's name) of none of the mission's types.
 */
export function thingAfterThe(name: string, last: string): "place" | "organization" | "none" {
  if ((wordKind(name) & PLACE_KINDS) !== 0 || PLACE_SUFFIXES.has(last) || VENUE_WORDS.has(last))
    return "place";
  return ORGANIZATION_SUFFIXES.has(last) || (wordKind(name) & Kind.organization) !== 0
    ? "organization"
    : "none";
}

/** Each side of the hyphen a place the gazetteer knows ("Los Angeles-San Francisco", "Toronto-Montreal"). */
export function isPlacesJoined(name: string): boolean {
  const parts = singleSpaced(name).split("-");
  return parts.length === 2 && parts.every((part) => (wordKind(part) & PLACE_KINDS) !== 0);
}

/** A one-word "name" after a title that also opens names of things, an ordinary word ("General Assembly"). */
export function isThingAfterTitle(m: Mention, word: string): boolean {
  const title = m.title?.toLowerCase();
  if (title === undefined || !AMBIGUOUS_TITLES.has(title)) return false;
  const key = word.toLowerCase();
  return gazetteer().ordinaryWords.has(key) && (wordKind(word) & (Kind.firstName | Kind.lastName)) === 0;
}

/**
 * A small number right before a word ("two", "3"); not a count of shares or units ("2,400,000 Acmes common
 * shares", "15,000 Roadsters built": Reuters bench, 3 records).
 */
const COUNT_BEFORE = /(?:^|[^\p{L}\p{N},.])(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+$/iu;

/**
 * "gave the pie two Gorbles", "won three Quazzies": a counted plural names things, no person. A family's plural
 * ("the two Whitlows") stays when the document names a person Whitlow, and so does a surname that ends in "s".
 * FIT sample (seed 20261263): 1 wrong person.
 */
export function isCountedPlural(
  text: string,
  m: Mention,
  word: string,
  people: ReadonlySet<string>,
): boolean {
  // "Class B" is no plural.
  if (m.title !== undefined || !/\p{Ll}(?<!s)s$/u.test(word)) return false;
  if (!COUNT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  // "three Acmes shares", "four Acmes convertibles": a firm's name before the counted noun.
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 24))?.[1];
  if (next !== undefined && !STOPWORDS.has(next)) return false;
  // The surname itself: a score run into a golfer's surname ending in "s" in a caption without its full stop, the
  // golfer named in full elsewhere (CHECK sample, seed 20261661: 1 mention lost).
  const key = word.toLowerCase();
  return !people.has(key) && !people.has(key.slice(0, -1));
}

/** Up to three capitalized words right after a name, one space apart ("High School District"). */
const CAPITALS_AFTER = /^ (\p{Lu}[\p{L}'’]*(?: \p{Lu}[\p{L}'’]*){0,2})(?=-|[^\p{L}'’]|$)/u;

/**
 * An untitled one-word name that opens an institution's or a building's name the tagger cut off ("Davis" of
 * "Harlan High School", "Pratt" of "Pratt Institute"): the capitalized words after it hold a word that ends
 * such names (lexicon/organization-suffixes.ts). Before a company's word it names the company ("Chrysler Corp":
 * "Chrysler"); before a building's, nothing of the mission's types.
 */
export function opensInstitution(text: string, m: Mention): "organization" | "none" | null {
  if (m.title !== undefined) return null;
  const after = CAPITALS_AFTER.exec(text.slice(m.end, m.end + 60))?.[1];
  if (after === undefined) return null;
  // Pushed, not mapped: an optimized map's array is HOLEY, the builtin's packed ("wrong map" deopt at some); and
  // Array.from with a mapping function walks the iterator protocol (~9 times a loop's time).
  const words: string[] = [];
  for (const word of after.split(" ")) words.push(word.toLowerCase());
  if (words.some((key) => ORGANIZATION_SUFFIXES.has(key))) return "organization";
  return words.some((key) => PLACE_SUFFIXES.has(key) || DOCUMENT_SUFFIXES.has(key)) ? "none" : null;
}
