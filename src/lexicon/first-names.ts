/**
 * First names with the gender they usually carry: compromise's lexicon (1,299 male and 1,789 female names,
 * tagged MaleName / FemaleName), distilled at build time by scripts/build-first-names.ts so that a run never
 * loads compromise (0.4-0.9 s a process). The map is built on the first question.
 */
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from "./first-names-data.js";

export type Gender = "male" | "female";

let genders: Map<string, Gender> | null = null;

function load(): Map<string, Gender> {
  const map = new Map<string, Gender>();
  for (const name of MALE_FIRST_NAMES.split(" ")) map.set(name, "male");
  for (const name of FEMALE_FIRST_NAMES.split(" ")) map.set(name, "female");
  return map;
}

/** The gender a first name usually carries ("john" → male), or null when the lexicon has none or both. */
export function firstNameGender(word: string): Gender | null {
  genders ??= load();
  return genders.get(word.toLowerCase()) ?? null;
}
