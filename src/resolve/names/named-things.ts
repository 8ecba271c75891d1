/**
 * Person mentions that are part of another thing's name or are descriptions. Part of the per-document naming
 * (index.ts): a venue named after a person or a company ("Brisco Tower", "Scotiabank Arena"), an event named with a
 * person's name ("Games Expo Tarvenia"), an adjective or a faith with a role ("pro-Beijing", "Catholic Senator", "Roman
 * Catholic"); holidays, storms and exclamations (occasions.ts). Names cut at a particle are completed first
 * (particle-surnames.ts).
 */
import { isKnownFirstName as isFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, PLACE_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import { isStormName } from "../../extract/entities/storms.js";
import { isTeamSlangAfter } from "../../extract/entities/team-slang.js";
import { GROUP_WORDS, PARTY_MEMBERS } from "../../lexicon/group-words.js";
import { ADJECTIVE_PREFIXES, OFFICE_TIME_PREFIXES } from "../../lexicon/name-descriptors.js";
import { FOREIGN_INSTITUTION_WORDS, ORGANIZATION_PREFIXES } from "../../lexicon/organization-suffixes.js";
import {
  BUILDING_WORDS,
  endsPlaceName,
  PLACE_SUFFIXES,
  VENUE_SURNAMES,
  VENUE_WORDS,
} from "../../lexicon/place-suffixes.js";
import { PEOPLE_PLACE_PREPOSITIONS } from "../../lexicon/prepositions.js";
import { PUBLICATION_TITLE_WORDS } from "../../lexicon/publication-words.js";
import { THING_SUFFIXES } from "../../lexicon/thing-suffixes.js";
import { singleSpaced } from "../../text/spacing.js";
import { isInitials, isTitleCased } from "../../text/word-shape.js";
import type { Mention } from "../../types.js";
import { isListedWithCompanies, isListedWithPersons, isListedWithPlaces } from "./company-lists.js";
import {
  alwaysAfterThe,
  isBodyWord,
  isNamedAsPerson,
  isOrdinaryWordOnly,
  SHOP_APPOSITION_AFTER,
  SHOP_POSSESSIVE_AFTER,
} from "./name-contexts.js";
import { isExclamation, isHoliday, isHolidayRead } from "./occasions.js";
import { withGivenNamesBeforeParticles } from "./particle-given-names.js";
import { joinParticleSurnames } from "./particle-surnames.js";
import { isStreetName } from "./streets.js";
import {
  isCountedPlural,
  isPlacesJoined,
  isTeamName,
  isThingAfterTitle,
  isWebAddress,
  opensInstitution,
  thingAfterThe,
} from "./thing-readings.js";

const isLastName = (word: string): boolean => (wordKind(word) & Kind.lastName) !== 0;

/** A faith, a community or a people's adjective ("Jewish", "Latino", "Icelandic"), each part of a hyphened one. */
function isGroupWord(word: string): boolean {
  // A lone letter is an initial ("S" of "S K Kaul"), though the gazetteer lists "S" among demonyms.
  if (word.length === 1) return false;
  const key = word.toLowerCase();
  if (GROUP_WORDS.has(key)) return true;
  // No hyphen: the word is its one part, asked of the list already (no split, no second lower-casing).
  if (!word.includes("-")) return (wordKind(word) & Kind.demonym) !== 0;
  return word
    .split("-")
    .every((part) => GROUP_WORDS.has(part.toLowerCase()) || (wordKind(part) & Kind.demonym) !== 0);
}

/**
 * A one-word name written as a shop's possessive with no noun after it ("Kestrel's said", "Kestrel's, the
 * restaurant", "Sainsbury's, Britain's third-biggest supermarket"): the shop (name-contexts.ts).
 */
function isShopPossessive(text: string, m: Mention): boolean {
  if (SHOP_POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  return text.startsWith("s,", m.end + 1) && SHOP_APPOSITION_AFTER.test(text.slice(m.end, m.end + 60));
}

/**
 * A firm the tagger read as a place: a shop's possessive no list knows as a place ("Sainsbury's, Britain's
 * third-biggest supermarket": session 36 probe, BBC 2005 business), or a name of several words holding an
 * institution's word of another language ("Universidad de Chile").
 */
function isFirmReadAsPlace(text: string, m: Mention): boolean {
  if (!/\s/u.test(m.text)) return wordKind(m.text) === 0 && isShopPossessive(text, m);
  return holdsForeignInstitutionWord(m.text.split(/\s+/u));
}

/** Whether a name holds an institution's word of another language ("Universiteit", "Banco"). */
function holdsForeignInstitutionWord(words: readonly string[]): boolean {
  return words.some((word) => FOREIGN_INSTITUTION_WORDS.has(word.toLowerCase()));
}

/** Whether a name of two words or more is titles and a body's words, one title at least ("Treasury Secretary"). */
function isOfficeOnly(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2) return false;
  let titles = 0;
  for (const word of words) {
    if ((wordKind(word) & Kind.title) !== 0) titles++;
    else if (!isBodyWord(word)) return false;
  }
  return titles > 0;
}

/**
 * What a person mention really is when it is no person: "place" (a venue: its last word a venue word, its first
 * word no first name), "none" (an event's name with a person's in it, "Games Expo Tarvenia"; an adjective; a faith
 * or a people with a role), or null (a person). A name just before "Award" or "Centre" stays a person: GUM counts
 * the namesake ("César Award", "Berkman Centre"; leaving them out removed 4 right people for 1 wrong).
 * GUM dev+train, each rule alone (scripts/eval/people-diff.ts): adjectives 1 wrong person gone, no right one;
 * faiths and peoples 4 wrong gone, no right one; event words 1 wrong gone; venues 4 wrong gone and 1 right
 * ("Tamsyn Park"), and "Brisco" of "Brisco Tower" found its person; holidays and storms 3 wrong gone ("Cyclone
 * Orla", "Christmas"), no right one (on PolNeAR and CNN/DM news: 2 "Christmas Eve" gone).
 */
function nonPersonReading(
  text: string,
  m: Mention,
  people: ReadonlySet<string>,
): "place" | "organization" | "none" | null {
  const words = m.text.split(/\s+/);
  if (isHoliday(text, m) || isStormName(text, m) || isExclamation(text, m)) return "none";
  // A social-media handle ("@realDonaldTrump"), a generation alone ("Jr."), a plural acronym ("PACs", "SSRIs").
  if (text[m.start - 1] === "@" || /^(?:jr|sr)\.?$/i.test(m.text) || /^\p{Lu}{2,}s$/u.test(m.text))
    return "none";
  if (GROUP_WORDS.has(singleSpaced(m.text.toLowerCase()))) return "none";
  // "appointed Treasury Secretary in 1985", "Regan, Treasury Secretary during …": an office of two words or more,
  // titles and a body's words only, no one's name (Reuters bench: 14 documents listed "Treasury Secretary").
  if (isOfficeOnly(m.text)) return "none";
  // "Henry Holt and Company": a firm named for its founder.
  // Not sport's "Marsh and Co were beaten" (extract/entities/team-slang.ts).
  if (
    /^,?\s+(?:and|&)\s+(?:Company|Co\.?|Sons)\b/u.test(text.slice(m.end, m.end + 16)) &&
    !isTeamSlangAfter(text, m.end)
  )
    return "organization";
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  // "the Zelda Award-winning writer", "a Tessa Award-nominated film": an award's name made an adjective, run on to
  // its "-winning" (the tagger keeps the hyphened word in the span). Session 23: 1 such "person" in the 100
  // CNN/DM dev documents; invented texts at e05fa62: 2 of 2 "<Name> Award-winning/-nominated" listed as people.
  if (AWARD_ADJECTIVE.test(last)) return "none";
  // "pro-Beijing", "Anti-Brisco": an adjective.
  if (/^\p{L}+-\p{Lu}/u.test(first) && ADJECTIVE_PREFIXES.has((first.split("-")[0] as string).toLowerCase()))
    return "none";
  // "then-Chief", "then-Utah" alone: the dated title's first word (news FIT half, session 18: 2 such
  // "persons" in 505 documents).
  if (
    words.length === 1 &&
    /^\p{Ll}+-\p{Lu}/u.test(first) &&
    OFFICE_TIME_PREFIXES.has(first.split("-")[0] as string)
  )
    return "none";
  // An adjective made of a name ("Marsh-era", "Canadian-born", "Kremlin-backed").
  if (words.length === 1 && NAME_ADJECTIVE.test(first)) return "none";
  // A hashtag ("#FranceIsStrong"); a party or its members ("New Democrats"); a company ("Cie Financiere de Paribas").
  if (text[m.start - 1] === "#") return "none";
  if (isWebAddress(text, m) || isTeamName(text, m, first)) return "none";
  if (isStreetName(text, m)) return "place";
  if (words.length > 1 && PARTY_MEMBERS.has(last.toLowerCase())) return "none";
  // "a former Whitlow White House aide": a president's White House is the administration (FIT sample, seed
  // 20261263).
  if (words.length > 2 && /^White House$/iu.test(words.slice(-2).join(" "))) return "organization";
  if (ORGANIZATION_PREFIXES.has(first.toLowerCase())) return words.length > 1 ? "organization" : "none";
  if (holdsForeignInstitutionWord(words)) return "organization";
  // "Sunni Muslims": a people's words only.
  if (words.length > 1 && words.every(isGroupWord)) return "none";
  // "Los Angeles-San Francisco", "Toronto-Montreal": places joined by a hyphen (a route, a campus), no person.
  // One word too: session 12 FIT sample, 1 state and its campus city of 275 people.
  if (m.text.includes("-") && isPlacesJoined(m.text)) return "none";
  // "General Assembly": a title that opens names of things, before an ordinary word, is that thing's name.
  if (words.length === 1 && isThingAfterTitle(m, first)) return "none";
  // A firm's thing after "its" ("its Alexa voice assistant", "its Kestrel app"): a person after "its" has a noun
  // of the role before the name ("its founder Dana Whitlow"). Session 36 probe (AP 2019): "Alexa" a person.
  // A place's name there is the thing's place ("its Denver refinery": Reuters).
  if (m.title === undefined && /(?:^|[^\p{L}])[Ii]ts $/u.test(text.slice(Math.max(0, m.start - 5), m.start)))
    return (wordKind(m.text) & PLACE_KINDS) !== 0 ? "place" : "none";
  if (words.length === 1) {
    if (isGroupWord(first) && !isFirstName(first)) return "none";
    if (isCountedPlural(text, m, first, people)) return "none";
    if (m.title === undefined && isShopPossessive(text, m)) return "organization";
    // "Quarrington Mansion" in a story that names Henry Quarrington: the namesake is the person.
    return people.has(first.toLowerCase()) ? null : opensInstitution(text, m);
  }
  if (words.slice(1).some((w) => THING_SUFFIXES.has(w.toLowerCase()))) return "none";
  // A bill named for its subject ("the Prevention of Terrorism Bill" cut to "Terrorism Bill"): "Bill" is no thing's
  // suffix above, a first name too, but no surname follows words of the dictionary (BBC 2005 probe, a person).
  if (last === "Bill" && words.slice(0, -1).every(isOrdinaryWordOnly)) return "none";
  // "a Tavrin Varenna", "an Acme Roadster": a make and a model after an article, no first name and no place (a
  // person after "a" opens with one: "a Dana Whitlow rally"; "a Palm Beach, Fla., firm" on the Reuters bench).
  if (
    m.title === undefined &&
    /(?:^|\s)an? $/.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
    !isFirstName(first) &&
    (wordKind(m.text) & PLACE_KINDS) === 0 &&
    !/^,\s*\p{Lu}/u.test(text.slice(m.end, m.end + 4)) &&
    !isInitials(first)
  )
    return "none";
  // After "the", a name ending in a newspaper's word is the newspaper's, even with a first name in it ("detailed
  // in the Shelby Observer"); one ending in a word of the dictionary, no first name before it, is a thing named
  // for a person ("the Whitlow Shuttle"). Session 12 FIT samples: 1 newspaper of 275 people, 1 airline of 337.
  // "an interview with Whitlow News": no person's name ends in "News" (a second FIT draw: 1 of 337 people).
  if (last === "News") return "organization";
  if (isTitleCased(last) && /(?:^|\s)the $/iu.test(text.slice(Math.max(0, m.start - 4), m.start))) {
    const key = last.toLowerCase();
    if (PUBLICATION_TITLE_WORDS.has(key)) return "organization";
    if (!isFirstName(first) && gazetteer().ordinaryWords.has(key) && !isLastName(last) && !isFirstName(last))
      return thingAfterThe(m.text, key);
    // "the Ashford Hawks", "the Kestrel Rovers": a plural of the dictionary after "the" names a team (or a firm,
    // a treaty: "Warner Brothers", "Geneva Conventions" on the Reuters bench); a name opened by a first name only
    // when the document never writes it without "the" (GUM train: a singer's full name, once after "the"). Teams:
    // a kind issue #11 names; invented rows in tests/people-spellings-places.test.ts.
    if (
      (!isFirstName(first) || alwaysAfterThe(text, m.text)) &&
      /\p{Ll}s$/u.test(last) &&
      isOrdinaryWordOnly(last.slice(0, -1)) &&
      !isLastName(last) &&
      !isFirstName(last)
    )
      return "organization";
  }
  // "Whitlow Mortgage" in a story on Dana Whitlow: another person's surname and a word of the dictionary that is
  // no name is a firm named for that person. Session 14 FIT sample: 1 firm of 301 people.
  if (
    words.length === 2 &&
    people.has(first.toLowerCase()) &&
    !isFirstName(first) &&
    isOrdinaryWordOnly(last)
  )
    return "organization";
  if (isTownAfterPreposition(text, m, words)) return "place";
  // A venue's word last and a place's word inside ("Madison Square Garden", "Hyde Park Gardens"): no person's
  // name holds a place's word before its surname, whatever its first word (session 36 probe, AP 2019: "Madison
  // Square Garden" was a person).
  if (words.length > 2 && VENUE_WORDS.has(last.toLowerCase()) && words.slice(1, -1).some(endsPlaceName))
    return "place";
  // After "the", a full name and a building's word ("at the Betsy Ross House", "the Anne Frank House", "the Ida B.
  // Wells Homes"): a building named for the person; no one calls a person "the" with a first name (session 42 probe,
  // the Bicentennial in Philadelphia, 1976).
  if (
    words.length > 2 &&
    m.title === undefined &&
    (BUILDING_WORDS.has(last.toLowerCase()) || PLACE_SUFFIXES.has(last.toLowerCase())) &&
    /(?:^|\s)the $/iu.test(text.slice(Math.max(0, m.start - 4), m.start))
  )
    return "place";
  // An initial starts a person's name ("F. Wilhelm Christians", "R. Martin Hall", "B.B. Lane" on the Reuters bench).
  if (isInitials(first) || isFirstName(first)) return null;
  if (isGroupWord(first) || (words.length === 2 && isGroupWord(last) && !isLastName(last))) return "none";
  if (VENUE_WORDS.has(last.toLowerCase()) && !isNamedAsPerson(text, m, first, last)) return "place";
  return null;
}

/**
 * "the ceremony in Beverly Hills", "a school in Shaker Heights": two words ending in a word of places that no
 * surname is (PLACE_SUFFIXES, VENUE_WORDS, but not VENUE_SURNAMES), right after a preposition of where people are, no possessive
 * after, the last word nowhere else in the document but after that first word, is a town the gazetteer (cities of 50,000 people and more)
 * lacks, even after a first name. Session 33 probe (a Golden Globes report): "Beverly Hills" was a person.
 */
function isTownAfterPreposition(text: string, m: Mention, words: readonly string[]): boolean {
  if (words.length !== 2 || m.title !== undefined) return false;
  const last = (words[1] as string).toLowerCase();
  if (
    !(PLACE_SUFFIXES.has(last) || VENUE_WORDS.has(last)) ||
    VENUE_SURNAMES.has(last) ||
    /^['’]/u.test(text.slice(m.end, m.end + 1))
  )
    return false;
  const before = /(\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 16), m.start));
  if (before === null || !PEOPLE_PLACE_PREPOSITIONS.has(before[1] as string)) return false;
  // The surname alone or after another first name ("Hills said", "Carla Hills") names a person of it.
  const name = new RegExp(`(?:(\\p{L}+)\\s+)?${words[1]}\\b`, "gu");
  for (const match of text.matchAll(name)) if (match[1] !== words[0]) return false;
  return true;
}

