/**
 * Features of the entity tagger. A token's features depend only on the token itself and a few flags
 * (gazetteer matches, sentence-initial, headline capitals, how the word is written elsewhere in the
 * document), so the weights of "the token at offset k" can be summed once per distinct (word, flags) and
 * cached: tagging a token costs five cache look-ups plus the tag-history features. Training
 * (scripts/train-ner.ts) and tagging share these functions, so they cannot drift apart.
 */
import { gazetteer, KIND_BITS, Kind } from "./gazetteer.js";

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
} as const;

export interface TokenView {
  text: string;
  flags: number;
  /** The document's memory, shared by all its views (absent: tagged without document memory). */
  memory?: DocumentMemory;
}

/**
 * What the tagger decided about each capitalized word earlier in the same document, as bits of MEMORY_TYPES
 * (a name's type, or O where the capital was not sentence-initial). "Dole" tagged PER in one sentence is
 * evidence for PER in the next: non-local consistency, a cache look-up per token.
 */
export type DocumentMemory = Map<string, number>;
const MEMORY_TYPES = ["PER", "LOC", "ORG", "MISC", "O"] as const;
export const MEMORY_STATES = 1 << MEMORY_TYPES.length;

/** A word's key in the document memory: lower-cased when capitalized, else null (not remembered). */
export function memoryKey(text: string): string | null {
  return isCapitalized(text) ? text.toLowerCase() : null;
}

/** Bits the document's memory holds for this token's word (0: nothing); `key` as memoryKey gives it. */
export function recalled(view: TokenView, key = memoryKey(view.text)): number {
  if (view.memory === undefined || key === null) return 0;
  return view.memory.get(key) ?? 0;
}

/** Records the tag (index into TAGS) given to this token. */
export function remember(view: TokenView, tag: number, key = memoryKey(view.text)): void {
  if (view.memory === undefined || key === null) return;
  let bit: number;
  if (tag > 0) bit = 1 << ((tag - 1) >> 1);
  else if ((view.flags & (Flag.initial | Flag.headline)) === 0) bit = 1 << 4;
  else return;
  view.memory.set(key, (view.memory.get(key) ?? 0) | bit);
}

/** Features of the memory bits of a token (none for an empty memory). */
export function memoryFeatures(bits: number): string[] {
  return bits === 0 ? [] : [`m=${bits}`];
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

export function isCapitalized(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(text.charAt(0));
}

function pushGazetteer(features: string[], prefix: string, flags: number): void {
  for (let bit = 0; bit < FLAG_BASE; bit++) if (flags & (1 << bit)) features.push(`${prefix}g${bit}`);
}

/** Features of the word itself seen at `offset` from the token being tagged (cacheable per word). */
export function wordFeatures(text: string, offset: number, out: string[]): void {
  const lower = text.toLowerCase();
  out.push(`${offset}l=${lower}`);
  if (offset === 0) {
    out.push(
      `w=${text}`,
      `p=${lower.slice(0, 3)}`,
      `x=${lower.slice(-3)}`,
      `x2=${lower.slice(-2)}`,
      `x4=${lower.slice(-4)}`,
    );
  }
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
    pushGazetteer(out, p, flags);
  } else if (offset === -1 || offset === 1) {
    pushGazetteer(out, p, flags);
    if (flags & Flag.headline) out.push(`${p}cap`);
  }
}

/** All features contributed by a token seen at `offset` from the token being tagged (training uses this). */
export function featuresAt(token: TokenView, offset: number, out: string[]): void {
  wordFeatures(token.text, offset, out);
  flagFeatures(token.flags, shapeOf(token.text), offset, out);
}

/** Tag-history features of a token given the two previous tags (-1 before the sentence) and its shape. */
export function historyFeatures(prev: number, prev2: number, shape: string): string[] {
  return [`t1=${prev}`, `t2=${prev2}|${prev}`, `t1s=${prev}|${shape}`];
}

/**
 * Views of one document's sentences (each an array of token texts): gazetteer matches, sentence-initial,
 * headline and document-memory flags.
 */
