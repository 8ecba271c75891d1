/**
 * What the person rule (persons.ts) needs to know of names written in other countries' orders: which words of a
 * full name a document may use alone, and which titles name the same person. Decided by the name's own words
 * and titles, never by a list of people.
 */
import { NAME_PARTICLES, PATRONYMIC_PARTICLES } from "../../lexicon/name-particles.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { quotedNickname } from "../../text/names.js";

/**
 * The inner words of a full name of three or more words that a document may use alone for the person: a
 * Spanish or Portuguese first surname or a by-name ("Sánchez" of "Pedro Sánchez Pérez-Castejón", "Lula" of
 * "Luiz Inácio Lula da Silva"). Particles are no name ("bin", "van"). The person rule asks these only when no
 * full name ends or starts with the word. None of a span that runs on past the name ("Robert di Clemente of
 * Salomon Brothers": Reuters, where "Salomon's di Clemente" became Salomon's).
 */
export function innerWords(words: readonly string[]): string[] {
  if (words.length < 3) return [];
  // (A nickname in its marks is an inner word without them: 'Joko "Jokowi" Widodo' is the one "Jokowi said" names.
  // Session 40 probe, an Indonesian story: the two were listed apart.)
  const inner = words
    .slice(1, -1)
    .filter((word) => !NAME_PARTICLES.has(word))
    .map((word) => quotedNickname(word) ?? word);
  return inner.every((word) => /^\p{L}/u.test(word) && !STOPWORDS.has(word)) ? inner : [];
}

/**
 * Of the full names a word stands inside (`names`), those the document writes before it: a word inside a name
 * refers back to a person named in full, never ahead (GUM train: a biography calls its subject by his surname
 * throughout and names his daughter, who bears it as a middle name, once at the end). Undefined for none.
 */
export function writtenBefore(
  names: readonly string[] | undefined,
  key: string,
  options: { firstWrittenAt?: (key: string) => number },
): readonly string[] | undefined {
  const at = options.firstWrittenAt;
  if (names === undefined || at === undefined) return names;
  const before = names.filter((name) => at(name) < at(key));
  return before.length > 0 ? before : undefined;
}

/**
 * Whether a titled given name ("Prince Harith", written with `title`) may stand for a full name with `titles`
 * and `words`: the full name carries the same title or a longer one ending with it ("Crown Prince"), or it is
 * a patronymic name, whose given name is how it is shortened with any title ("Sheikh Mohamed" of "Mohamed bin
 * Zayed").
 */
export function titleFits(
  titles: ReadonlySet<string> | undefined,
  title: string,
  words: readonly string[] | undefined,
): boolean {
  if (words !== undefined && PATRONYMIC_PARTICLES.has(words[1] ?? "")) return true;
  if (titles === undefined) return false;
  if (titles.has(title)) return true;
  for (const known of titles) if (known.endsWith(` ${title}`)) return true;
  return false;
}
