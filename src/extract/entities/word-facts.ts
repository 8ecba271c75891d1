/**
 * What the tagger's flags and features need to know about a token's text alone (its lower case, its
 * capitals, its gazetteer kinds), worked out once per distinct text and kept for the process: a token then
 * costs one look-up instead of a lower-casing, three regular expressions and four gazetteer look-ups per
 * use (the 19,779 Reuters documents hold 2.9 M tokens but 80 k distinct texts).
 */
import { isCapitalized } from "../../text/word-shape.js";
import { gazetteer } from "./gazetteer.js";
import { hashOf } from "./string-table.js";

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
  /**
   * The most tokens a gazetteer phrase starting with the lower-cased text has (0: none). Only of a capitalized text
   * (0 for the others: markGazetteer starts a phrase only at a capitalized word).
   */
  readonly longest: number;
  /** The lower-cased text is an ordinary English word. Only of a capitalized text (false for the others). */
  readonly common: boolean;
  /**
   * The tagger's rows for the word (weights.ts fills these on the word's first use, in this object rather than
   * one of its own: a pointer less to follow per token). `row0`..`row4`: offset in the tagger's word rows
   * (word-rows.ts) of the weights of the word's own features seen at window offset WINDOW[0..4], valid in that
   * table's `generation` only (or always, for a word of the pack's vocabulary).
   */
  row0: number;
  row1: number;
  row2: number;
  row3: number;
  row4: number;
  generation: number;
  /** The id of the word's shape (shapeOf) in the tagger's table of shapes. */
  shape: number;
  /** How the word may continue a name (see tagger.ts). */
  continues: number;
  /**
   * The flags of the word's last token and the offset of their (flags, shape) row (tagger.ts): most tokens of a
   * word carry the flags its last one did, and this spares them the row's Map look-up. -1: none yet.
   */
  lastFlags: number;
  lastFlagRow: number;
  /** first-name.ts's answers for the text, as its bits (-1: not asked yet). */
  firstName: number;
  /** The cues the text gives the gated rules (sentence-cues.ts), as bits (-1: not asked yet). */
  cues: number;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

const HAS_UPPER = 1;
const HAS_LOWER = 2;
const HAS_DIGIT = 4;
const STARTS_LOWER = 8;

/**
 * The UPPER, LOWER and DIGIT tests of an ASCII text as bits, read from its character codes (-1: the text holds
 * a character past ASCII, for the regular expressions to judge). Each of the ~90,000 texts new to a Reuters run
 * ran four Unicode-property expressions; nine in ten are ASCII.
 */
function asciiLetters(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return -1;
    if (code >= 65 && code <= 90) bits |= HAS_UPPER;
    else if (code >= 97 && code <= 122) bits |= i === 0 ? HAS_LOWER | STARTS_LOWER : HAS_LOWER;
    else if (code >= 48 && code <= 57) bits |= HAS_DIGIT;
  }
  return bits;
}

/**
 * The facts of every text seen, in an open-addressing table keyed by a hash computed here: a token's text is a
 * new string (a slice of its document), and a Map must hash it through the engine before the look-up; this
 * table's hash is a few multiplications, and its probe rarely leaves one cache line. One look-up per token:
 * 19,779 Reuters documents, 3.1 M look-ups, 530-960 ms with a Map against 300-360 ms here.
 */
const MAX_SLOT_BITS = 18;
/** Texts kept before the table starts again (a long run sees many rare words): at most 61% of the slots. */
const CACHE_LIMIT = 160_000;
/**
 * The table starts small and doubles while it is under MAX_SLOT_BITS and half full: made at its full size when
 * this module was evaluated (two arrays of 262,144 slots filled, and the hashes), it cost 28-36 ms of CPU at every
 * thread's start (in-process, a run over one document, load 15-17), for a table a small corpus never fills.
 */
const FIRST_SLOT_BITS = 12;
let slotMask = (1 << FIRST_SLOT_BITS) - 1;
let slots: (WordFacts | null)[] = new Array(1 << FIRST_SLOT_BITS).fill(null);
/**
 * Each slot's text beside its facts: the probe compares it without going through the facts object first (one
 * memory access less on the way to a hit: the three reads of a slot go out together).
 */
let texts: (string | null)[] = new Array(1 << FIRST_SLOT_BITS).fill(null);
let hashes = new Int32Array(1 << FIRST_SLOT_BITS);
let size = 0;

export function factsOf(text: string): WordFacts {
  return factsOfHashed(text, hashOf(text));
}

/** Each text's hash (factsOfTokens' first pass), grown to the longest document; holds nothing between calls. */
let textHashes = new Int32Array(4096);
/** Where factsOfTokens leaves what its first pass read (kept so the reads are not left out). */
const slotsRead = new Int32Array(1);