export function viewDocument(sentences: readonly (readonly string[])[]): TokenView[][] {
  const gaz = gazetteer();
  const lowerSeen = new Set<string>();
  const titleSeen = new Set<string>();
  const headline = sentences.map(isHeadline);
  const initials = sentences.map(initialPositions);
  const evidence = new Map<string, number>();
  const note = (word: string, flag: number): void => {
    const key = word.toLowerCase();
    evidence.set(key, (evidence.get(key) ?? 0) | flag);
  };
  sentences.forEach((words, s) => {
    const initial = initials[s] as boolean[];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      if (!isCapitalized(word)) {
        if (LOWER.test(word.charAt(0))) lowerSeen.add(word);
        continue;
      }
      if (!initial[i] && !headline[s] && LOWER.test(word)) titleSeen.add(word.toLowerCase());
      if (headline[s]) continue;
      const next = words[i + 1];
      if (next === undefined || !isCapitalized(next)) continue;
      const kind = gaz.phrases.get(word.toLowerCase()) ?? 0;
      if (kind & Kind.title) note(next, Flag.afterTitle);
      if (kind & Kind.firstName && !(kind & Kind.title)) note(next, Flag.afterFirstName);
      if ((gaz.phrases.get(next.toLowerCase()) ?? 0) & Kind.organization) note(word, Flag.beforeCompanyWord);
    }
  });
  const memory: DocumentMemory = new Map();
  return sentences.map((words, s) => {
    const initial = initials[s] as boolean[];
    const views: TokenView[] = words.map((text, i) => {
      let flags = 0;
      if (initial[i]) flags |= Flag.initial;
      if (headline[s]) flags |= Flag.headline;
      if (isCapitalized(text)) {
        const lower = text.toLowerCase();
        if (lowerSeen.has(lower)) flags |= Flag.seenLower;
        if (titleSeen.has(lower)) flags |= Flag.seenTitle;
        if (gaz.commonWords.has(lower)) flags |= Flag.common;
        flags |= evidence.get(lower) ?? 0;
      }
      return { text, flags, memory };
    });
    markGazetteer(words, views, gaz.phrases, gaz.longest);
    return views;
  });
}

/** Marks the longest gazetteer phrase starting at each capitalized token (start bits low, inside bits high). */
function markGazetteer(
  words: readonly string[],
  views: TokenView[],
  phrases: Map<string, number>,
  longest: Map<string, number>,
): void {
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as string;
    if (!isCapitalized(first)) continue;
    const lowerFirst = first.toLowerCase();
    const most = Math.min(longest.get(lowerFirst) ?? 0, words.length - i);
    let key = lowerFirst;
    const keys: string[] = [key];
    for (let n = 1; n < most; n++) {
      key = `${key} ${(words[i + n] as string).toLowerCase()}`;
      keys.push(key);
    }
    for (let n = most; n >= 1; n--) {
      const kind = phrases.get(keys[n - 1] as string);
      if (kind === undefined) continue;
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
function initialPositions(words: readonly string[]): boolean[] {
  let sawWord = false;
  return words.map((word, i) => {
    const previous = i > 0 ? (words[i - 1] as string) : "";
    const beforeQuote = i > 1 ? (words[i - 2] as string) : "";
    const afterOpening =
      OPENING_QUOTES.has(previous) ||
      (AMBIGUOUS_QUOTES.has(previous) && (i < 2 || !(LOWER.test(beforeQuote) || UPPER.test(beforeQuote))));
    const initial = !sawWord || afterOpening;
    if (UPPER.test(word) || LOWER.test(word) || DIGIT.test(word)) sawWord = true;
    return initial;
  });
}

function isHeadline(words: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  let long = false;
  for (const word of words) {
    if (!UPPER.test(word) && !LOWER.test(word)) continue;
    letters++;
    if (!LOWER.test(word)) {
      upper++;
      if (word.length > 1) long = true;
    }
  }
  return long && upper >= 0.8 * letters;
}

export { Kind };
