/**
 * A title or a noun of a person's role or calling ("Chairman", "Officer", "Administrator", "Scientologist"): read
 * by the tagger's span repair (person-joins.ts personAfterTitle: an office inside an organization's span before a
 * person's name) and by resolve/names' run-on names (a role the tagger took into a person's name).
 */
import { ROLE_HEADS } from "../../lexicon/speaker-roles.js";
import { isKnownFirstName } from "./first-name.js";
import { gazetteer, Kind, wordKind } from "./gazetteer.js";

/**
 * The endings of nouns of a person who does something ("investor", "adviser", "executive", "secretary",
 * "librarian"). "-ian": session 12 FIT sample, 1 caption's name of 275 people opened by such a noun.
 */
export const AGENT_NOUN = /\p{Ll}{3}(?:er|or|ive|ary|ian)$/u;

/** A title or a noun of a person's role or calling ("Chairman", "Legislator", "Executive", "Scientologist"). */
export function isRoleNoun(word: string): boolean {
  const key = word.toLowerCase();
  if ((wordKind(word) & Kind.title) !== 0 || ROLE_HEADS.has(key)) return true;
  // Of the dictionary's words only ("Legislator", "Executive"): proper names end so too ("Chrysler", "Asher").
  if (AGENT_NOUN.test(key)) return gazetteer().ordinaryWords.has(key) && !isKnownFirstName(word);
  return /\p{Ll}{3}ist$/u.test(key);
}
