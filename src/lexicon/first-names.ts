/**
 * First names with the gender they usually carry: compromise's lexicon (about 1,300 male and 1,800 female
 * names, tagged MaleName / FemaleName). Only the lexicon is read, never compromise's tagger; it is loaded on
 * the first question (about 0.3 s), which only a titled name with two candidates or a pronoun asks.
 */
import { createRequire } from "node:module";

export type Gender = "male" | "female";

type Lexicon = Record<string, string | string[]>;

let genders: Map<string, Gender> | null = null;

function load(): Map<string, Gender> {
  const nlp = createRequire(import.meta.url)("compromise") as { model(): { one: { lexicon: Lexicon } } };
  const map = new Map<string, Gender>();
  for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    const male = tags.includes("MaleName");
    const female = tags.includes("FemaleName");
    if (male !== female) map.set(word, male ? "male" : "female");
  }
  return map;
}

/** The gender a first name usually carries ("john" → male), or null when the lexicon has none or both. */
export function firstNameGender(word: string): Gender | null {
  genders ??= load();
  return genders.get(word.toLowerCase()) ?? null;
}
