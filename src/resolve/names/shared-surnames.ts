/**
 * Two people of one family in a document ("Frank Roe" and his son "Louis Roe", "Ann Hale" and her
 * daughter "Mia Hale"): which of them a bare "Roe" or "Hale" is. The last step of the per-document naming
 * (index.ts), so that mentions, entities and speakers (which read the mentions' entities) agree.
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer } from "../../extract/entities/gazetteer.js";
import type { Mention } from "../../types.js";
import { genderOfTitle } from "./gender.js";

/**
 * The last word of a multi-word person name ("Frank Roe" → "Roe"), or null for a one-word name and for
 * a headline's words taken for a name ("Backs Hale" in a headline: PolNeAR train's one namesake slip).
 */
function surnameOf(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  const first = words[0] as string;
  if (!isKnownFirstName(first, "alone") && gazetteer().ordinaryWords.has(first.toLowerCase())) return null;
  return words.at(-1) as string;
}

/**
 * A surname written alone with nothing that tells the namesakes apart: no title, or a title of no gender
 * ("Dr Roe"). "Mrs Roe" and "Mr Roe" were settled by the person rule (persons.ts) on the title's gender.
 */
function isBare(m: Mention, surname: string): boolean {
  return m.text === surname && (m.title === undefined || genderOfTitle(m.title) === null);
}

/**
 * A surname the text singles out by an article and a word before it ("the younger Roe", "the elder Roe"): the
 * writer tells the namesakes apart there, so it is not where the bare surname starts standing for one of them.
 * FIT sample of session 13: "the younger Roe" came before the son's full name was written again, and the rule
 * below kept the father (named in full every time) for the son's four quotes.
 */
function singledOut(text: string, m: Mention): boolean {
  return /\b(?:[Tt]he|[Aa]n?) [\p{Ll}-]+ $/u.test(text.slice(Math.max(0, m.start - 30), m.start));
}

/**
 * News names the lesser of two namesakes in full every time and gives the bare surname to the other: the
 * person whose full name comes back after the bare surname is first used is not that surname's; the other one
 * is. With both (or neither) named in full again, nothing tells them apart and the person rule's choice stands.
 * Hand-judged CNN/DM dev sample: a father named in full throughout and his son by the bare surname (4 quotes),
 * a daughter named in full twice and her father by the bare surname (1 quote).
 */
function bareSurnameHolders(persons: readonly Mention[], text: string): Map<string, string> {
  const bySurname = new Map<string, Set<string>>();
  for (const m of persons) {
    const surname = surnameOf(m.entity);
    if (surname === null || !m.text.endsWith(surname)) continue;
    const names = bySurname.get(surname) ?? new Set<string>();
    bySurname.set(surname, names);
    names.add(m.entity);
  }
  const holders = new Map<string, string>();
  for (const [surname, names] of bySurname) {
    if (names.size < 2) continue;
    const firstBare = persons.find((m) => isBare(m, surname) && names.has(m.entity) && !singledOut(text, m));
    if (firstBare === undefined) continue;
    const unrepeated = [...names].filter(
      (name) => !persons.some((m) => m.entity === name && m.start > firstBare.start && m.text !== surname),
    );
    if (unrepeated.length === 1) holders.set(surname, unrepeated[0] as string);
  }
  return holders;
}

/**
 * The mentions with every bare shared surname given to the namesake it names (see bareSurnameHolders); the
 * same array when the document has no such pair.
 */
export function withSharedSurnames(mentions: Mention[], text: string): Mention[] {
  const holders = bareSurnameHolders(
    mentions.filter((m) => m.type === "person"),
    text,
  );
  if (holders.size === 0) return mentions;
  return mentions.map((m) => {
    const holder = m.type === "person" ? holders.get(m.text) : undefined;
    return holder === undefined || holder === m.entity || !isBare(m, m.text) ? m : { ...m, entity: holder };
  });
}
