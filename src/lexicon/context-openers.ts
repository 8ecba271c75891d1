/**
 * First words of a sentence that lean on the sentence before it: a pronoun whose antecedent is earlier, or
 * a connective that answers it ("But", "However"). Lifted out of the story into a summary, such a sentence
 * reads as a fragment, so a summarizer ranks it lower.
 */
import { DATE_WORDS } from "./attribution-phrases.js";
import { STOPWORDS } from "./stopwords.js";
import { POSSESSIVE_TIME_WORDS } from "./time-phrases.js";
export const CONTEXT_OPENERS: ReadonlySet<string> = new Set([
  "he",
  "she",
  "it",
  "they",
  "his",
  "her",
  "its",
  "their",
  "this",
  "these",
  "those",
  "that",
  "but",
  "and",
  "or",
  "so",
  "however",
  "also",
  "still",
  "yet",
  "then",
  "instead",
  "meanwhile",
  "moreover",
  "furthermore",
  "nevertheless",
  "otherwise",
  "besides",
  "indeed",
  "such",
]);

/** Adverbs that open such a sentence as a preposition's phrase does: "However, “…”". */
export const LINKING_ADVERBS: ReadonlySet<string> = new Set([
  "however",
  "still",
  "yet",
  "meanwhile",
  "instead",
  "also",
]);

/**
 * Whether a sentence's first word (lower case) is one that names nothing there, so a capital gives it no name's
 * weight: a function word, a connective (CONTEXT_OPENERS), a weekday or month, or a day ("Yesterday"). The
 * span repairs that read a name from a sentence's first word ask it ("Yesterday Marks & Spencer said",
 * "Meanwhile Ministry officials said": extract/entities/ampersand-names.ts, opening-body-names.ts).
 */
export function opensSentenceOnly(key: string): boolean {
  return (
    STOPWORDS.has(key) || CONTEXT_OPENERS.has(key) || DATE_WORDS.has(key) || POSSESSIVE_TIME_WORDS.has(key)
  );
}
