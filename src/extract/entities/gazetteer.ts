/**
 * The gazetteers the extractor consults, loaded once per process on first use: countries and their
 * demonyms from the world-countries package (plus the small lexicons of forms it lacks), cities and
 * person names, all distilled into models/ner-gazetteer.json (see scripts/gazetteer-build.ts), titles and US states.
 * Multi-word names are indexed as lower-cased token sequences so they can be matched against tokens.
 */
import { readFileSync } from "node:fs";
import { COUNTRY_ALIASES } from "../../lexicon/country-aliases.js";
import { DEMONYM_EXTRAS } from "../../lexicon/demonym-extras.js";
import { PERSON_TITLES } from "../../lexicon/person-titles.js";
import { REGION_COUNTRIES } from "../../lexicon/regions.js";
import { US_STATES } from "../../lexicon/us-states.js";
import { MAX_TOKEN_CHARS } from "../../text/limits.js";
import { tokenize } from "../../text/tokenize.js";
import { modelPath } from "./model-path.js";
import { sortedWords, type WordList } from "./sorted-words.js";

/** What a phrase of the gazetteer is; a phrase may be several things ("Georgia": country and state). */
export const Kind = {
  country: 1,
  city: 2,
  bigCity: 4,
  demonym: 8,
  firstName: 16,
  lastName: 32,
  title: 64,
  state: 128,
  /** compromise's organizations and sports teams ("23andMe", "Aston Villa") and its company words ("Inc"). */
  organization: 256,
  /** compromise's regions (states, provinces) of countries other than the US. */
  region: 512,
} as const;
/** Bits Kind takes: the tagger's flags keep a match's start bits and its inside bits apart. */
export const KIND_BITS = 10;

/** models/ner-gazetteer.json, written by scripts/gazetteer-build.ts. */
export interface GazetteerFile {
  /**
   * city name → [country common name, population, lower-cased token key, or "" when that is just the lower-cased
   * name] (the most populous city of that name).
   */
  cities: Record<string, [string, number, string]>;
  firstNames: string[];
  lastNames: string[];
  /** compromise's female and male first names (a name may be both; FirstName-only names are in neither). */
  femaleNames: string[];
  maleNames: string[];
  /** compromise's organizations, sports teams and company words. */
  organizations: string[];
  /** compromise's regions. */
  regions: string[];
  /** Ordinary English words (compromise's lexicon less its names and places): "Reading", "Nice" at a sentence start. */
  commonWords: string[];
  /**
   * Hunspell en_US's ordinary words ("crooked", "candidate"; not "frank"), sorted and joined by spaces: see
   * scripts/dictionary-words.ts and sorted-words.ts.
   */
  dictionaryWords: string;
  /**
   * world-countries' names and English demonyms, in its order (the package is 1.4 MB of JSON, flags and
   * translations included: 15 ms to parse in every thread that loads the gazetteer).
   */
  countries: CountryNames[];
}

/** What the gazetteer reads of a world-countries entry. */
export interface CountryNames {
  common: string;
  official: string;
  altSpellings: string[];
  unMember: boolean;
  demonyms?: { m: string; f: string };
}

export interface City {
  name: string;
  country: string;
  population: number;
}

export interface Gazetteer {
  /** Lower-cased phrase (token texts joined by one space) → Kind bits. */
  phrases: Map<string, number>;
  /** Lower-cased first token → the most tokens a phrase starting with it has. */
  longest: Map<string, number>;
  /** Lower-cased phrase → canonical country name. */
  countries: Map<string, string>;
  /** Lower-cased demonym (singular and plural) → canonical country name. */
  demonyms: Map<string, string>;
  /** Lower-cased city → its name, country and population (the most populous city of that name). */
  cities: Map<string, City>;
  /** Lower-cased US state names. */
  usStates: Set<string>;
  /** Lower-cased region (state, province, nation) → its name and country. */
  regions: Map<string, { name: string; country: string }>;
  /** Ordinary lower-case English words. */
  commonWords: Set<string>;
  /** The dictionary's ordinary words: what a name's edge may not be ("Crooked Hillary", "Lindsey Graham Says"). */
  ordinaryWords: WordList;
}

/** A phrase's lower-cased token key, the way it is matched against a text's tokens. */
export function phraseKey(phrase: string): string {
  // Words of letters separated by single spaces tokenize to themselves: skip the tokenizer (load time: 213
  // of the countries' names and demonyms have letters beyond A-Z, and tokenizing them took 11 ms cold).
  if (phrase.length <= MAX_TOKEN_CHARS && PLAIN.test(phrase)) return phrase.toLowerCase();
  return tokenize(phrase)
    .map((token) => token.text.toLowerCase())
    .join(" ");
}

