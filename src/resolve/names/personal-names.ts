/**
 * Person names the tagger read as a place: two words, a known first name and a known surname,
 * that the gazetteer knows as no place or organization and that end no firm's or place's name ("singer Hunter
 * Hayes", "Anderson Cooper's questions", "a 35-point margin over Barack Obama"). Part of the per-document naming
 * (index.ts). GUM's recall was mostly the tagger's misses (dev 71.2).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, NOT_PERSON_KINDS, phraseKey, wordKind } from "../../extract/entities/gazetteer.js";
import {
  ORGANIZATION_SUFFIXES,
  PLACE_SUFFIXES,
  THING_SUFFIXES,
  VENUE_WORDS,
} from "../../lexicon/organization-suffixes.js";
import type { Mention } from "../../types.js";

const ENDINGS = [ORGANIZATION_SUFFIXES, PLACE_SUFFIXES, THING_SUFFIXES, VENUE_WORDS];
/** A small town's name may be a person's too ("Anderson", "Hayes"): the tagger's reason to read them as places. */
const NO_NAME_KINDS = NOT_PERSON_KINDS & ~Kind.city;

/** Whether a place mention reads as a first name and a surname and as nothing else. */
function readsAsPersonalName(m: Mention, text: string): boolean {
  // Places only: firms are named for their founders ("Merrill Lynch" on the Reuters bench).
  if (m.type !== "place") return false;
  const words = m.text.split(/\s+/);
  if (words.length !== 2) return false;
  const [first, last] = words as [string, string];
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(last)) return false;
  const surname = last.replace(/['’]s$/u, "");
  if (!isKnownFirstName(first) || (wordKind(first) & NO_NAME_KINDS) !== 0) return false;
  const surnameKind = wordKind(surname);
  if ((surnameKind & Kind.lastName) === 0 || (surnameKind & NO_NAME_KINDS) !== 0) return false;
  if (ENDINGS.some((words) => words.has(surname.toLowerCase()))) return false;
  const gaz = gazetteer();
  if ((gaz.phrases.get(phraseKey(`${first} ${surname}`)) ?? 0) !== 0) return false;
  // A firm's or a place's word after it makes the two words part of that name ("Warren Buffett Foundation").
  const after = text.slice(m.end, m.end + 24);
  // So does a founders' firm ("Sanford Cohen and Associates" on the Reuters bench).
  if (/^,?\s+(?:and|&)\s+(?:Company|Co\b|Sons|Associates|Partners|Brothers)/u.test(after)) return false;
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  return next === undefined || !ENDINGS.some((words) => words.has(next));
}

/** The mentions, the places read as a first name and a surname retyped as people (in place). */
export function withPersonalNames(mentions: Mention[], text: string): Mention[] {
  for (const m of mentions)
    if (readsAsPersonalName(m, text)) {
      m.type = "person";
      m.entity = m.text;
    }
  return mentions;
}
