/**
 * A name read as an organization or a place whose possessive holds what only a person has ("Giorgia Meloni's
 * Brothers of Italy party won", "Dana Roe's government fell", "Dana Roe's widow"; lexicon/person-nouns.ts
 * PERSON_POSSESSIONS): a person, and so are its namesakes and its surname alone. The party's own name (capitalized
 * words, "of" between) may stand between the possessive and the noun; the noun ends its phrase (punctuation, a
 * function word, a reporting verb or a verb in the past), so that "government bond" or "cabinet maker" stay a firm's.
 * The name is a known first name and a surname in title case (appositive-persons.ts isPersonName). Session 41 probe
 * (an Italian election): the winner, whose surname the tagger read as a firm's, was missing from the people list.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { PERSON_POSSESSIONS } from "../../lexicon/person-nouns.js";
import { singleSpaced } from "../../text/spacing.js";
import type { Mention } from "../../types.js";
import { isPersonName, withNamesAsPersons } from "./appositive-persons.js";
import { endsNounPhrase } from "./name-contexts.js";

/** "'s", a party's name of capitalized words (maybe none), the possessed noun and the word after it. */
const POSSESSED = /^['’]s (?:\p{Lu}[\p{L}-]*(?: of| de| and)? ){0,4}(\p{Ll}+)(?=([,.;:)])|$| (\p{Ll}+))/u;

/** Whether `m`'s possessive holds what only a person has (the file's comment). */
function isPossessorPerson(text: string, m: Mention): boolean {
  const quote = text.charCodeAt(m.end);
  // ' and ’ first, on the raw text: most mentions have none after them.
  if (quote !== 39 && quote !== 0x2019) return false;
  const match = POSSESSED.exec(singleSpaced(text.slice(m.end, m.end + 80)));
  if (match === null || !PERSON_POSSESSIONS.has(match[1] as string)) return false;
  // (Group 2 the punctuation after the noun, group 3 the word after it.)
  if (match[2] === undefined && !endsNounPhrase(match[3])) return false;
  return isPersonName(m) && isKnownFirstName(m.text.split(" ")[0] as string);
}

/** The mentions, in place, with each such possessor, its namesakes and its surname alone, persons. */
export function withPossessorPersons(text: string, mentions: Mention[]): Mention[] {
  let names: Set<string> | null = null;
  for (const m of mentions) {
    if ((m.type !== "place" && m.type !== "organization") || !isPossessorPerson(text, m)) continue;
    names ??= new Set();
    names.add(m.text);
    names.add(m.text.split(" ").at(-1) as string);
  }
  return withNamesAsPersons(mentions, names);
}
