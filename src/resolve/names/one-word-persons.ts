/**
 * One-word "persons" settled by what the rest of the document calls them: a party role, a faith, a word, a
 * known organization or place, the first word of the document's one organization, a brand. Part of the
 * per-document naming (index.ts); apart from not-people.ts, whose other passes drop words and works.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { type Gazetteer, gazetteer, Kind, PLACE_KINDS } from "../../extract/entities/gazetteer.js";
import { readPlace } from "../../extract/entities/places.js";
import { GROUP_WORDS } from "../../lexicon/group-words.js";
import { PARTY_DESCRIPTORS, ROLE_DESCRIPTORS } from "../../lexicon/name-descriptors.js";
import { PRODUCT_NOUNS } from "../../lexicon/organization-suffixes.js";
import { CITY_PREPOSITIONS } from "../../lexicon/prepositions.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { LONE_TITLES } from "../../lexicon/title-kinds.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";
import { LOWER_START } from "./not-people.js";

const NONE_CITED: ReadonlySet<number> = new Set();

/**
 * A one-word "person" that stays one word once named (no full name took it in) and never has a title is no
 * person when it is a party role alone ("Del."), a faith or community ("Muslim", "Latino"), an ordinary English word ("Beauty", "Tasks": Hunspell lists it only in lower case) or a
 * known organization or a party ("Facebook", "GOP"), the first word of the document's one organization that starts with it
 * ("Zentrix" after "Zentrix Labs"), or a name written before a product noun ("the Flickwave app"): these become
 * organizations. A name the document reads as an organization or a place elsewhere takes that reading. On GUM dev and GUM train's genres the model never saw,
 * the ordinary words were 14 wrong people to 8 right ones (the right ones being "Mom", "Professor", "Abbot").
 */