/** An award made an adjective: the last word of "Zelda Award-winning", "Zelda Prize-nominated". */
const AWARD_ADJECTIVE = /-(?:winning|nominated)$/u;

/** A name made an adjective ("Marsh-era", "Canadian-born", "Icahn-led"): resolve/names/glued-names.ts cuts a longer one. */
export const NAME_ADJECTIVE =
  /-(?:era|born|based|led|backed|style|made|owned|linked|funded|controlled|bred)$/i;

/** "Ohioan Dana Whitlow", "Catholic Senator Roe Harlow" less its first word: the name after is a person's. */
function dropLeadingGroupWord(m: Mention): void {
  const match = /^(\S+)\s+/u.exec(m.text);
  if (match === null || !isGroupWord(match[1] as string) || isFirstName(match[1] as string)) return;
  const rest = m.text.slice(match[0].length).split(/\s+/);
  if (rest.length < 2 || !isFirstName(rest[0] as string)) return;
  m.start += match[0].length;
  m.text = m.text.slice(match[0].length);
  m.entity = m.text;
}

/**
 * The surnames (lower case) the document gives people: the last word of a person's full name that opens with a
 * known first name, or of a titled name. (The tagger's one-word readings are no evidence: it reads "Chrysler" a
 * person in one sentence and before "Corp" in the next: 60 Reuters records.) A one-word name before such
 * a word ("X Foundation", "X Space Center") is that person when the document names the person too: session 6
 * dropped them all, 7 right people on GUM train for 2 wrong.
 */
