/**
 * What the gazetteer is (its kinds of phrases, its maps) and how a phrase is keyed: no loading here (gazetteer.ts
 * loads it, from its pack or from its sources: gazetteer-pack.ts, gazetteer-sources.ts).
 */
import { MAX_TOKEN_CHARS } from "../../text/limits.js";
import { tokenize } from "../../text/tokenize.js";
import type { Lookup } from "./key-index.js";
import type { WordList } from "./sorted-words.js";

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
/** Kinds of a word that names a place (a country, a city, a US state, another country's region). */
export const PLACE_KINDS = Kind.country | Kind.city | Kind.bigCity | Kind.state | Kind.region;
/** Kinds of a word that names a place, an organization or a people: no person's name. */
export const NOT_PERSON_KINDS = PLACE_KINDS | Kind.organization | Kind.demonym;
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
  /** The world's first-level regions' countries, name → country (scripts/gazetteer-build.ts worldRegions). */
  regionCountries: Record<string, string>;
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

/** The gazetteer as its sources make it (gazetteer-sources.ts), its maps whole: what the packer reads. */
export interface SourceGazetteer extends Gazetteer {
  phrases: Map<string, number>;
  longest: Map<string, number>;
  openers: Set<string>;
  cities: Map<string, City>;
}

export interface Gazetteer {
  /** Lower-cased phrase (token texts joined by one space) → Kind bits. */
  phrases: Lookup<number>;
  /** Lower-cased first token → the most tokens a phrase starting with it has. */
  longest: Lookup<number>;
  /**
   * Every key of two words or more that opens a multi-word phrase ("new york" of "new york city"): a key that opens
   * none ends the search for longer phrases there (document-view.ts markGazetteer).
   */
  openers: { has(key: string): boolean };
  /** Lower-cased phrase → canonical country name. */
  countries: Map<string, string>;
  /** Lower-cased demonym (singular and plural) → canonical country name. */
  demonyms: Map<string, string>;
  /** Lower-cased city → its name, country and population (the most populous city of that name). */
  cities: Lookup<City>;
  /** Lower-cased US state names. */
  usStates: Set<string>;
  /** Lower-cased region (state, province, nation) → its name and country. */
  regions: Map<string, { name: string; country: string }>;
  /** Ordinary lower-case English words (as one sorted string: no set of 14k words to build at a process start). */
  commonWords: WordList;
  /** The dictionary's ordinary words: what a name's edge may not be ("Crooked Marla", "Lindsey Varnum Says"). */
  ordinaryWords: WordList;
}

/** A phrase's lower-cased token key, the way it is matched against a text's tokens. */
export function phraseKey(phrase: string): string {
  // Words of letters separated by single spaces tokenize to themselves: skip the tokenizer (load time: 213
  // of the countries' names and demonyms have letters beyond A-Z, and tokenizing them took 11 ms cold).
  if (phrase.length <= MAX_TOKEN_CHARS && PLAIN.test(phrase)) return phrase.toLowerCase();
  return tokenize(phrase)
    .map((token) => token.lower)
    .join(" ");
}

const PLAIN = /^\p{L}+(?: \p{L}+)*$/u;
