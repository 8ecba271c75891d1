/**
 * The corpus's evidence that a name is a person's, as the type votes read it (type-votes.ts): a title, a full name
 * the lexicon knows, and the one-word names (surnames, first names) of the people the corpus names in full.
 */

import { firstNameGender, isFirstName } from "../lexicon/first-names.js";
import type { CorpusEntityRecord } from "../types.js";
import { isLexiconPerson } from "./names/lexicon-persons.js";

/**
 * A title as a document wrote it before a person's name ("President", "Mr."), not an acronym a table's column
 * put there ("ADM" before a firm's name: an admiral's short title in capitals).
 */
export function hasTitle(record: CorpusEntityRecord): boolean {
  return record.titles?.some((title) => title.length > 3 || /\p{Ll}/u.test(title)) === true;
}

/** Whether the corpus names a person record as a person: a title, a full name, or such a person's name word. */
export function namedAsPerson(record: CorpusEntityRecord, people: PersonWords): boolean {
  if (record.name.includes(" ")) return namedInFull(record);
  return hasTitle(record) || peopleNamed(record.name, people) !== undefined;
}

/**
 * A person's full name as evidence: a known first name ("Dana Whitlow"), a full name the lexicon knows as a
 * person's, or a title with it ("Minister Zoltar Brennick": first names the lexicon lacks).
 */
export function namedInFull(record: CorpusEntityRecord): boolean {
  return (
    isKnownFirstName(record.name.split(" ")[0] as string) || isLexiconPerson(record.name) || hasTitle(record)
  );
}

/** A first name the lexicon knows, with or without a gender. */
export function isKnownFirstName(word: string): boolean {
  return firstNameGender(word) !== null || isFirstName(word);
}

/** The people a corpus's one-word names stand for, by the lower-cased name: as a surname and as a first name. */
export interface PersonWords {
  surnames: Map<string, CorpusEntityRecord[]>;
  firstNames: Map<string, CorpusEntityRecord[]>;
}

function addPerson(index: Map<string, CorpusEntityRecord[]>, word: string, record: CorpusEntityRecord): void {
  const key = word.toLowerCase();
  const people = index.get(key);
  if (people === undefined) index.set(key, [record]);
  else if (!people.includes(record)) people.push(record);
}

/**
 * The one-word names a corpus's people answer to: the last word of a person's name and a one-word person's name
 * as surnames, the first word as a first name; a one-word alias (the name a document called the person by) as
 * whichever of the two it is, else (a nickname) as a surname. Only the lower-cased words in `asked`, the ones
 * the caller will look up (peopleNamed): each word's people are those, in the order, that indexing every word
 * gives. A one-shot run (a growing corpus's `annotate`, `entities`, `summary`) runs the vote once, in cold code:
 * on the Reuters bench's 31,988 records `retypings` took 510 -> 470 ms CPU (medians, separate processes
 * alternated A B B A x6, load 17-18), where every person's words were indexed and a few hundred are asked; warm
 * (the same process again) no difference.
 */
export function personWords(
  merged: Map<string, CorpusEntityRecord>,
  asked: ReadonlySet<string>,
): PersonWords {
  const words: PersonWords = { surnames: new Map(), firstNames: new Map() };
  if (asked.size === 0) return words;
  for (const record of merged.values()) {
    if (record.type !== "person") continue;
    const name = record.name;
    // The first and last of the name's words split at each space, as name.split(" ") gives them.
    const space = name.indexOf(" ");
    if (space === -1) continue;
    const first = name.slice(0, space);
    const last = name.slice(name.lastIndexOf(" ") + 1);
    const lastAsked = asked.has(last.toLowerCase());
    const firstAsked = asked.has(first.toLowerCase());
    let aliasAsked = false;
    for (const alias of record.aliases)
      if (isNickname(alias, first) && asked.has(alias.toLowerCase())) {
        aliasAsked = true;
        break;
      }
    // Only people named in full (namedInFull): a company or a bank the tagger read as a person in some documents
    // ("Halvorsen Brothers", a one-word "Kettering") is no evidence that its name is a person's.
    if ((!lastAsked && !firstAsked && !aliasAsked) || !namedInFull(record)) continue;
    if (lastAsked) addPerson(words.surnames, last, record);
    if (firstAsked) addPerson(words.firstNames, first, record);
    if (aliasAsked)
      for (const alias of record.aliases)
        if (isNickname(alias, first) && asked.has(alias.toLowerCase()))
          addPerson(words.surnames, alias, record);
  }
  return words;
}

/** A one-word alias other than the first name: a surname or a nickname, indexed as a surname (personWords). */
function isNickname(alias: string, first: string): boolean {
  return !alias.includes(" ") && alias !== first;
}

/**
 * The people a one-word name stands for: those of that surname, else the one person of that first name (a first
 * name several people bear, "Dana" of Dana Whitlow and Dana Okafor, is nobody's in particular).
 */
export function peopleNamed(word: string, people: PersonWords): CorpusEntityRecord[] | undefined {
  const key = word.toLowerCase();
  const surnamed = people.surnames.get(key);
  if (surnamed !== undefined) return surnamed;
  const firstNamed = people.firstNames.get(key);
  return firstNamed?.length === 1 ? firstNamed : undefined;
}
