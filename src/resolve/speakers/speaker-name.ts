/**
 * The name in a speaker phrase and the words around it: titles and roles before it ("Treasury Secretary Jonas
 * Baker" → "Jonas Baker"), and whether a word is a person's title or role noun.
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { Kind, NOT_PERSON_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import { PARTY_DESCRIPTORS } from "../../lexicon/name-descriptors.js";
import { GENERATION_WORD, NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { isLegalFormWord } from "../../lexicon/organization-suffixes.js";
import { PERSON_DESCRIPTORS } from "../../lexicon/person-nouns.js";
import { ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { LONE_TITLES, PERSONAL_TITLES, SPEAKER_PHRASE_TITLES } from "../../lexicon/title-kinds.js";
import { escapeRegExp } from "../../text/escape-regexp.js";
import { quotedNickname } from "../../text/names.js";
import { tokenAt } from "../../text/token-at.js";
import { isAllCaps, isCapitalized, isInitial } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { isBodyWord, isDictionaryWord } from "../names/name-contexts.js";
import { withoutPostNominalLetters } from "../names/post-nominals.js";

/** "the", then titles, before the name in a speaker phrase ("the Prime Minister Jane Doe"). */
export const STRIP_TITLE = new RegExp(
  `^(?:(?:the|The)\\s+)?(?:(?:\\p{Lu}\\p{L}+\\.|${SPEAKER_PHRASE_TITLES.map(escapeRegExp).join("|")})\\s+)+`,
  "u",
);

/** Whether a speaker phrase opens with a title only persons bear ("Mr", "Baroness", "Prof."). */
export function opensWithPersonalTitle(phrase: string): boolean {
  const first = phrase.replace(/^(?:the|The)\s+/, "").split(/\s+/)[0] ?? "";
  return PERSONAL_TITLES.has(first.toLowerCase().replace(/\.$/, ""));
}

/**
 * The name in a speaker phrase: the capitalized words after its last title, role or lower-case word
 * ("Conservative Leader Jane Doe" → "Jane Doe", "project manager John Roe" → "John Roe").
 */
export function nameIn(bare: string): { name: string; afterRole: boolean } {
  const words = bare.split(/\s+/);
  let from = 0;
  let afterRole = false;
  words.forEach((w, i) => {
    // (Nor a nickname in its marks: 'Ferdinand "Bongbong" Marcos Jr.' is no "Marcos Jr.", session 40.)
    if (NAME_PARTICLES.has(w) || quotedNickname(w) !== null) return;
    const role = isPersonNoun(w.toLowerCase());
    if (role || !isCapitalized(w)) {
      from = i + 1;
      afterRole = role;
    }
  });
  // ("Martin Luther King Jr.": a surname that is a role noun, then a generation, which is no name alone.)
  const generationOnly = from === words.length - 1 && GENERATION_WORD.test(words[from] as string);
  return from < words.length && !generationOnly
    ? { name: words.slice(from).join(" "), afterRole }
    : { name: bare, afterRole: false };
}

/**
 * A person's name as a speaker's: without the office, role or descriptor the tagger kept before it
 * ("Treasury Secretary Jonas Baker" → "Jonas Baker", "Sir Alan Ford" → "Alan Ford"). A lone honorific and
 * surname stays ("Mr Brown"): without it nothing but the surname is left.
 */
export function withoutTitle(written: string): string {
  // ("Simon Kealey QC": the letters after the name are no part of it, as the entities' names have them cut.)
  const cut = withoutPostNominalLetters(written);
  const last = (cut.split(" ").at(-1) as string).toLowerCase();
  // (Not "Labour MP" or "the MP": a party or a role before the letters is no name.)
  const name = !PARTY_DESCRIPTORS.has(last) && !isPersonNoun(last) ? cut : written;
  const bare = name.replace(STRIP_TITLE, "");
  const named = nameIn(bare);
  const words = fromFirstName(named.name).split(" ");
  const stripped = words.join(" ");
  if (stripped === name || !isCapitalized(stripped)) return name;
  return named.afterRole || words.length >= 2 ? stripped : name;
}

/** A role or another noun for a person ("boss", "mp", "spokesmen"), lower case. */
export function isPersonNoun(word: string): boolean {
  const singular = (word.split("-").at(-1) as string).replace(/s$/, "");
  return [word, singular].some((w) => ROLE_TITLES.has(w) || PERSON_DESCRIPTORS.has(w));
}

/**
 * "Senate Minority Whip Lou Pardee" → "Lou Pardee": capitalized words before the first known first name
 * (when none before it is one, and a surname follows it) are an office or an employer. A name ending in a company's
 * legal form is the company's whole name ("Metropolitan Edison Co. said" was a person "Edison Co.": session 42
 * probe, an AP story of 1979).
 */
export function fromFirstName(name: string): string {
  const words = name.split(/\s+/);
  if (isLegalFormWord((words.at(-1) as string).replace(/,$/, ""))) return name;
  for (let i = 0; i < words.length - 1; i++) {
    if (!isKnownFirstName(words[i] as string, "alone")) continue;
    return i === 0 || !words.slice(0, i).every(isOfficeWord) ? name : words.slice(i).join(" ");
  }
  return name;
}

/**
 * A word an office or employer before a speaker's first name is made of: a dictionary or public body's word, an
 * acronym, a title or party written before names ("Sen", "Democrat"), or a place, organization or title the gazetteer knows ("Senate Minority Whip", "AIMIM chief"). A word
 * no list knows is the name's own ("Ghulam Nabi Azad", "Syed Ali Shah": the first known first name is the second
 * word). Invented probe (session 38, Indian parliament copy): "Nabi Azad" quoted.
 */
function isOfficeWord(word: string): boolean {
  // (An initial is the name's own: "N. Biren Singh" was quoted as "Biren Singh"; session 41 probe, an Indian court.)
  if (isInitial(word)) return false;
  return (
    isDictionaryWord(word) ||
    isBodyWord(word) ||
    isAllCaps(word) ||
    LONE_TITLES.has(word.toLowerCase()) ||
    PARTY_DESCRIPTORS.has(word.toLowerCase()) ||
    (wordKind(word) & (NOT_PERSON_KINDS | Kind.title)) !== 0
  );
}

/** A title or role word that stands before a person's name ("Mr", "chairman", "Minister", "Analyst"). */
export function isPersonWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  return PERSONAL_TITLES.has(w) || isPersonNoun(w);
}

/** "boss" in "United boss Rob Kessler", "spokesman" in "said spokesman Omar Haddad": a lower-case noun for a person right before `offset`. */
export function followsPersonNoun(tokens: readonly Token[], offset: number): boolean {
  const before = tokens[tokenAt(tokens, offset) - 1]?.text ?? "";
  return /^\p{Ll}/u.test(before) && isPersonNoun(before);
}
