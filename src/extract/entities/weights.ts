/**
 * The tagger's weights (models/ner.json or its pack, loaded once per process: weights-file.ts) and the sums it
 * caches: per word and window offset (word-rows.ts), per (flags, shape), per shape's tag history. Summed rows live in
 * growing Float32Arrays addressed by offset (one Float32Array per word made a run allocate 80 k small buffers, and
 * their look-ups chased pointers).
 * Sums are made in single precision, one feature at a time, in the order the feature functions give.
 */

import {
  MEMORY_STATES,
  MEMORY_TYPE_STATES,
  memoryFeatures,
  neighbourMemoryFeatures,
  usesNeighbourMemory,
} from "./document-memory.js";
import {
  flagFeatures,
  shapeHistoryFeatures,
  shapeOf,
  TAG_COUNT,
  tagHistoryFeatures,
  usesClusters,
  WINDOW,
} from "./features.js";
import type { NameTable } from "./string-table.js";
import { loadWeights, type Weights } from "./weights-file.js";
import { type WordClusters, wordClusters } from "./word-clusters.js";
import type { WordFacts } from "./word-facts.js";
import { identityPrefixes, OFFSETS, TAG_ROW, type Vocabulary, WordRows, wordRowsOf } from "./word-rows.js";

export type { ModelFile } from "./weights-file.js";

/** Weights of the features at every window offset: one row of TAG_COUNT per offset. */
export const SPAN = WINDOW.length * TAG_COUNT;
/** Tag-history states: no tag yet (-1) and each tag. */
export const STATES = TAG_COUNT + 1;

/** How a word may continue a name: ANY, as a PARTICLE (before a capitalized word), or NEVER. */
export const ANY = 0;
export const PARTICLE = 1;
export const NEVER = 2;

/**
 * Offset of the row of zeros that the flags' Rows table starts with (and the words' rows: word-rows.ts): the
 * tagger reads it for the window positions before and after a sentence, so its loop over the window has no
 * bounds test (adding +0 leaves a score as it is: the same tags for any weights).
 */
export const ZERO_ROW = 0;

/** Rows of SPAN weights appended to one Float32Array, each known by its offset; the first is ZERO_ROW. */
export class Rows {
  data: Float32Array;
  length = SPAN;

  constructor() {
    // Stored twice: V8 takes a field stored once for a constant (see WordRows).
    this.data = new Float32Array(0);
    this.data = new Float32Array(SPAN * 1024);
  }

