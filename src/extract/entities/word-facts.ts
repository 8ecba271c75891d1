/**
 * What the tagger's flags and features need to know about a token's text alone (its lower case, its
 * capitals, its gazetteer kinds), worked out once per distinct text and kept for the process: a token then
 * costs one look-up instead of a lower-casing, three regular expressions and four gazetteer look-ups per
 * use (the 19,779 Reuters documents hold 2.9 M tokens but 80 k distinct texts).
 */
import { gazetteer } from "./gazetteer.js";

export interface WordFacts {
  readonly text: string;
  readonly lower: string;
  /** isCapitalized(text): the first character is an upper-case letter. */
  readonly capitalized: boolean;
  /** The first character is a lower-case letter. */
  readonly startsLower: boolean;
  /** The text holds an upper-case letter, a lower-case letter, a digit (anywhere). */
  readonly hasUpper: boolean;
  readonly hasLower: boolean;
  readonly hasDigit: boolean;
  /** Kind bits of the lower-cased text as a one-word gazetteer phrase (0: none). */
  readonly kind: number;
  /** The most tokens a gazetteer phrase starting with the lower-cased text has (0: none). */
  readonly longest: number;
  /** The lower-cased text is an ordinary English word. */
  readonly common: boolean;
  /**
   * The tagger's sums for the word (weights.ts fills these on the word's first use, in this object rather than
   * one of its own: a pointer less to follow per token). `at`: offset of the summed weights of the word's own
   * features at each window offset in the tagger's table, valid in that table's `generation` only.
   */
  at: number;
  generation: number;
  /** The id of the word's shape (shapeOf) in the tagger's table of shapes. */
  shape: number;
  /** How the word may continue a name (see tagger.ts). */
  continues: number;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

export function isCapitalized(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(text.charAt(0));
}

/** Cached texts beyond this are dropped (a long run over many documents sees many rare words). */
const CACHE_LIMIT = 200_000;
const cache = new Map<string, WordFacts>();

export function factsOf(text: string): WordFacts {
  let facts = cache.get(text);
  if (facts !== undefined) return facts;
  const gaz = gazetteer();
  const lower = text.toLowerCase();
  facts = {
    text,
    lower,
    capitalized: isCapitalized(text),
    startsLower: LOWER.test(text.charAt(0)),
    hasUpper: UPPER.test(text),
    hasLower: LOWER.test(text),
    hasDigit: DIGIT.test(text),
    kind: gaz.phrases.get(lower) ?? 0,
    longest: gaz.longest.get(lower) ?? 0,
    common: gaz.commonWords.has(lower),
    at: -1,
    generation: -1,
    shape: -1,
    continues: -1,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, facts);
  return facts;
}
