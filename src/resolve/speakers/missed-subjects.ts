/**
 * Persons the tagger missed or typed otherwise, known as the subject of a reporting verb that a gendered pronoun
 * soon refers back to ("Tamrakar says she remained confident", "Velland explained his plan"): a later "she said"
 * may mean them, where the speaker resolver knew only the people of the tagger's mentions.
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, NOT_PERSON_KINDS } from "../../extract/entities/gazetteer.js";
import { cueAt, isNameOrTitleWord } from "../../extract/quotes/words.js";
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import type { Gender } from "../../lexicon/first-names.js";
import { GENDERED_PRONOUNS } from "../../lexicon/pronouns.js";
import { isTitleCased } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";

const MAX_NAME_WORDS = 3;
/** Tokens after the verb within which the pronoun must come ("Velland explained his plan"). */
const PRONOUN_WINDOW = 8;

export interface MissedSubject {
  /** Offset of the name's first character. */
  offset: number;
  /** The name as written ("Tamrakar", "Terra Voss"). */
  name: string;
  gender: Gender;
}

function isPlaceOrOrganizationWord(word: string): boolean {
  const key = word.toLowerCase();
  if (DATE_WORDS.has(key)) return true;
  const kind = gazetteer().phrases.get(key) ?? 0;
  return (
    (kind & NOT_PERSON_KINDS) !== 0 || ((kind & Kind.lastName) === 0 && gazetteer().ordinaryWords.has(key))
  );
}

/**
 * Every capitalized name of up to three words, opening its sentence or clause, that no person mention covers,
 * followed by a reporting verb and then, within a few words and the same sentence, by a gendered pronoun.
 */
export function missedSubjects(tokens: readonly Token[], mentions: readonly Mention[]): MissedSubject[] {
  const persons = mentions.filter((m) => m.type === "person");
  const found: MissedSubject[] = [];
  let p = 0;
  for (let i = 1; i < tokens.length; i++) {
    // The name word before the verb first: cueAt lower-cased and looked up every token (a Reuters --jobs 1
    // profile: 458 ms in cueAt from here). An ASCII first letter that is no capital is read from its code, before
    // isNameOrTitleWord's pattern (isNameOrTitleWord from here: 0.50% of a Reuters `--jobs 1` profile).
    const c = (tokens[i - 1] as Token).text.charCodeAt(0);
    if ((c < 128 && !(c >= 65 && c <= 90)) || !isNameOrTitleWord(tokens[i - 1])) continue;
    const cue = cueAt(tokens, i);
    if (cue === null || cue.participle) continue;
    let first = i;
    while (first > 0 && i - first < MAX_NAME_WORDS && isNameOrTitleWord(tokens[first - 1])) first -= 1;
    if (first === i) continue;
    // The name opens a sentence or a clause: "Tamrakar says", ", Velland explained" (not "the Tamrakar family says").
    const before = tokens[first - 1];
    if (before !== undefined && !/^[.!?;:,“”"‘’'(]$/.test(before.text)) continue;
    const start = (tokens[first] as Token).start;
    const end = (tokens[i - 1] as Token).end;
    while (p < persons.length && (persons[p] as Mention).end <= start) p += 1;
    if (p < persons.length && (persons[p] as Mention).start < end) continue;
    // Array.from, not map: once this function is optimized, map's array is HOLEY (the builtin's is packed) and
    // the next line was deoptimized for a "wrong map" (--trace-deopt).
    const words = Array.from(tokens.slice(first, i), (t) => t.text);
    if (words.some(isPlaceOrOrganizationWord)) continue;
    let gender: Gender | undefined;
    for (let k = cue.end; k < Math.min(tokens.length, cue.end + PRONOUN_WINDOW); k++) {
      const w = (tokens[k] as Token).text;
      if (/^[.!?;“”"]$/.test(w)) break;
      gender = GENDERED_PRONOUNS.get(w.toLowerCase());
      if (gender !== undefined) break;
    }
    if (gender !== undefined) found.push({ offset: start, name: words.join(" "), gender });
  }
  return found;
}

/** A person whose first name the tagger glued to the end of an organization's name. */
export interface GluedPerson {
  offset: number;
  name: string;
  /** The organization mention the first name ends. */
  organization: Mention;
}

/**
 * "Senate Budget Republican Nate" typed an organization, then "Ashcombe" untagged; "the United Nations Rebecca"
 * then "Whitcombe": an organization of two words or more ending in a known first name, followed right after by a
 * capitalized word no mention covers, holds a person's name (FIT sample of session 11: both were speakers a
 * pronoun could not find).
 */
export function gluedPersons(tokens: readonly Token[], mentions: readonly Mention[]): GluedPerson[] {
  const found: GluedPerson[] = [];
  let k = 0;
  for (const m of mentions) {
    if (m.type !== "organization") continue;
    const words = m.text.split(/\s+/);
    const first = words.at(-1) as string;
    if (words.length < 2 || !isKnownFirstName(first, "alone")) continue;
    while (k < tokens.length && (tokens[k] as Token).start < m.end) k += 1;
    const surname = tokens[k];
    if (surname === undefined || surname.start !== m.end + 1 || !isNameOrTitleWord(surname)) continue;
    // A surname may be an ordinary word ("Power", "Baker"), not a place's or an organization's.
    const kind = gazetteer().phrases.get(surname.text.toLowerCase()) ?? 0;
    if (!isTitleCased(surname.text) || (kind & NOT_PERSON_KINDS) !== 0) continue;
    if (mentions.some((o) => o.start < surname.end && o.end > surname.start)) continue;
    found.push({ offset: m.end - first.length, name: `${first} ${surname.text}`, organization: m });
  }
  return found;
}