  /** A new row of zeros; its offset. */
  add(): number {
    if (this.length + SPAN > this.data.length) {
      const grown = new Float32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.length;
    this.data.fill(0, at, at + SPAN);
    this.length += SPAN;
    return at;
  }
}

/**
 * Summed word rows kept before the words' table starts again (a long run sees many rare words): only words the
 * pack's vocabulary does not hold are summed, one row for each offset with two or more features (~1 per word).
 * The 19,779 Reuters documents sum 50,817 rows in one thread (5.4 MB with the fixed rows, against 11.8 MB when
 * every word had a summed row per offset and the table restarted at 64,000 words); the limit keeps it under 7 MB,
 * besides the known words' blocks (vocabularyBlock: at most 2.8 MB, for the entries a run meets).
 */
const SUMMED_LIMIT = 120_000;

/** WordFacts.generation of a word of the vocabulary: its rows are the pack's, never forgotten. */
const VOCABULARY = -2;

export interface Model {
  /** All feature weights, TAG_COUNT per feature. */
  all: Float32Array;
  /** Feature name → offset of its weights in `all` (most names a new word makes are not in the model). */
  features: NameTable;
  /** Words' rows (word-rows.ts); `generation` counts the times its summed rows were forgotten. */
  words: WordRows;
  generation: number;
  /** The words whose rows the pack holds (null: no pack, or a model with clusters), and parts they spare. */
  vocabulary: Vocabulary | null;
  /** Each vocabulary entry's block in `words` (WordRows.addBlock), made on the entry's first use; -1: none yet. */
  vocabularyBlocks: Int32Array;
  skip: { written: ReadonlySet<string> | null; lowered: ReadonlySet<string> | null };
  /** Rows of (flags, shape) sums; shape id → flags → offset. */
  flags: Rows;
  flagRows: Map<number, number>[];
  shapes: Map<string, number>;
  shapeNames: string[];
  /** shape id → history weights per (prev2, prev) state pair. */
  history: Float32Array[];
  /** The sums of tagHistoryFeatures per (prev2, prev) state pair: every shape's history table starts from them. */
  tagHistory: Float32Array;
  /** Document-memory state → weights. */
  memory: Float32Array;
  /**
   * The memory's type bits of the word before and of the word after → weights, for a model trained with them
   * (usesNeighbourMemory); else null, and the tagger looks no neighbour up.
   */
  memoryBefore: Float32Array | null;
  memoryAfter: Float32Array | null;
  particles: ReadonlySet<string>;
  /** The word clusters, for a model trained with them (features.ts usesClusters); else null. */
  clusters: WordClusters | null;
  /** Whether the model was trained with Flag.pronounNear (`fp`): else viewFacts does not look for it. */
  pronounNear: boolean;
}

let loaded: Model | null = null;

export function model(): Model {
  loaded ??= modelOf(loadWeights());
  return loaded;
}

/** A model of these weights, its tables empty (the shipped one is `model()`'s; tests make others). */
export function modelOf({ all, features, particles, vocabulary }: Weights): Model {
  const m: Model = {
    all,
    features,
    words: new WordRows(all, vocabulary?.sums ?? new Float32Array(0), 16_384, entriesOf(vocabulary)),
    generation: 0,
    vocabulary,
    vocabularyBlocks: new Int32Array(entriesOf(vocabulary)).fill(-1),
    skip:
      vocabulary === null
        ? { written: null, lowered: null }
        : { written: identityPrefixes().written, lowered: identityPrefixes().lowered },
    flags: new Rows(),
    flagRows: [],
    shapes: new Map(),
    shapeNames: [],
    history: [],
    tagHistory: new Float32Array(STATES * STATES * TAG_COUNT),
    memory: new Float32Array(MEMORY_STATES * TAG_COUNT),
    memoryBefore: null,
    memoryAfter: null,
    particles: new Set(particles),
    clusters: usesClusters((name) => features.get(name) >= 0) ? wordClusters() : null,
    pronounNear: features.get("fp") >= 0,
  };
  for (let state = 1; state < MEMORY_STATES; state++)
    addFeatures(m, memoryFeatures(state), m.memory, state * TAG_COUNT);
  if (usesNeighbourMemory((name) => features.get(name) >= 0)) {
    const before = new Float32Array(MEMORY_TYPE_STATES * TAG_COUNT);
    const after = new Float32Array(MEMORY_TYPE_STATES * TAG_COUNT);
    for (let bits = 1; bits < MEMORY_TYPE_STATES; bits++) {
      addFeatures(m, neighbourMemoryFeatures(-1, bits), before, bits * TAG_COUNT);
      addFeatures(m, neighbourMemoryFeatures(1, bits), after, bits * TAG_COUNT);
    }
    m.memoryBefore = before;
    m.memoryAfter = after;
  }
  forEachState((prev, prev2, at) => addFeatures(m, tagHistoryFeatures(prev, prev2), m.tagHistory, at));
  return m;
}

const entriesOf = (vocabulary: Vocabulary | null): number =>
  vocabulary === null ? 0 : vocabulary.rows.length / OFFSETS;

function addFeatures(m: Model, names: readonly string[], target: Float32Array, at: number): void {
  addRows(m, featureRows(m, names), target, at);
}

/** The offsets in `m.all` of the features the model has among `names`, in their order. */
function featureRows(m: Model, names: readonly string[]): number[] {
  const rows: number[] = [];
  for (const name of names) {
    const row = m.features.get(name);
    if (row >= 0) rows.push(row);
  }
  return rows;
}

/** Adds the weights of the features at `rows` (featureRows) to `target` at `at`, one feature after another. */
function addRows(m: Model, rows: readonly number[], target: Float32Array, at: number): void {
  for (const row of rows) {
    for (let t = 0; t < TAG_COUNT; t++)
      target[at + t] = (target[at + t] as number) + (m.all[row + t] as number);
  }
}

/** Forgets the summed words' rows when they are many; call between sentences (it moves those words' rows). */
export function boundWords(m: Model): void {
  if (m.words.summed < SUMMED_LIMIT) return;
  m.words.clear();
  m.generation++;
}

const LOWER_START = /^\p{Ll}/u;

/** Scratch rows of one word, and of a vocabulary entry. */
const rows = new Int32Array(OFFSETS);

/**
 * The word's rows (word-facts.ts row0..row4), found in the vocabulary or summed on the word's first use (or first
 * use since the summed rows were forgotten), and its shape and how it may continue a name.
 */
export function taggedWord(m: Model, facts: WordFacts): WordFacts {
  if (facts.generation === m.generation || facts.generation === VOCABULARY) return facts;
  const { text, lower } = facts;
  if (facts.shape < 0) {
    facts.shape = shapeId(m, text);
    facts.continues = !LOWER_START.test(text) ? ANY : m.particles.has(text) ? PARTICLE : NEVER;
  }
  const vocabulary = m.vocabulary;
  let entry = -1;
  if (vocabulary !== null) {
    entry = vocabulary.texts.get(text);
    if (entry < 0) entry = vocabulary.lowers.get(lower);
  }
  if (entry >= 0) {
    const block = vocabularyBlock(m, entry);
    facts.row0 = block;
    facts.row1 = block + TAG_ROW;
    facts.row2 = block + 2 * TAG_ROW;
    facts.row3 = block + 3 * TAG_ROW;
    facts.row4 = block + 4 * TAG_ROW;
    facts.generation = VOCABULARY;
    return facts;
  }
  wordRowsOf(m.words, m.all, m.features, m.clusters, text, lower, m.skip, rows, 0);
  facts.row0 = rows[0] as number;
  facts.row1 = rows[1] as number;
  facts.row2 = rows[2] as number;
  facts.row3 = rows[3] as number;
  facts.row4 = rows[4] as number;
  facts.generation = m.generation;
  return facts;
}

/** The vocabulary entry's rows copied into one block of `m.words` on its first use (the same floats: same sums). */
function vocabularyBlock(m: Model, entry: number): number {
  const known = m.vocabularyBlocks[entry] as number;
  if (known >= 0) return known;
  const block = m.words.addBlock();
  const data = m.words.data;
  const from = (m.vocabulary as Vocabulary).rows;
  for (let w = 0; w < OFFSETS; w++) {
    const row = from[entry * OFFSETS + w] as number;
    data.copyWithin(block + w * TAG_ROW, row, row + TAG_ROW);
  }
  m.vocabularyBlocks[entry] = block;
  return block;
}

function shapeId(m: Model, text: string): number {
  const shapeName = shapeOf(text);
  let shape = m.shapes.get(shapeName);
  if (shape === undefined) {
    shape = m.shapeNames.length;
    m.shapes.set(shapeName, shape);
    m.shapeNames.push(shapeName);
    m.flagRows.push(new Map());
    m.history.push(historyTable(m, shapeName));
  }
  return shape;
}

/** Offset in m.flags of the sums of a token's shape-and-flags features. */
export function flagRow(m: Model, flags: number, shape: number): number {
  const rows = m.flagRows[shape] as Map<number, number>;
  const known = rows.get(flags);
  if (known !== undefined) return known;
  const at = m.flags.add();
  const names: string[] = [];
  const shapeName = m.shapeNames[shape] as string;
  WINDOW.forEach((offset, w) => {
    names.length = 0;
    flagFeatures(flags, shapeName, offset, names);
    addFeatures(m, names, m.flags.data, at + w * TAG_COUNT);
  });
  rows.set(flags, at);
  return at;
}

/** Calls `visit` for each (prev, prev2) pair of tag-history states with the pair's offset in a history table. */
function forEachState(visit: (prev: number, prev2: number, at: number) => void): void {
  for (let prev2 = -1; prev2 < TAG_COUNT; prev2++) {
    for (let prev = -1; prev < TAG_COUNT; prev++)
      visit(prev, prev2, ((prev2 + 1) * STATES + prev + 1) * TAG_COUNT);
  }
}

/**
 * A shape's history weights: the shared tag-history sums, then its shape's features added in order (each sum
 * rounded to single precision as it is made, as when all of a pair's features were summed here one by one). The
 * shape's features name only the previous tag (shapeHistoryFeatures), so they are named and looked up once per
 * previous tag (11 names for a new shape) and added to each of its (prev2, prev) pairs, rather than named again
 * for each of the 121 pairs: the same sums in the same order.
 */
function historyTable(m: Model, shapeName: string): Float32Array {
  const table = m.tagHistory.slice();
  for (let prev = -1; prev < TAG_COUNT; prev++) {
    const rows = featureRows(m, shapeHistoryFeatures(prev, shapeName));
    if (rows.length === 0) continue;
    for (let prev2 = -1; prev2 < TAG_COUNT; prev2++)
      addRows(m, rows, table, ((prev2 + 1) * STATES + prev + 1) * TAG_COUNT);
  }
  return table;
}
