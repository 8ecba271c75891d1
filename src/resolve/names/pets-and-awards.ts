/**
 * One-word names that the document shows to be no person's, throughout the document: an animal's, written right
 * after an animal's noun ("Caring cat Tibbles nurses sick pets", "the racehorse Comet"), and an award's, written
 * after a count of wins ("the 15-time Zelda winner", "a three-time Zelda nominee"). A person's longer name that holds
 * the word, or a title that goes with it ("Dr Tibbles"), keeps it a person's. Part of the per-document naming
 * (index.ts). Session 12 FIT sample: 1 cat and 1 award of 275 people.
 */
import { ANIMAL_NOUNS } from "../../lexicon/animal-nouns.js";
import type { Mention } from "../../types.js";

/** The lower-case word right before a mention (no capital: "Cat Stevens" is a name). */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)\s+$/u;
/** "15-time", "three-time", "multiple-time" right before a mention. */
const COUNT_OF_WINS =
  /(?:^|[^\p{L}\d-])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|multiple)-times?\s+$/iu;

function isPetOrAward(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  const noun = WORD_BEFORE.exec(before)?.[1];
  return (noun !== undefined && ANIMAL_NOUNS.has(noun)) || COUNT_OF_WINS.test(before);
}

/** The mentions without the one-word person mentions of a pet's or an award's name (see the file's comment). */
export function withoutPetsAndAwards(text: string, mentions: Mention[]): Mention[] {
  let names: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined || /\s/.test(m.text) || !isPetOrAward(text, m)) continue;
    names ??= new Set();
    names.add(m.text.toLowerCase());
  }
  if (names === null) return mentions;
  const things = names;
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const words = m.text.toLowerCase().split(/\s+/);
    if (m.title !== undefined || words.length > 1) for (const word of words) things.delete(word);
  }
  if (things.size === 0) return mentions;
  return mentions.filter(
    (m) => m.type !== "person" || /\s/.test(m.text) || !things.has(m.text.toLowerCase()),
  );
}