export function settleOneWordPersons(
  mentions: Mention[],
  tokens: readonly Token[],
  /** The starts of the mentions that are cited authors (citations.ts): persons whatever their word. */
  cited: ReadonlySet<number> = NONE_CITED,
): Mention[] {
  const gaz = gazetteer();
  const titled = new Set(
    mentions.filter((m) => m.type === "person" && m.title !== undefined).map((m) => m.entity),
  );
  const organizations = organizationsByFirstWord(mentions);
  const otherReadings = nonPersonReadings(mentions);
  const places = besidePlaces(mentions, tokens);
  // Token scans, made only for a document with a one-word person that reaches them.
  let speakers: Set<string> | null = null;
  let brands: Set<string> | null = null;
  const isSpeaker = (key: string): boolean => {
    speakers ??= speakerWords(tokens);
    return speakers.has(key);
  };
  const isBrand = (key: string): boolean => {
    brands ??= brandNames(tokens);
    return brands.has(key);
  };
  return mentions.filter((m) => {
    // A line-up's player (extraction's mark, Mention.role) stays a person whatever its word; the mark, read, goes.
    if (m.role !== undefined) {
      // Undefined, not deleted: a deleted key turns the object into a dictionary, another hidden class.
      m.role = undefined;
      return true;
    }
    if (m.type !== "person" || /\s/.test(m.entity) || titled.has(m.entity) || cited.has(m.start)) return true;
    const key = m.entity.toLowerCase();
    if (ROLE_DESCRIPTORS.has(key) || GROUP_WORDS.has(key)) return false;
    // A title alone names nobody: "Mr" of "Mr Justice Calvert-Smith", "Sen." of "(Texas Sen.) Ted Cruz", which the
    // tagger cut from the name (lexicon LONE_TITLES).
    if (LONE_TITLES.has(key.replace(/\.$/u, ""))) return false;
    // The people of a place the gazetteer knows ("Alabamians", "Kenyans", "an Alabamian"): a group (session 32, a
    // PolNeAR train story listed "Alabamians" as a person).
    if (isPlacesPeople(key, gaz) && !isKnownFirstName(m.entity)) return false;
    // A health plan named for its president ("repeal Obamacare", "Trumpcare", "Romneycare": a PolNeAR dev story
    // listed it as a person): a name glued to "care" is no person's.
    if (key.length > 6 && key.endsWith("care")) return false;
    const organization = organizations.get(key);
    if (organization !== undefined || isBrand(key)) {
      m.type = "organization";
      m.entity = organization ?? m.entity;
      return true;
    }
    const reading = otherReadings.get(key);
    if (reading !== undefined && !isSpeaker(key)) {
      m.type = reading.type;
      m.entity = reading.entity;
      return true;
    }
    const kind = gaz.phrases.get(key) ?? 0;
    if ((kind & (Kind.firstName | Kind.lastName)) !== 0) return true;
    // A country, a state or a region the gazetteer knows, or a city it knows in a modifier's place ("the leafy
    // Fresno suburbs"), that no list knows as a name and that speaks nowhere: the place. A city alone may be a
    // surname the lists lack (a scientist's, alone, on GUM train). Session 14 FIT sample: 1 city of 301 people.
    // So too a city right after a preposition of place or motion ("came to X"): session 15 FIT, 1 of 12 wrong.
    if (
      (kind & PLACE_KINDS) !== 0 &&
      ((kind & REGION_KINDS) !== 0 ||
        isModifierPlace(m, tokens) ||
        places.has(m.start) ||
        CITY_PREPOSITIONS.has(tokens[tokenAt(tokens, m.start) - 1]?.text ?? "")) &&
      !isKnownFirstName(m.entity, "alone") &&
      !isSpeaker(key)
    ) {
      // Named as extraction names a place ("US" is the United States, a country).
      const at = tokenAt(tokens, m.start);
      const place = readPlace(tokens, at, at + 1, m.text, gaz);
      if (place.type === "country" || place.type === "place") {
        m.type = place.type;
        m.entity = place.entity;
        return true;
      }
    }
    // A firm the lexicon knows written with a hyphen inside ("Wal-Mart" for "Walmart": session 32, an invented BBC
    // business story listed it as a person); a person's hyphened name is no firm's unhyphened one.
    const joined = key.includes("-") ? (gaz.phrases.get(key.replaceAll("-", "")) ?? 0) : 0;
    if (((kind | joined) & Kind.organization) !== 0 || PARTY_DESCRIPTORS.has(key)) {
      m.type = "organization";
      return true;
    }
    return !gaz.ordinaryWords.has(key);
  });
}

/** A place's name ending in "a" made its people's ("alabama" → "alabamian(s)", "kenya" → "kenyan(s)"). */
const PEOPLE_OF_PLACE = /^(\p{Ll}{3,}?)(?:ians?|ans?)$/u;

/** Whether a lower-case word is the people of a place the gazetteer knows, by the place's name ending in "a". */
function isPlacesPeople(key: string, gaz: Gazetteer): boolean {
  const match = PEOPLE_OF_PLACE.exec(key);
  if (match === null) return false;
  const stem = match[1] as string;
  for (const place of [`${stem}a`, `${stem}ia`]) {
    const kind = gaz.phrases.get(place) ?? 0;
    if ((kind & PLACE_KINDS) !== 0 && (kind & (Kind.firstName | Kind.lastName)) === 0) return true;
  }
  return false;
}

/**
 * The starts of the one-word persons listed with a place: right after or before a place mention with a comma,
 * "and" or "or" between ("depots in Leeds and X", "X, Boston and Leeds"; Reuters bench: cities in lists).
 */
function besidePlaces(mentions: readonly Mention[], tokens: readonly Token[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "person" || /\s/.test(m.text)) continue;
    const before = mentions[i - 1];
    const after = mentions[i + 1];
    if (
      (before?.type === "place" && isListSeparator(tokens, before.end, m.start)) ||
      (after?.type === "place" && isListSeparator(tokens, m.end, after.start))
    )
      found.add(m.start);
  }
  return found;
}

