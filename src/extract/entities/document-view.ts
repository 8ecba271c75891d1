/**
 * Views of a document's tokens for the tagger (token-view.ts): each token's text and flags: gazetteer matches,
 * sentence-initial, headline capitals, and how the document writes the word elsewhere (in lower case, after a
 * person title or a first name, before a company word). Training (scripts/train-ner.ts) and tagging share them.
 */
import { EITHER_SIDE_QUOTE_MARKS, OPENING_QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { gazetteer, KIND_BITS, Kind } from "./gazetteer.js";
import type { Lookup } from "./key-index.js";
import { namesNearPronouns } from "./pronoun-near.js";
import { type DocumentMemory, Flag, KIND_MASK, type TokenView } from "./token-view.js";
import { factsOf, type WordFacts } from "./word-facts.js";

/** The sentences of a document's tokens: each the tokens [firstToken, endToken) (segments.ts's Segment). */
export interface TokenRange {
  readonly firstToken: number;
  readonly endToken: number;
}

/**
 * A document as the tagger reads it, by token index: each token's facts and flags, and the document's memory.
 * Extraction tags from this (no object per token: views were 2.9 M objects a Reuters run); TokenView arrays,
 * which training reads, are made from it (viewFacts).
 */
export interface DocumentView {
  readonly facts: readonly WordFacts[];
  readonly flags: readonly number[];
  /** Absent: tagged without document memory (as a TokenView without one). */
  readonly memory?: DocumentMemory;
}

/**
 * Views of one document's sentences (each an array of token texts): gazetteer matches, sentence-initial,
 * headline and document-memory flags.
 */
export function viewDocument(sentences: readonly (readonly string[])[]): TokenView[][] {
  return viewFacts(sentences.map((words) => words.map(factsOf)));
}

/** viewDocument, from each token's factsOf: the views of flagDocument's flags. */
export function viewFacts(facts: readonly (readonly WordFacts[])[], pronounNear = true): TokenView[][] {
  const all: WordFacts[] = [];
  const sentences: TokenRange[] = [];
  for (const words of facts) {
    sentences.push({ firstToken: all.length, endToken: all.length + words.length });
    for (const word of words) all.push(word);
  }
  const { flags, memory } = flagDocument(all, sentences, pronounNear);
  return Array.from(sentences, ({ firstToken, endToken }) => {
    const views: TokenView[] = new Array(endToken - firstToken);
    for (let i = firstToken; i < endToken; i++) {
      const word = all[i] as WordFacts;
      views[i - firstToken] = { text: word.text, flags: flags[i] as number, memory, facts: word };
    }
    return views;
  });
}

/**
 * The flags of a document's tokens (`facts`: factsOf of each token, in order; `sentences` cover them in order):
 * gazetteer matches, sentence-initial, headline, and how the document writes each word elsewhere.
 */
export function flagDocument(
  facts: readonly WordFacts[],
  sentences: readonly TokenRange[],
  pronounNear = true,
): DocumentView {
  // Measured (session 18) and not kept: a per-call mark on each word's facts so that a word's later tokens skip
  // these sets (most lower-case tokens repeat a word of their document). flagDocument alone over 6,000 Reuters
  // documents, base and branch in one process, 20 alternated rounds each, load 16: 1.004x and 0.984x (two load orders).
  const lowerSeen = new Set<string>();
  const titleSeen = new Set<string>();
  const flags: number[] = new Array(facts.length).fill(0);
  // Array.from, not map (here and in this file): TurboFan's inlined map returns a HOLEY array where the builtin
  // returns a packed one, and the readers were deoptimized for a "wrong map" when the kind changed (--trace-deopt).
  const headline = Array.from(sentences, (s) => isHeadline(facts, s.firstToken, s.endToken));
  for (const s of sentences) markInitials(facts, s.firstToken, s.endToken, flags);
  const evidence = new Map<string, number>();
  const note = (word: WordFacts, flag: number): void => {
    evidence.set(word.lower, (evidence.get(word.lower) ?? 0) | flag);
  };
  for (let s = 0; s < sentences.length; s++) {
    const { firstToken, endToken } = sentences[s] as TokenRange;
    const inHeadline = headline[s] as boolean;
    for (let i = firstToken; i < endToken; i++) {
      const word = facts[i] as WordFacts;
      if (!word.capitalized) {
        if (word.startsLower) lowerSeen.add(word.text);
        continue;
      }
      if (((flags[i] as number) & Flag.initial) === 0 && !inHeadline && word.hasLower)
        titleSeen.add(word.lower);
      if (inHeadline || i + 1 >= endToken) continue;
      const next = facts[i + 1] as WordFacts;
      if (!next.capitalized) continue;
      if (word.kind & Kind.title) note(next, Flag.afterTitle);
      if (word.kind & Kind.firstName && !(word.kind & Kind.title)) note(next, Flag.afterFirstName);
      if (next.kind & Kind.organization) note(word, Flag.beforeCompanyWord);
    }
  }
  // Only for a model trained with it: the shipped one is not, and the search cost ~1% of a run's CPU (profile).
  if (pronounNear)
    namesNearPronouns(
      Array.from(sentences, (s) => facts.slice(s.firstToken, s.endToken)),
      headline,
      (word) => note(word, Flag.pronounNear),
    );
  const { phrases, openers } = gazetteer();
  for (let s = 0; s < sentences.length; s++) {
    const { firstToken, endToken } = sentences[s] as TokenRange;
    const sentenceFlags = headline[s] ? Flag.headline : 0;
    for (let i = firstToken; i < endToken; i++) {
      const word = facts[i] as WordFacts;
      let bits = (flags[i] as number) | sentenceFlags;
      if (word.capitalized) {
        if (lowerSeen.has(word.lower)) bits |= Flag.seenLower;
        if (titleSeen.has(word.lower)) bits |= Flag.seenTitle;
        if (word.common) bits |= Flag.common;
        bits |= evidence.get(word.lower) ?? 0;
      }
      flags[i] = bits;
    }
    markGazetteer(facts, firstToken, endToken, flags, phrases, openers);
  }
  return { facts, flags, memory: new Map() };
}
/** Marks the longest gazetteer phrase starting at each capitalized token (start bits low, inside bits high). */
function markGazetteer(
  words: readonly WordFacts[],
  from: number,
  to: number,
  flags: number[],
  phrases: Lookup<number>,
  openers: { has(key: string): boolean },
): void {
  for (let i = from; i < to; i++) {
    const first = words[i] as WordFacts;
    if (!first.capitalized) continue;
    const most = Math.min(first.longest, to - i);
    if (most <= 1) {
      // No longer phrase can start here: the word alone, as factsOf looked it up.
      if (most === 1 && first.kind !== 0) flags[i] = (flags[i] as number) | (first.kind & KIND_MASK);
      continue;
    }
    // Phrase keys: the lower-cased words joined by one space (gazetteer.ts).
    const keys: string[] = [first.lower];
    for (let n = 1; n < most; n++) {
      const key = `${keys[n - 1]} ${(words[i + n] as WordFacts).lower}`;
      if (!openers.has(key)) break;
      keys.push(key);
    }
    for (let n = keys.length; n >= 1; n--) {
      const kind = n === 1 ? first.kind : (phrases.get(keys[n - 1] as string) ?? 0);
      if (kind === 0) continue;
      flags[i] = (flags[i] as number) | (kind & KIND_MASK);
      for (let j = i + 1; j < i + n; j++) flags[j] = (flags[j] as number) | ((kind & KIND_MASK) << KIND_BITS);
      break;
    }
  }
}

/**
 * Where a word opens a sentence or a quotation, its capital says nothing about it being a name: the first
 * word of the sentence (after any punctuation), and the first word after an opening quotation mark
 * (‘said, “Peace in the region ...’). Sets Flag.initial of those in words[from, to).
 */
function markInitials(words: readonly WordFacts[], from: number, to: number, flags: number[]): void {
  let sawWord = false;
  for (let i = from; i < to; i++) {
    const word = words[i] as WordFacts;
    // Only after a mark, and a quote mark has neither letters nor digits: a word before is never looked up.
    const previous = i > from ? (words[i - 1] as WordFacts) : null;
    let afterOpening = false;
    if (previous !== null && !(previous.hasUpper || previous.hasLower || previous.hasDigit)) {
      const beforeQuote = i > from + 1 ? (words[i - 2] as WordFacts) : null;
      afterOpening =
        OPENING_QUOTE_MARKS.has(previous.text) ||
        (EITHER_SIDE_QUOTE_MARKS.has(previous.text) &&
          (beforeQuote === null || !(beforeQuote.hasLower || beforeQuote.hasUpper)));
    }
    if (!sawWord || afterOpening) flags[i] = (flags[i] as number) | Flag.initial;
    if (word.hasUpper || word.hasLower || word.hasDigit) sawWord = true;
  }
}

function isHeadline(words: readonly WordFacts[], from: number, to: number): boolean {
  let letters = 0;
  let upper = 0;
  let long = false;
  for (let i = from; i < to; i++) {
    const word = words[i] as WordFacts;
    if (!word.hasUpper && !word.hasLower) continue;
    letters++;
    if (!word.hasLower) {
      upper++;
      if (word.text.length > 1) long = true;
    }
  }
  return long && upper >= 0.8 * letters;
}
