/**
 * Features of the entity tagger. A token's features depend only on the token itself and a few flags
 * (gazetteer matches, sentence-initial, headline capitals, how the word is written elsewhere in the
 * document), so the weights of "the token at offset k" can be summed once per distinct (word, flags) and
 * cached: tagging a token costs five cache look-ups plus the tag-history features. Training
 * (scripts/train-ner.ts) and tagging share these functions, so they cannot drift apart.
 */
import { gazetteer, KIND_BITS, Kind } from "./gazetteer.js";
import { namesNearPronouns } from "./pronoun-near.js";
import type { WordClusters } from "./word-clusters.js";
import { factsOf, isCapitalized, type WordFacts } from "./word-facts.js";

export { isCapitalized };

export const TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
/** Offsets of the neighbouring tokens whose features are used. */
export const WINDOW = [-2, -1, 0, 1, 2] as const;

const KIND_MASK = (1 << KIND_BITS) - 1;
const FLAG_BASE = 2 * KIND_BITS;

/**
 * Flags of a token, beyond its text. Gazetteer kinds take the low 2 × KIND_BITS bits (start of a match, inside
 * a match).
 */
export const Flag = {
  initial: 1 << FLAG_BASE,
  headline: 1 << (FLAG_BASE + 1),
  seenLower: 1 << (FLAG_BASE + 2),
  seenTitle: 1 << (FLAG_BASE + 3),
  /** A capitalized word that is also an ordinary English word ("Reading", "Police"). */
  common: 1 << (FLAG_BASE + 4),
  /** The document writes this word after a person title elsewhere ("Ms Okafor"): a surname. */
  afterTitle: 1 << (FLAG_BASE + 5),
  /** The document writes this word after a known first name elsewhere ("Priya Okafor"): a surname. */
  afterFirstName: 1 << (FLAG_BASE + 6),
  /** The document writes this word before a company word elsewhere ("Zentrix Ltd"): an organization. */
  beforeCompanyWord: 1 << (FLAG_BASE + 7),
  /**
   * A first name that reads as one alone (first-name.ts), written in a sentence that or whose next sentence holds a
   * pronoun of its gender (any gendered pronoun for a name of no known gender): "their child, Gloria. She died"
   * is a person, though CoNLL train knows "Gloria" only as the first word of a football club.
   */
  pronounNear: 1 << (FLAG_BASE + 8),
} as const;

export interface TokenView {
  text: string;
  flags: number;
  /** The document's memory, shared by all its views (absent: tagged without document memory). */
  memory?: DocumentMemory;
  /** factsOf(text), as viewDocument found it. */
  facts?: WordFacts;
}

/**
 * What the tagger decided about each capitalized word earlier in the same document (extended prediction history,
 * Ratinov & Roth 2009): "Dole" tagged PER in one sentence is evidence for PER in the next. A word's value holds
 * the MEMORY_TYPES it was given as bits (a name's type, or O where the capital was not sentence-initial), how
 * often each (COUNT_BITS each, capped), and the majority type of those counts (0: tied or none). One Map per
 * document, one look-up per capitalized token.
 */
export type DocumentMemory = Map<string, number>;
const MEMORY_TYPES = ["PER", "LOC", "ORG", "MISC", "O"] as const;
const TYPE_BITS = (1 << MEMORY_TYPES.length) - 1;
const COUNT_BITS = 3;
const COUNT_MAX = (1 << COUNT_BITS) - 1;
const COUNT_BASE = MEMORY_TYPES.length;
const MAJORITY_BASE = COUNT_BASE + COUNT_BITS * MEMORY_TYPES.length;
/** Majority codes: 0 (tied, or one type) and 1 + the index of each type. */
const MAJORITIES = MEMORY_TYPES.length + 1;
/** Neighbours' memory states (recalledTypes' values): the type bits. */
export const MEMORY_TYPE_STATES = TYPE_BITS + 1;
/** Memory states (recalled's values): type bits × majority code. */
export const MEMORY_STATES = (TYPE_BITS + 1) * MAJORITIES;

/** A word's key in the document memory: lower-cased when capitalized, else null (not remembered). */
export function memoryKey(text: string): string | null {
  return isCapitalized(text) ? text.toLowerCase() : null;
}

/** The memory state of a memory value: its type bits and majority code, below MEMORY_STATES (0: nothing). */
function stateOf(value: number): number {
  return (value & TYPE_BITS) * MAJORITIES + (value >>> MAJORITY_BASE);
}

