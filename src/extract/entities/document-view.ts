/**
 * Views of a document's tokens for the tagger (token-view.ts): each token's text and flags: gazetteer matches,
 * sentence-initial, headline capitals, and how the document writes the word elsewhere (in lower case, after a
 * person title or a first name, before a company word). Training (scripts/train-ner.ts) and tagging share them.
 */
import { gazetteer, KIND_BITS, Kind } from "./gazetteer.js";
import { namesNearPronouns } from "./pronoun-near.js";
import { type DocumentMemory, Flag, KIND_MASK, type TokenView } from "./token-view.js";
import { factsOf, type WordFacts } from "./word-facts.js";

/**
 * Views of one document's sentences (each an array of token texts): gazetteer matches, sentence-initial,
 * headline and document-memory flags.
 */
export function viewDocument(sentences: readonly (readonly string[])[]): TokenView[][] {
  return viewFacts(sentences.map((words) => words.map(factsOf)));
}

/** viewDocument, from each token's factsOf (the extractor looks them up from its tokens directly). */
export function viewFacts(facts: readonly (readonly WordFacts[])[], pronounNear = true): TokenView[][] {
  const lowerSeen = new Set<string>();
  const titleSeen = new Set<string>();
  // Array.from, not map (here and in this file): TurboFan's inlined map returns a HOLEY array where the builtin
  // returns a packed one, and the readers were deoptimized for a "wrong map" when the kind changed (--trace-deopt).
  const headline = Array.from(facts, isHeadline);
  const initials = Array.from(facts, initialPositions);
  const evidence = new Map<string, number>();
  const note = (word: WordFacts, flag: number): void => {
    evidence.set(word.lower, (evidence.get(word.lower) ?? 0) | flag);
  };
  facts.forEach((words, s) => {
    const initial = initials[s] as boolean[];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as WordFacts;
      if (!word.capitalized) {
        if (word.startsLower) lowerSeen.add(word.text);
        continue;
      }
      if (!initial[i] && !headline[s] && word.hasLower) titleSeen.add(word.lower);
      if (headline[s]) continue;
      const next = words[i + 1];
      if (next === undefined || !next.capitalized) continue;
      if (word.kind & Kind.title) note(next, Flag.afterTitle);
      if (word.kind & Kind.firstName && !(word.kind & Kind.title)) note(next, Flag.afterFirstName);
      if (next.kind & Kind.organization) note(word, Flag.beforeCompanyWord);
    }
  });
  // Only for a model trained with it: the shipped one is not, and the search cost ~1% of a run's CPU (profile).
  if (pronounNear) namesNearPronouns(facts, headline, (word) => note(word, Flag.pronounNear));
  const memory: DocumentMemory = new Map();
  const phrases = gazetteer().phrases;
  const starts = phraseStarts(phrases);
  return Array.from(facts, (words, s) => {
    const initial = initials[s] as boolean[];
    const sentenceFlags = headline[s] ? Flag.headline : 0;
    const views: TokenView[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as WordFacts;
      let flags = sentenceFlags;
      if (initial[i]) flags |= Flag.initial;
      if (word.capitalized) {
        if (lowerSeen.has(word.lower)) flags |= Flag.seenLower;
        if (titleSeen.has(word.lower)) flags |= Flag.seenTitle;
        if (word.common) flags |= Flag.common;
        flags |= evidence.get(word.lower) ?? 0;
      }
      views[i] = { text: word.text, flags, memory, facts: word };
    }
    markGazetteer(words, views, phrases, starts);
    return views;
  });
}

/**
 * Every key of two words or more that opens a multi-word phrase ("new york" of "new york city"), made once per
 * phrase map: a key that opens none ends the search for longer phrases there. Sentence-initial "The" may open a
 * phrase of 6 words, and five keys were joined and looked up for each one.
 */
let startsOf: { phrases: Map<string, number>; starts: Set<string> } | null = null;

function phraseStarts(phrases: Map<string, number>): Set<string> {
  if (startsOf?.phrases !== phrases) {
    const starts = new Set<string>();
    for (const key of phrases.keys()) {
      const first = key.indexOf(" ");
      if (first < 0) continue;
      for (let at = key.indexOf(" ", first + 1); at >= 0; at = key.indexOf(" ", at + 1))
        starts.add(key.slice(0, at));
      starts.add(key);
    }
    startsOf = { phrases, starts };
  }
  return startsOf.starts;
}

/** Marks the longest gazetteer phrase starting at each capitalized token (start bits low, inside bits high). */
function markGazetteer(
  words: readonly WordFacts[],
  views: TokenView[],
  phrases: Map<string, number>,
  starts: ReadonlySet<string>,
): void {
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as WordFacts;
    if (!first.capitalized) continue;
    const most = Math.min(first.longest, words.length - i);
    if (most <= 1) {
      // No longer phrase can start here: the word alone, as factsOf looked it up.
      if (most === 1 && first.kind !== 0) (views[i] as TokenView).flags |= first.kind & KIND_MASK;
      continue;
    }
    // Phrase keys: the lower-cased words joined by one space (gazetteer.ts).
    const keys: string[] = [first.lower];
    for (let n = 1; n < most; n++) {
      const key = `${keys[n - 1]} ${(words[i + n] as WordFacts).lower}`;
      if (!starts.has(key)) break;
      keys.push(key);
    }
    for (let n = keys.length; n >= 1; n--) {
      const kind = n === 1 ? first.kind : (phrases.get(keys[n - 1] as string) ?? 0);
      if (kind === 0) continue;
      (views[i] as TokenView).flags |= kind & KIND_MASK;
      for (let j = i + 1; j < i + n; j++) (views[j] as TokenView).flags |= (kind & KIND_MASK) << KIND_BITS;
      break;
    }
  }
}

const OPENING_QUOTES = new Set(["“", "‘", "«", "„"]);
const AMBIGUOUS_QUOTES = new Set(['"', "'", "``", "`"]);

/**
 * Where a word opens a sentence or a quotation, its capital says nothing about it being a name: the first
 * word of the sentence (after any punctuation), and the first word after an opening quotation mark
 * (‘said, “Peace in the region ...’).
 */
function initialPositions(words: readonly WordFacts[]): boolean[] {
  let sawWord = false;
  const initial: boolean[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as WordFacts;
    // Only after a mark, and a quote mark has neither letters nor digits: a word before is never looked up.
    const previous = i > 0 ? (words[i - 1] as WordFacts) : null;
    let afterOpening = false;
    if (previous !== null && !(previous.hasUpper || previous.hasLower || previous.hasDigit)) {
      const beforeQuote = i > 1 ? (words[i - 2] as WordFacts) : null;
      afterOpening =
        OPENING_QUOTES.has(previous.text) ||
        (AMBIGUOUS_QUOTES.has(previous.text) &&
          (beforeQuote === null || !(beforeQuote.hasLower || beforeQuote.hasUpper)));
    }
    initial[i] = !sawWord || afterOpening;
    if (word.hasUpper || word.hasLower || word.hasDigit) sawWord = true;
  }
  return initial;
}

function isHeadline(words: readonly WordFacts[]): boolean {
  let letters = 0;
  let upper = 0;
  let long = false;
  for (const word of words) {
    if (!word.hasUpper && !word.hasLower) continue;
    letters++;
    if (!word.hasLower) {
      upper++;
      if (word.text.length > 1) long = true;
    }
  }
  return long && upper >= 0.8 * letters;
}
