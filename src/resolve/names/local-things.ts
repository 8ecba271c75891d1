/**
 * Four things that local news names like people, each told by a word a careful reader knows (lexicon
 * thing-suffixes.ts, event-suffixes.ts): a digital coin by its ending ("Quillcoin dropped 9 per cent"), a
 * restaurant by its French opener ("Chez Morand closes"), an imperative verb that is also a first name, opening a
 * sentence before a possessive ("Mark your calendar:"), and a town's fair ("Millbrook Days", isTownFair). Session
 * 27 probe (42 invented 2018-19 North American and 2004-05 British articles): 3 of the 52 wrong people at BASE.
 * Part of the per-document naming (index.ts).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { FAIR_NOUN } from "../../lexicon/event-suffixes.js";
import { COIN_WORD_ENDINGS, EATERY_NAME_OPENERS, IMPERATIVE_OBJECTS } from "../../lexicon/thing-suffixes.js";
import type { Mention } from "../../types.js";

/** A one-word name ending with a coin's ending after at least three letters ("Quillcoin", not "Coin"). */
function isCoinName(name: string): boolean {
  if (name.includes(" ")) return false;
  const lower = name.toLowerCase();
  return COIN_WORD_ENDINGS.some((ending) => lower.length >= ending.length + 3 && lower.endsWith(ending));
}

/**
 * A name ending in "Days" after given names and initials only: the surname ("Marla Days", "Harold James Days",
 * "Harold J. Days", "Gary (Linda) Days"), not a town's fair.
 */
export function isDaysSurname(name: string): boolean {
  // A spouse's or maiden name in brackets is no word of the name ("Gary (Linda) Days" in an obituary).
  const words = name.split(/\s+/).filter((word) => !word.startsWith("("));
  if (words.length < 2 || (words.at(-1) as string).toLowerCase() !== FAIR_NOUN) return false;
  return words
    .slice(0, -1)
    .every((word) => /^\p{Lu}\.$/u.test(word) || isKnownFirstName(word, "beside a surname"));
}

/** A town's fair: a name ending in "Days" after a word that is no given name ("Millbrook Days", "Port Alden Days"). */
function isTownFair(name: string): boolean {
  return name.includes(" ") && name.toLowerCase().endsWith(` ${FAIR_NOUN}`) && !isDaysSurname(name);
}

/** A sentence's or line's start before the mention: nothing, a line break, or a sentence's end and spaces. */
const SENTENCE_START_BEFORE = /(?:^|\n|[.!?]["”’)]?)[ \t]*$/u;
/** The word after the mention, one space apart. */
const NEXT_WORD = /^ (\p{Ll}+)\b/u;

/** A one-word first name opening a sentence before "your", "my" or "our": the imperative's verb. */
function isImperative(text: string, m: Mention): boolean {
  if (m.text.includes(" ") || m.title !== undefined) return false;
  const next = NEXT_WORD.exec(text.slice(m.end, m.end + 8))?.[1];
  if (next === undefined || !IMPERATIVE_OBJECTS.has(next)) return false;
  return SENTENCE_START_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start));
}

/** The mentions, in place: coins and imperatives are no mentions; a restaurant's name is an organization's. */
export function withLocalThings(text: string, mentions: Mention[]): Mention[] {
  // A surname that ends so ("Marie Lecoin", then "Lecoin") is a person's wherever the full name is written.
  const isSurname = (word: string): boolean =>
    mentions.some((m) => m.type === "person" && m.text.endsWith(` ${word}`));
  const kept: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined) {
      kept.push(m);
      continue;
    }
    if ((isCoinName(m.text) && !isSurname(m.text)) || isImperative(text, m) || isTownFair(m.text)) continue;
    const first = m.text.split(" ", 1)[0] as string;
    if (m.text.includes(" ") && EATERY_NAME_OPENERS.has(first)) {
      m.type = "organization";
      m.entity = m.text;
    }
    kept.push(m);
  }
  return kept;
}
