/**
 * Unnamed sources with a postmodifier before their verb: "A source familiar with the talks said", "“…,” a person
 * close to Roe said". PolNeAR train: such a quote had no speaker; an invented "close to Roe" gave it to Roe.
 */
import { SOURCE_POSTMODIFIERS } from "../../lexicon/phrase-bounds.js";
import type { Token } from "../../types.js";
import { phraseEndingAt, type SpeakerPhrase } from "./phrases.js";
import { lower } from "./words.js";

/** Words from the adjective to the verb: "familiar with the Acme board's thinking". */
const MAX_POSTMODIFIER_TOKENS = 8;

/**
 * The person-noun phrase before a source adjective and its preposition that run, words only, up to `last` (the
 * token before the verb); null when there is none.
 */
export function sourceBeforePostmodifier(
  tokens: readonly Token[],
  last: number,
  floor: number,
): SpeakerPhrase | null {
  for (let a = last - 1; a > floor && last - a < MAX_POSTMODIFIER_TOKENS; a--) {
    const t = tokens[a] as Token;
    // ("Data Resources' Wyss": an apostrophe of a possessive is part of the object.)
    if (t.kind !== "word" && t.text !== "'" && t.text !== "’") return null;
    const prepositions = SOURCE_POSTMODIFIERS.get(lower(t));
    if (prepositions === undefined || !prepositions.has(lower(tokens[a + 1]))) continue;
    const source = phraseEndingAt(tokens, a - 1, floor);
    return source?.kind === "role" ? source : null;
  }
  return null;
}
