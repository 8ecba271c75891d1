/**
 * Racehorses named like people: "Kestrel Dawn, the 10-year-old gelding, won", "Kestrel Dawn, ridden by Dana
 * Whitlow", "Whitlow rode Kestrel Dawn to victory". A horse's name is two or three capitalized words, often a first
 * name among them ("Rosa Lane"), and the tagger reads it as a person's; racing news writes the horse with these
 * appositions and verbs. pets-and-awards.ts reads a one-word name after an animal's noun; these are the names of
 * any length that the sentence shows to be a horse's. Every person mention of that name in the document is left
 * out. CNN/DM dev (a week of racing news): 3 horses of 455 Daily Mail people. Part of the per-document naming
 * (index.ts).
 */
import { RACING_ANIMALS } from "../../lexicon/animal-nouns.js";
import type { Mention } from "../../types.js";

/**
 * ", the horse", ", a 10-year-old gelding", ", the grey mare" after the name, the noun ending its phrase or going
 * on to what the horse is or did ("the horse that she trains", "the mare trained by"; not "the horse trainer").
 */
const ANIMAL_APPOSITION = new RegExp(
  String.raw`^,\s+(?:the|a|an|his|her|their)\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}(?:${RACING_ANIMALS.join("|")})(?:[,.;:)]|\s+(?:who|whom|that|which|owned|trained|ridden|bred|was|is|has|had|won|will)\b)`,
  "u",
);
/** ", ridden by" after the name: the jockey rides the horse. */
const RIDDEN_AFTER = /^,?\s+ridden\s+by\b/u;
/** "rode <name> to": the jockey's verb before the horse, its result after ("to victory", "to fifth place"). */
const RODE_BEFORE = /(?:^|[^\p{L}])rode\s+$/u;
const TO_AFTER = /^\s+to\s/u;

function isRacehorse(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 80);
  if (RIDDEN_AFTER.test(after) || ANIMAL_APPOSITION.test(after)) return true;
  return TO_AFTER.test(after) && RODE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/** The mentions without the racehorses' names read as people's. */
export function withoutRacehorses(text: string, mentions: Mention[]): Mention[] {
  let horses: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined || !isRacehorse(text, m)) continue;
    horses ??= new Set();
    horses.add(m.entity);
  }
  if (horses === null) return mentions;
  const names = horses;
  return mentions.filter((m) => m.type !== "person" || !names.has(m.entity));
}