/**
 * factsOf of each token's text, in order (a document's tokens: any objects with a `text`). A first pass hashes every
 * text and reads its slot, the slot's text and its facts, each read independent of the last, so that their
 * cache misses overlap; the look-ups then find them in the cache. One look-up after another waited on each miss
 * in turn: the probe's first reads held two thirds of factsOf's samples, and isHeadline's first read of a
 * word's facts 90% of its own (cold `--jobs 1` profile).
 */
export function factsOfTokens(tokens: readonly { readonly text: string }[]): WordFacts[] {
  const count = tokens.length;
  if (textHashes.length < count) textHashes = new Int32Array(Math.max(count, 2 * textHashes.length));
  let read = 0;
  for (let i = 0; i < count; i++) {
    const hash = hashOf((tokens[i] as { text: string }).text);
    textHashes[i] = hash;
    const slot = hash & slotMask;
    const known = texts[slot];
    const facts = slots[slot];
    read |= (hashes[slot] as number) ^ (known == null ? 0 : known.length) ^ (facts == null ? 0 : facts.kind);
  }
  slotsRead[0] = read;
  const found: WordFacts[] = new Array(count);
  for (let i = 0; i < count; i++)
    found[i] = factsOfHashed((tokens[i] as { text: string }).text, textHashes[i] as number);
  return found;
}

function factsOfHashed(text: string, hash: number): WordFacts {
  let slot = hash & slotMask;
  for (let known = texts[slot]; known !== null; known = texts[slot]) {
    if (hashes[slot] === hash && known === text) return slots[slot] as WordFacts;
    slot = (slot + 1) & slotMask;
  }
  if (size >= CACHE_LIMIT) {
    slots = new Array(slotMask + 1).fill(null);
    texts = new Array(slotMask + 1).fill(null);
    size = 0;
    slot = hash & slotMask;
  } else if (2 * size >= slotMask + 1 && slotMask < (1 << MAX_SLOT_BITS) - 1) {
    grow();
    slot = hash & slotMask;
    while (texts[slot] !== null) slot = (slot + 1) & slotMask;
  }
  const gaz = gazetteer();
  const lower = text.toLowerCase();
  const letters = asciiLetters(text);
  const capitalized = isCapitalized(text);
  const facts: WordFacts = {
    text,
    lower,
    capitalized,
    startsLower: letters < 0 ? LOWER.test(text.charAt(0)) : (letters & STARTS_LOWER) !== 0,
    hasUpper: letters < 0 ? UPPER.test(text) : (letters & HAS_UPPER) !== 0,
    hasLower: letters < 0 ? LOWER.test(text) : (letters & HAS_LOWER) !== 0,
    hasDigit: letters < 0 ? DIGIT.test(text) : (letters & HAS_DIGIT) !== 0,
    kind: gaz.phrases.get(lower) ?? 0,
    // Asked only of a capitalized text, the only one whose `longest` and `common` a reader asks (document-view.ts):
    // the list's binary search for a new word was 59 of `has`'s 156 samples in a cold --jobs 1 Reuters profile.
    longest: capitalized ? (gaz.longest.get(lower) ?? 0) : 0,
    common: capitalized && gaz.commonWords.has(lower),
    row0: -1,
    row1: -1,
    row2: -1,
    row3: -1,
    row4: -1,
    generation: -1,
    shape: -1,
    continues: -1,
    lastFlags: -1,
    lastFlagRow: -1,
    firstName: -1,
    cues: -1,
  };
  slots[slot] = facts;
  texts[slot] = text;
  hashes[slot] = hash;
  size++;
  return facts;
}

/** The table's slots now (tests: it starts small and doubles as texts come). */
export const factsTableSlots = (): number => slotMask + 1;

/** Doubles the table, each text placed again by its hash (the same facts objects: a token's facts do not change). */
function grow(): void {
  const oldSlots = slots;
  const oldTexts = texts;
  const oldHashes = hashes;
  const count = 2 * (slotMask + 1);
  slotMask = count - 1;
  slots = new Array(count).fill(null);
  texts = new Array(count).fill(null);
  hashes = new Int32Array(count);
  for (let from = 0; from < oldTexts.length; from++) {
    const text = oldTexts[from];
    if (text == null) continue;
    const hash = oldHashes[from] as number;
    let slot = hash & slotMask;
    while (texts[slot] !== null) slot = (slot + 1) & slotMask;
    slots[slot] = oldSlots[from] as WordFacts;
    texts[slot] = text;
    hashes[slot] = hash;
  }
}
