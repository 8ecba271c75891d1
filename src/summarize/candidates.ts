import { BOILERPLATE_PHRASES, CAPTION_MARKERS, DATELINE_SOURCES } from "../lexicon/boilerplate.js";
import { CONTEXT_OPENERS } from "../lexicon/context-openers.js";
import { STOPWORDS } from "../lexicon/stopwords.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { MAX_SENTENCE_CHARS, MAX_SENTENCE_TOKENS } from "../text/limits.js";
import type { Sentence, Token } from "../types.js";
import { quoteFlags } from "./quote-state.js";

/** A sentence as the ranker sees it. */
export interface Candidate {
  /** Index of the sentence in the document. */
  index: number;
  /** The span a summary would show: the sentence, less a leading dateline ("(CNN) --"). */
  start: number;
  end: number;
  /** Word and number tokens. */
  words: number;
  /**
   * Content words as ids into the document's vocabulary (lower-cased, stop words left out), repeats kept: empty
   * until addTerms, which only a document that is ranked needs (a third of the 1,500 bench documents are not).
   */
  terms: number[];
  /** Tokens inside quotation marks, as a share of all tokens. */
  quotedShare: number;
  /** May appear in a summary at all: not boilerplate, not a fragment of a longer quotation, not tiny. */
  eligible: boolean;
  /**
   * Looks like a photo caption glued to text, or ends without final punctuation: false until markCaptions,
   * which only a document that is ranked needs, as its terms.
   */
  captionLike: boolean;
  /** Starts with a pronoun or connective that leans on the sentence before ("But he said..."). */
  needsContext: boolean;
}

/** Fewer words than this is a label or debris ("By .", "Pictured:"), not a sentence worth a summary slot. */
export const MIN_WORDS = 6;

/** A closing quote or bracket after a sentence's final punctuation: " ' ” ’ ) ]. */
const isCloser = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
/** A sentence's final punctuation: . ! ? … */
const isFinal = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

/**
 * Whether text[start, end) ends with final punctuation, closing quotes and brackets after it (/[.!?…]["'”’)\]]*$/u):
 * read from the end, where the pattern tried every position of the sentence (markCaptions 0.35% of a Reuters
 * `--jobs 1` profile).
 */
function endsFinal(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isCloser(text.charCodeAt(i))) i--;
  return i >= start && isFinal(text.charCodeAt(i));
}

/** "(CNN)", "LONDON, England (CNN) --", "(Reuters) -" at the very start of a sentence. */
const DATELINE = new RegExp(
  String.raw`^(?:[\p{Lu}][\p{L}.,' ]{0,50}\s)?\((?:${DATELINE_SOURCES.map(escapeRegExp).join("|")})\)\s*(?:--|—|–|-)?\s*`,
  "u",
);

function datelineLength(text: string): number {
  const match = DATELINE.exec(text.slice(0, 120));
  return match ? match[0].length : 0;
}

/** One case-insensitive alternation per list: one scan of a sentence instead of one per phrase. */
const anyOf = (phrases: readonly string[]): RegExp => new RegExp(phrases.map(escapeRegExp).join("|"), "i");
const BOILERPLATE = anyOf(BOILERPLATE_PHRASES);
const CAPTION = anyOf(CAPTION_MARKERS);

/** The splitter cut this sentence at its length cap: it is half of a longer run of text. */
function wasCut(sentence: Sentence | undefined): boolean {
  return (
    sentence !== undefined &&
    (sentence.endToken - sentence.firstToken >= MAX_SENTENCE_TOKENS ||
      sentence.end - sentence.start >= MAX_SENTENCE_CHARS)
  );
}

export function candidates(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): Candidate[] {
  const quotes = quoteFlags(text, tokens, sentences);
  // Array.from, not map: TurboFan's inlined map returns a HOLEY array where the builtin returns a packed one, so
  // once this was optimized choose and similarityMatrix met a new map and were deoptimized (--trace-deopt).
  return Array.from(sentences, (sentence, index) => {
    const raw = text.slice(sentence.start, sentence.end);
    // Datelines open a story, so only its first sentence can carry one.
    const skip = index === 0 ? datelineLength(raw) : 0;
    let words = 0;
    let firstWord = "";
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = tokens[i] as Token;
      if (token.kind === "punct" || token.start < sentence.start + skip) continue;
      if (words === 0) firstWord = token.lower;
      words += 1;
    }
    const flags = quotes[index] as (typeof quotes)[number];
    const tokenCount = Math.max(1, sentence.endToken - sentence.firstToken);
    return {
      index,
      start: sentence.start + skip,
      end: sentence.end,
      words,
      terms: [],
      quotedShare: flags.quotedTokens / tokenCount,
      eligible:
        words >= MIN_WORDS &&
        !wasCut(sentence) &&
        !wasCut(sentences[index - 1]) &&
        !flags.startsInside &&
        !flags.endsInside &&
        !BOILERPLATE.test(raw),
      needsContext: CONTEXT_OPENERS.has(firstWord),
      captionLike: false,
    };
  });
}

/** Sets each candidate's captionLike; `sentences` as given to candidates(). */
export function markCaptions(pool: readonly Candidate[], text: string, sentences: readonly Sentence[]): void {
  for (const c of pool) {
    const sentence = sentences[c.index] as Sentence;
    c.captionLike =
      !endsFinal(text, sentence.start, sentence.end) ||
      CAPTION.test(text.slice(sentence.start, sentence.end));
  }
}

/**
 * Fills each candidate's terms (its words from its start on), numbered in the order they first appear in
 * the pool; `sentences` as given to candidates().
 */
export function addTerms(
  pool: readonly Candidate[],
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): void {
  const vocabulary = new Map<string, number>();
  for (const c of pool) {
    const sentence = sentences[c.index] as Sentence;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = tokens[i] as Token;
      if (token.kind !== "word" || token.start < c.start) continue;
      const term = token.lower;
      if (term.length > 1 && !STOPWORDS.has(term)) {
        let id = vocabulary.get(term);
        if (id === undefined) {
          id = vocabulary.size;
          vocabulary.set(term, id);
        }
        c.terms.push(id);
      }
    }
  }
}
