/** Word-level facts about a written name, shared by the extractor (span finding) and the resolver (naming). */

import { GLUED_ARTICLES } from "../lexicon/name-particles.js";
import { withoutAccents } from "./fold.js";

/** The lower-cased words of a name ("Dana Whitlow" → ["dana", "whitlow"]). */
export function nameWords(name: string): string[] {
  return name.toLowerCase().split(/\s+/);
}

/**
 * The words a name is matched by: lower case, accents dropped ("Lopez Obrador" is "López Obrador": English
 * news often drops them, and the same story may carry both spellings).
 */
export function matchWords(name: string): string[] {
  return nameWords(withoutAccents(name));
}

/** An Arabic article glued to a surname ("al-sistani", "el-baradei"), lower case: news writes it without, too. */
const GLUED_ARTICLE = new RegExp(`^(?:${GLUED_ARTICLES.join("|")})-(?=\\p{L}{2})`, "u");

/** A lower-cased name word without an Arabic article glued to it ("al-sisi" → "sisi"); other words as they are. */
export function withoutGluedArticle(word: string): string {
  return word.includes("-") ? word.replace(GLUED_ARTICLE, "") : word;
}

/** A word in quotation marks, a nickname inside a name ('"Bongbong"', '“Jokowi”'): group 1 the word without them. */
const QUOTED_WORD = /^["“‘']([\p{L}-]+)["”’']$/u;

/** The nickname a name's word writes in quotation marks, without them; null for a word written without marks. */
export function quotedNickname(word: string): string | null {
  return QUOTED_WORD.exec(word)?.[1] ?? null;
}

/** A regnal number ("ii" of "Rosalind II"), lower-cased: I to XXX. */
const REGNAL = /^(?:x{0,2}(?:ix|iv|v?i{0,3})|xxx)$/;

/**
 * The surname of a name of two or more words: its last word, lower-cased; null for a one-word name. A regnal number
 * is no surname: "Rosalind I" has none (else every later pronoun "I" was her), "John Tarrow III" is a Tarrow.
 */
export function surnameKey(name: string): string | null {
  return surnameOfWords(nameWords(name));
}

/** surnameKey of a name already split by nameWords. */
function surnameOfWords(words: readonly string[]): string | null {
  let last = words.length - 1;
  if (last >= 1 && words[last] !== "" && REGNAL.test(words[last] as string)) last--;
  return last >= 1 ? (words[last] as string) : null;
}

/**
 * The surnames a document's person mentions show (lower case): the surname (surnameKey) of each name of two or more words,
 * and the first word where the document writes that word alone with a title ("Mr Moon", "President Qiao"): a
 * family name written first ("Moon Tae-hyun", "Qiao Renfeng"). Decided by the document's own shorter forms, never by
 * a list of people.
 */
export function documentSurnames(
  mentions: Iterable<{ type: string; text: string; title?: string | undefined }>,
): Set<string> {
  const surnames = new Set<string>();
  const titledAlone = new Set<string>();
  const firstWords = new Set<string>();
  for (const person of mentions) {
    if (person.type !== "person") continue;
    const words = nameWords(person.text);
    // A style by a place ("Duke of Edinburgh": resolve/names/styled-persons.ts) has no surname.
    if (words.includes("of")) continue;
    if (words.length >= 2) {
      // surnameKey: a regnal number is no surname ("Rosalind II"). Of the words split above, not split again.
      const surname = surnameOfWords(words);
      if (surname !== null) surnames.add(surname);
      // ("Sisi thanked voters" after "Abdel Fattah al-Sisi": session 40 probe, an AFP story, found no "Sisi".)
      if (surname !== null) surnames.add(withoutGluedArticle(surname));
      firstWords.add(words[0] as string);
    } else if (person.title !== undefined) titledAlone.add(words[0] as string);
  }
  for (const word of titledAlone) if (firstWords.has(word)) surnames.add(word);
  return surnames;
}

/** "NEW YORK" → "New York"; mixed-case names are kept as written. */
export function displayName(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