function namedPeople(mentions: readonly Mention[]): Set<string> {
  const people = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const words = m.text.split(/\s+/);
    const last = words[words.length - 1] as string;
    if ((words.length > 1 && isFirstName(words[0] as string)) || m.title !== undefined)
      people.add(last.toLowerCase());
  }
  return people;
}

/** The document's mentions with person names completed and the persons that are other things retyped or left out. */
export function withoutNamedThings(text: string, mentions: Mention[]): Mention[] {
  const joined = joinParticleSurnames(text, withGivenNamesBeforeParticles(text, mentions));
  const people = namedPeople(joined);
  return joined.filter((m, i) => {
    if (m.type !== "person") {
      if (m.type === "place" && isFirmReadAsPlace(text, m)) {
        m.type = "organization";
        m.entity = m.text;
      } else if (isListedWithPersons(text, joined, i)) {
        m.type = "person";
        m.entity = m.text;
        return true;
      }
      return !isHolidayRead(text, m);
    }
    dropLeadingGroupWord(m);
    const reading = isListedWithCompanies(text, joined, i)
      ? "organization"
      : isListedWithPlaces(text, joined, i)
        ? "place"
        : nonPersonReading(text, m, people);
    if (reading === "place" || reading === "organization") {
      m.type = reading;
      m.entity = m.text;
    }
    return reading !== "none";
  });
}
