/**
 * A place's or a party's word run into a person's surname where a caption or a sentence lost its full stop ("…
 * recovering from his hamstring injury in France Gomis is put through his stretching exercises", "'Unfortunately
 * for Labour Brown's speech …'"): the tagger read "France Gomis" and "Labour Brown" as persons (or the first as a
 * place), and the document listed them beside Bafetimbi Gomis and Gordon Brown (CNN/DailyMail dev, session 37).
 * Such a "person" is the word and the surname, apart, when the first word is no first name and names a country, a
 * place the gazetteer knows or an organization the document names alone elsewhere, the second is the last word of
 * another person the document names in full, and the name is written once. No title: "President Gomis" is one
 * person.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer } from "../../extract/entities/gazetteer.js";
import { mentionAt } from "../../extract/mention.js";
import { isListedFirstName } from "../../lexicon/first-names.js";
import { PARTY_DESCRIPTORS } from "../../lexicon/name-descriptors.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { endsPlaceName } from "../../lexicon/place-suffixes.js";
import type { Mention } from "../../types.js";
import { isPlacePrepositionBefore } from "./name-contexts.js";

const TWO_WORDS = /^(\p{Lu}\p{L}+) (\p{Lu}\p{L}+)$/u;

/** The mentions with each run-in place or party and surname split in two (the file's comment). */
export function splitRunInSurnames(text: string, mentions: Mention[]): Mention[] {
  let surnames: Map<string, Set<string>> | null = null;
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const words = isCandidate(m) ? TWO_WORDS.exec(m.text) : null;
    let split: Mention[] | null = null;
    if (words !== null && !isFirstNameHere(text, m, words[1] as string)) {
      surnames ??= fullNameSurnames(mentions);
      split = runIn(m, words[1] as string, words[2] as string, mentions, surnames);
    }
    if (split !== null) out ??= mentions.slice(0, i);
    if (out === null) continue;
    if (split === null) out.push(m);
    else out.push(...split);
  }
  return out ?? mentions;
}

/**
 * Whether the first word reads as a first name here: one the tagger's lists know, or one the first-name lexicon
 * lists that is a place too ("Jordan", "France", "Georgia") unless a preposition of place comes right before.
 */
function isFirstNameHere(text: string, m: Mention, word: string): boolean {
  if (isKnownFirstName(word)) return true;
  return isListedFirstName(word) && !isPlacePrepositionBefore(text, m.start);
}

/**
 * A person with no title, or a place: the tagger read "in France Gomis" as one place; or an organization opened by a
 * party's word ("for Labour Brown's speech", read as one firm).
 */
function isCandidate(m: Mention): boolean {
  if (m.type === "organization") return PARTY_DESCRIPTORS.has((m.text.split(" ")[0] as string).toLowerCase());
  return (m.type === "person" && m.title === undefined) || m.type === "place";
}

/** Each surname of a person the document names in full (two words or more), with the names' first words. */
function fullNameSurnames(mentions: readonly Mention[]): Map<string, Set<string>> {
  const surnames = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const words = m.text.split(/\s+/u);
    if (words.length < 2) continue;
    const surname = words[words.length - 1] as string;
    const firsts = surnames.get(surname) ?? new Set<string>();
    firsts.add(words[0] as string);
    surnames.set(surname, firsts);
  }
  return surnames;
}

/** The two mentions `m` is, or null when it is one person. */
function runIn(
  m: Mention,
  word: string,
  surname: string,
  mentions: readonly Mention[],
  surnames: ReadonlyMap<string, ReadonlySet<string>>,
): Mention[] | null {
  // Another person of that surname named in full: the run-in name's own reading adds its first word.
  const firsts = surnames.get(surname);
  if (firsts === undefined || [...firsts].every((first) => first === word)) return null;
  // Not a name's particle ("Van Liemt" of "Hans van Liemt") nor the end of a longer name the document writes
  // ("Sucre Figarella" of "Leopoldo Sucre Figarella"; Reuters), nor a place's own word ("the Wilmington Canyon").
  if (NAME_PARTICLES.has(word.toLowerCase())) return null;
  const tail = ` ${m.text.toLowerCase()}`;
  if (mentions.some((o) => o.type === "person" && o.text.toLowerCase().endsWith(tail))) return null;
  if (m.type === "place" && isPlaceWord(surname)) return null;
  // A slip is made once: a name written twice is a person's ("Rhodri Giggs", whose first name no list knows,
  // beside "Ryan Giggs" and a mention "Rhodri" read as an organization; CNN/DailyMail dev).
  if (mentions.some((o) => o !== m && o.text === m.text)) return null;
  // (An organization's word only before a person's surname: "Goldman Sachs" stays one firm.)
  const head = headReading(word, m.start, m.type === "place" ? [] : mentions);
  if (head === null) return null;
  const at = m.start + word.length + 1;
  return [head, mentionAt(at, m.end, surname, "person")];
}

/** The first word's own mention: a country or place the gazetteer knows, or the document's organization. */
function headReading(word: string, start: number, mentions: readonly Mention[]): Mention | null {
  const gaz = gazetteer();
  const key = word.toLowerCase();
  const country = gaz.countries.get(key);
  if (country !== undefined) return mentionAt(start, start + word.length, word, "country", country);
  const city = gaz.cities.get(key) ?? gaz.regions.get(key);
  if (city !== undefined) return mentionAt(start, start + word.length, word, "place", city.name);
  const organization = mentions.find((o) => o.type === "organization" && o.text === word);
  return organization === undefined
    ? null
    : mentionAt(start, start + word.length, word, "organization", organization.entity);
}

/** A word that ends places' names or is a word of the dictionary ("Canyon", "Hill"): no run-in surname of a place. */
function isPlaceWord(word: string): boolean {
  return endsPlaceName(word) || gazetteer().ordinaryWords.has(word.toLowerCase());
}