/** The tokens between two offsets are a list's separator: ",", "and", "or", ", and". */
function isListSeparator(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 6) return false;
  const between: string[] = [];
  for (let i = tokenAt(tokens, from); i < tokens.length && (tokens[i] as Token).start < to; i++)
    if ((tokens[i] as Token).start >= from) between.push((tokens[i] as Token).text);
  const joined = between.join(" ");
  return joined === "," || joined === "and" || joined === "or" || joined === ", and";
}

/** Places larger than a city: never a person's lone name. */
const REGION_KINDS = Kind.country | Kind.state | Kind.region;

/** A name after an article (and up to two lower-case words) and before a lower-case word: "the leafy X suburbs". */
function isModifierPlace(m: Mention, tokens: readonly Token[]): boolean {
  const at = tokenAt(tokens, m.start);
  const next = tokens[at + 1]?.text ?? "";
  if (!LOWER_START.test(next)) return false;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const word = (tokens[i] as Token).text;
    if (word === "the" || word === "The" || word === "a" || word === "an") return true;
    if (!LOWER_START.test(word)) return false;
  }
  return false;
}

/**
 * Lower-cased capitalized words the document writes as a speaker ("Redstone said", "said Pesch"): a person,
 * whatever else the tagger read them as elsewhere. On the Reuters bench, without it, 12 speakers of explicit
 * attributions lost their person to an organization reading.
 */
function speakerWords(tokens: readonly Token[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as Token).text;
    if (!isCapitalized(word)) continue;
    const next = tokens[i + 1]?.text ?? "";
    const before = tokens[i - 1]?.text ?? "";
    if (REPORTING_VERBS.has(next) || REPORTING_VERBS.has(before)) found.add(word.toLowerCase());
  }
  return found;
}

/**
 * Lower-cased one-word names the document also reads as an organization or a place, with that reading (the last
 * one). A lone "Kilmarnock", "Instagram" or "Charlotte" read once as a person is that: on the news of CNN/DailyMail
 * and PolNeAR dev, 8 wrong people went and no right one; on GUM dev+train, 3 wrong ones and "Santa" of "Santa
 * Claus" (which then joined its full name).
 */
function nonPersonReadings(
  mentions: readonly Mention[],
): Map<string, { type: Mention["type"]; entity: string }> {
  const found = new Map<string, { type: Mention["type"]; entity: string }>();
  for (const m of mentions)
    if (m.type !== "person" && m.type !== "demonym" && !/\s/.test(m.text))
      found.set(m.text.toLowerCase(), { type: m.type, entity: m.entity });
  return found;
}

/** Lower-cased first word → the document's one organization name of two words or more it starts ("Zentrix Labs"). */
function organizationsByFirstWord(mentions: readonly Mention[]): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== "organization" || !/\s/.test(m.text)) continue;
    // The text up to its first space, no array of its words (this split was 2.5% of resolve/names' allocation).
    const first = m.text.slice(0, m.text.search(/\s/)).toLowerCase();
    const known = found.get(first);
    found.set(first, known === undefined || known === m.text ? m.text : null);
  }
  // The shared first words deleted in place (the order of the rest kept): a filtered copy made through an array of
  // entries was 70% of this function's samples (0.36% of a Reuters `--jobs 1` profile).
  for (const [first, name] of found) if (name === null) found.delete(first);
  return found as Map<string, string>;
}

/**
 * Lower-cased capitalized words the document writes before a product or company noun ("the Flickwave app",
 * "Tesla shareholders"), wherever the tagger read them.
 */
function brandNames(tokens: readonly Token[]): Set<string> {
  const brands = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (PRODUCT_NOUNS.has((tokens[i + 1] as Token).text) && isCapitalized(word.text)) brands.add(word.lower);
  }
  return brands;
}