/** The memory state (below MEMORY_STATES; 0: nothing) for this token's word; `key` as memoryKey gives it. */
export function recalled(view: TokenView, key = memoryKey(view.text)): number {
  if (view.memory === undefined || key === null) return 0;
  return stateOf(view.memory.get(key) ?? 0);
}

/** The type bits alone (below TYPE_BITS + 1) of a neighbour's word; `key` as memoryKey gives it. */
export function recalledTypes(view: TokenView | undefined, key: string | null): number {
  if (view === undefined || view.memory === undefined || key === null) return 0;
  return (view.memory.get(key) ?? 0) & TYPE_BITS;
}

/** Records the tag (index into TAGS) given to this token. */
export function remember(view: TokenView, tag: number, key = memoryKey(view.text)): void {
  if (view.memory === undefined || key === null) return;
  let type: number;
  if (tag > 0) type = (tag - 1) >> 1;
  else if ((view.flags & (Flag.initial | Flag.headline)) === 0) type = 4;
  else return;
  const value = view.memory.get(key) ?? 0;
  let best = 0;
  let bestCount = 0;
  let tied = false;
  let counts = 0;
  for (let t = 0; t < MEMORY_TYPES.length; t++) {
    const shift = COUNT_BASE + COUNT_BITS * t;
    let count = (value >>> shift) & COUNT_MAX;
    if (t === type && count < COUNT_MAX) count++;
    counts |= count << shift;
    if (count > bestCount) {
      best = t + 1;
      bestCount = count;
      tied = false;
    } else if (count === bestCount && count > 0) tied = true;
  }
  view.memory.set(
    key,
    ((value & TYPE_BITS) | (1 << type) | counts | ((tied ? 0 : best) << MAJORITY_BASE)) >>> 0,
  );
}

/**
 * Features of a memory state (none for an empty memory): the types seen, and where more than one was, the
 * majority (`mm=`; only in a model trained with NER_HISTORY=1).
 */
export function memoryFeatures(state: number): string[] {
  const bits = Math.floor(state / MAJORITIES);
  if (bits === 0) return [];
  if ((bits & (bits - 1)) === 0) return [`m=${bits}`];
  return [`m=${bits}`, `mm=${state % MAJORITIES}`];
}

/** Features of the memory's type bits of the word before (offset -1) or after (+1): `-1m=`, `1m=` (NER_HISTORY=1). */
export function neighbourMemoryFeatures(offset: -1 | 1, bits: number): string[] {
  return bits === 0 ? [] : [`${offset}m=${bits}`];
}

