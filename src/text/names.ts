/** Word-level facts about a written name, shared by the extractor (span finding) and the resolver (naming). */

/** The lower-cased words of a name ("Hassan Rouhani" → ["hassan", "rouhani"]). */
export function nameWords(name: string): string[] {
  return name.toLowerCase().split(/\s+/);
}

/** A regnal number ("ii" of "Elizabeth II"), lower-cased: I to XXX. */
const REGNAL = /^(?:x{0,2}(?:ix|iv|v?i{0,3})|xxx)$/;

/**
 * The surname of a name of two or more words: its last word, lower-cased; null for a one-word name. A regnal number
 * is no surname: "Elizabeth I" has none (else every later pronoun "I" was her), "John Smith III" is a Smith.
 */
export function surnameKey(name: string): string | null {
  const words = nameWords(name);
  let last = words.length - 1;
  if (last >= 1 && words[last] !== "" && REGNAL.test(words[last] as string)) last--;
  return last >= 1 ? (words[last] as string) : null;
}

/** "NEW YORK" → "New York"; mixed-case names are kept as written. */
export function displayName(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