const PLAIN = /^\p{L}+(?: \p{L}+)*$/u;
const LATIN = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;
/** Country codes ("AZ", "IN") are ordinary words too often; the aliases lexicon lists the ones news use. */
const CODE = /^[A-Z]{2,3}$/;

function pluralOf(demonym: string): string | null {
  return /(?:s|sh|ch|ese|x)$/.test(demonym) ? null : `${demonym}s`;
}

let loaded: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (loaded === null) loaded = load();
  return loaded;
}

/** The kinds (Kind bits) the gazetteer knows a single word as, whatever its case; 0 for none. */
export function wordKind(word: string): number {
  return gazetteer().phrases.get(word.toLowerCase()) ?? 0;
}

function load(): Gazetteer {
  const file = JSON.parse(readFileSync(modelPath("ner-gazetteer.json"), "utf8")) as GazetteerFile;
  const phrases = new Map<string, number>();
  const longest = new Map<string, number>();
  const mark = (phrase: string, kind: number, known?: string): string => {
    const key = known ?? phraseKey(phrase);
    if (key === "") return key;
    phrases.set(key, (phrases.get(key) ?? 0) | kind);
    const space = key.indexOf(" ");
    if (space < 0) {
      if (!longest.has(key)) longest.set(key, 1);
      return key;
    }
    const first = key.slice(0, space);
    let length = 2;
    for (let at = key.indexOf(" ", space + 1); at >= 0; at = key.indexOf(" ", at + 1)) length++;
    if ((longest.get(first) ?? 0) < length) longest.set(first, length);
    return key;
  };

  const countryNames = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const addDemonymForm = (form: string, country: string): void => {
    const key = mark(form, Kind.demonym);
    if (!demonyms.has(key)) demonyms.set(key, country);
  };
  const addDemonym = (word: string, country: string): void => {
    addDemonymForm(word, country);
    const plural = pluralOf(word);
    if (plural !== null) addDemonymForm(plural, country);
  };
  const addCountryForm = (form: string, name: string): void => {
    if (!LATIN.test(form) || CODE.test(form)) return;
    const key = mark(form, Kind.country);
    if (!countryNames.has(key)) countryNames.set(key, name);
  };
  // Independent UN members first, so that a shared demonym ("Congolese") or name goes to the sovereign state.
  const ordered = [...file.countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const country of ordered) {
    const name = country.common;
    // Indexed loops, no spread: this runs once, before anything is optimized (see the cities below).
    addCountryForm(name, name);
    addCountryForm(country.official, name);
    for (let i = 0; i < country.altSpellings.length; i++)
      addCountryForm(country.altSpellings[i] as string, name);
    const demonym = country.demonyms;
    if (demonym !== undefined) {
      addDemonym(demonym.m, name);
      addDemonym(demonym.f, name);
    }
  }
  for (const [alias, name] of Object.entries(COUNTRY_ALIASES))
    countryNames.set(mark(alias, Kind.country), name);
  for (const [word, name] of Object.entries(DEMONYM_EXTRAS)) {
    demonyms.delete(phraseKey(word));
    addDemonym(word, name);
  }

  const cities = new Map<string, City>();
  // Indexed, not destructured: array destructuring runs the iterator protocol, and this loop of 10,449 cities
  // runs once, before any of it is optimized (measured: cities 24-38 ms of CPU at every process start).
  const cityEntries = Object.entries(file.cities);
  for (let i = 0; i < cityEntries.length; i++) {
    const entry = cityEntries[i] as [string, [string, number, string]];
    const name = entry[0];
    const value = entry[1];
    const country = value[0];
    const population = value[1];
    const key = mark(
      name,
      population >= 1_000_000 ? Kind.city | Kind.bigCity : Kind.city,
      value[2] || name.toLowerCase(),
    );
    const known = cities.get(key);
    if (known === undefined || known.population < population) cities.set(key, { name, country, population });
  }
  const usStates = new Set<string>();
  for (const state of US_STATES) usStates.add(mark(state, Kind.state));
  for (const name of file.firstNames) mark(name, Kind.firstName);
  for (const name of file.lastNames) mark(name, Kind.lastName);
  for (const title of PERSON_TITLES) mark(title, Kind.title);
  for (const name of file.organizations) mark(name, Kind.organization);
  for (const name of file.regions) mark(name, Kind.region);
  const regions = new Map<string, { name: string; country: string }>();
  for (const state of US_STATES) regions.set(phraseKey(state), { name: state, country: "United States" });
  for (const [name, country] of Object.entries(REGION_COUNTRIES))
    regions.set(mark(name, Kind.state), { name, country });
  const commonWords = new Set(file.commonWords);
  const ordinaryWords = sortedWords(file.dictionaryWords);
  return {
    phrases,
    longest,
    countries: countryNames,
    demonyms,
    cities,
    usStates,
    regions,
    commonWords,
    ordinaryWords,
  };
}