/** Whether a model has the features of the neighbours' memory (its feature table's `has`). */
export function usesNeighbourMemory(has: (name: string) => boolean): boolean {
  for (let bits = 1; bits <= TYPE_BITS; bits++) if (has(`-1m=${bits}`) || has(`1m=${bits}`)) return true;
  return false;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** "Hassan" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d", "McDonald" → "XxXx". */
export function shapeOf(text: string): string {
  let shape = "";
  let last = "";
  for (const char of text.length > 20 ? text.slice(0, 20) : text) {
    const code = char.charCodeAt(0);
    const kind =
      code >= 65 && code <= 90
        ? "X"
        : code >= 97 && code <= 122
          ? "x"
          : code >= 48 && code <= 57
            ? "d"
            : code < 128
              ? char
              : UPPER.test(char)
                ? "X"
                : LOWER.test(char)
                  ? "x"
                  : DIGIT.test(char)
                    ? "d"
                    : char;
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

function pushGazetteer(features: string[], prefix: string, flags: number): void {
  for (let bit = 0; bit < FLAG_BASE; bit++) if (flags & (1 << bit)) features.push(`${prefix}g${bit}`);
}

/** Where a word feature's name is put together: the name is `prefix` + source.slice(from, to). */
export interface FeaturePartSink {
  add(prefix: string, source: string, from: number, to: number): void;
}

/** `${offset}l=` for each offset of the window. */
const LOWER_PREFIX = new Map<number, string>(WINDOW.map((offset) => [offset, `${offset}l=`]));

/**
 * Features of the word itself seen at `offset` from the token being tagged (cacheable per word), each as its
 * name's parts: the tagger looks the names up without making them (weights.ts; a new word made ten strings,
 * each hashed once and thrown away). `lower`: the text lower-cased.
 */
export function wordFeatureParts(
  text: string,
  offset: number,
  lower: string,
  sink: FeaturePartSink,
  clusters: WordClusters | null = null,
): void {
  const n = lower.length;
  sink.add(LOWER_PREFIX.get(offset) ?? `${offset}l=`, lower, 0, n);
  if (offset === 0) {
    sink.add("w=", text, 0, text.length);
    sink.add("p=", lower, 0, Math.min(3, n));
    sink.add("x=", lower, Math.max(0, n - 3), n);
    sink.add("x2=", lower, Math.max(0, n - 2), n);
    sink.add("x4=", lower, Math.max(0, n - 4), n);
  }
  if (clusters !== null && offset >= -1 && offset <= 1)
    clusterFeatureParts(text, offset, lower, sink, clusters);
}

const CLUSTER_PREFIX = new Map<number, string>(WINDOW.map((offset) => [offset, `${offset}c=`]));

/**
 * The word's cluster path prefixes (word-clusters.ts: 4, 8 and 12 bits for the word itself, 4 and 8 for its
 * neighbours), and for the word itself the 8-bit cluster of a capitalized word apart ("Bush" is not "bush").
 */
function clusterFeatureParts(
  text: string,
  offset: number,
  lower: string,
  sink: FeaturePartSink,
  clusters: WordClusters,
): void {
  const at = clusters.pathAt(lower);
  if (at < 0) return;
  const prefix = CLUSTER_PREFIX.get(offset) as string;
  const most = offset === 0 ? clusters.digits : Math.min(2, clusters.digits);
  for (let digits = 1; digits <= most; digits++) sink.add(prefix, clusters.paths, at, at + digits);
  if (offset === 0 && isCapitalized(text))
    sink.add("0C=", clusters.paths, at, at + Math.min(2, clusters.digits));
}

/** wordFeatureParts as names (training uses this); `lower`: the text lower-cased, when the caller knows it already. */
export function wordFeatures(
  text: string,
  offset: number,
  out: string[],
  lower = text.toLowerCase(),
  clusters: WordClusters | null = null,
): void {
  wordFeatureParts(
    text,
    offset,
    lower,
    { add: (prefix, source, from, to) => out.push(prefix + source.slice(from, to)) },
    clusters,
  );
}

/** Whether a model's features include word clusters (its feature table's `has`): a model trained with them. */
export function usesClusters(has: (name: string) => boolean): boolean {
  for (let digit = 0; digit < 16; digit++) if (has(`0c=${digit.toString(16)}`)) return true;
  return false;
}

/** Features of a token's shape and flags seen at `offset` (cacheable per flags and shape: a small set). */
export function flagFeatures(flags: number, shape: string, offset: number, out: string[]): void {
  const p = `${offset}`;
  out.push(`${p}s=${shape}`);
  if (offset === 0) {
    if (flags & Flag.initial) out.push("ini", `ini|${shape}`);
    if (flags & Flag.headline) out.push("cap", `cap|${shape}`);
    if (flags & Flag.seenLower) out.push("dl", `dl|${shape}`);
    if (flags & Flag.seenTitle) out.push("dt", `dt|${shape}`);
    if (flags & Flag.common) out.push("cw", `cw|${flags & Flag.initial}`);
    if (flags & Flag.afterTitle) out.push("at", `at|${shape}`);
    if (flags & Flag.afterFirstName) out.push("af", `af|${shape}`);
    if (flags & Flag.beforeCompanyWord) out.push("bc", `bc|${shape}`);
    if (flags & Flag.pronounNear) out.push("fp", `fp|${flags & Flag.initial}`);
    pushGazetteer(out, p, flags);
  } else if (offset === -1 || offset === 1) {
    pushGazetteer(out, p, flags);
    if (flags & Flag.headline) out.push(`${p}cap`);
  }
}

/** All features contributed by a token seen at `offset` from the token being tagged (training uses this). */
export function featuresAt(
  token: TokenView,
  offset: number,
  out: string[],
  clusters: WordClusters | null = null,
): void {
  wordFeatures(token.text, offset, out, token.text.toLowerCase(), clusters);
  flagFeatures(token.flags, shapeOf(token.text), offset, out);
}

/** Tag-history features of a token given the two previous tags (-1 before the sentence) and its shape. */
export function historyFeatures(prev: number, prev2: number, shape: string): string[] {
  return [...tagHistoryFeatures(prev, prev2), ...shapeHistoryFeatures(prev, prev2, shape)];
}

/** The tag-history features that do not depend on the token (the tagger sums them once, not once per shape). */
export function tagHistoryFeatures(prev: number, prev2: number): string[] {
  return [`t1=${prev}`, `t2=${prev2}|${prev}`];
}

/** The tag-history features of the token's shape, after tagHistoryFeatures. */
export function shapeHistoryFeatures(prev: number, _prev2: number, shape: string): string[] {
  return [`t1s=${prev}|${shape}`];
}

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

/** Marks the longest gazetteer phrase starting at each capitalized token (start bits low, inside bits high). */
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

export { Kind };
