/**
 * Greedy left-to-right averaged-perceptron tagger (BIO tags over PER/LOC/ORG/MISC), weights trained by
 * scripts/train-ner.ts on CoNLL-2003 and shipped in models/ner.json. The model is loaded once per process.
 *
 * Speed: a token's score is the sum, over the window offsets, of (a) its word's weights at that offset,
 * cached per word, and (b) its shape-and-flags weights at that offset, cached per (flags, shape), plus the
 * tag-history and document-memory weights, held in tables. Tagging a token is then a few cache look-ups and
 * additions.
 */
import { readFileSync } from "node:fs";
import {
  flagFeatures,
  historyFeatures,
  MEMORY_STATES,
  memoryFeatures,
  memoryKey,
  recalled,
  remember,
  shapeOf,
  TAG_COUNT,
  TAGS,
  type TokenView,
  WINDOW,
  wordFeatures,
} from "./features.js";
import { gazetteer } from "./gazetteer.js";
import { modelPath } from "./model-path.js";

export interface ModelFile {
  tags: readonly string[];
  /** Weights are stored as integers: divide by `scale`. */
  scale: number;
  features: string[];
  /** One row of TAGS.length weights per feature, rows in the order of `features` (flat: fast to parse). */
  weights: number[];
  /** Lower-case words training saw inside names ("of", "van", "bin"): the only lower-case words an I- tag may take. */
  particles?: string[];
}

const SPAN = WINDOW.length * TAG_COUNT;
/** Tag-history states: no tag yet (-1) and each tag. */
const STATES = TAG_COUNT + 1;

interface WordEntry {
  /** Summed weights of the word's own features at each window offset (offset-major). */
  vectors: Float32Array;
  shape: number;
  /** The word's document-memory key (memoryKey), computed once. */
  key: string | null;
  /** How the word may continue a name: ANY, as a PARTICLE (before a capitalized word), or NEVER. */
  continues: number;
}

const ANY = 0;
const PARTICLE = 1;
const NEVER = 2;

interface Model {
  weights: Map<string, Float32Array>;
  words: Map<string, WordEntry>;
  shapes: Map<string, number>;
  shapeNames: string[];
  /** (flags, shape id) → summed weights at each window offset. */
  flagVectors: Map<number, Float32Array>;
  /** shape id → history weights per (prev2, prev) state pair. */
  history: Map<number, Float32Array>;
  /** Document-memory bits → weights. */
  memory: Float32Array;
  particles: ReadonlySet<string>;
}

/** Cached words beyond this are dropped (a long run over many documents sees many rare words). */
const CACHE_LIMIT = 200_000;

let loaded: Model | null = null;

function model(): Model {
  if (loaded === null) {
    const file = JSON.parse(readFileSync(modelPath("ner.json"), "utf8")) as ModelFile;
    if (file.tags.join() !== TAGS.join()) throw new Error("models/ner.json was trained with other tags");
    const all = new Float32Array(file.weights.length);
    for (let i = 0; i < all.length; i++) all[i] = (file.weights[i] as number) / file.scale;
    const weights = new Map<string, Float32Array>();
    file.features.forEach((feature, f) => {
      weights.set(feature, all.subarray(f * TAG_COUNT, (f + 1) * TAG_COUNT));
    });
    const memory = new Float32Array(MEMORY_STATES * TAG_COUNT);
    for (let bits = 1; bits < MEMORY_STATES; bits++)
      for (const name of memoryFeatures(bits)) {
        const row = weights.get(name);
        if (row !== undefined) memory.set(row, bits * TAG_COUNT);
      }
    loaded = {
      particles: new Set(file.particles ?? []),
      memory,
      weights,
      words: new Map(),
      shapes: new Map(),
      shapeNames: [],
      flagVectors: new Map(),
      history: new Map(),
    };
  }
  return loaded;
}

/** Loads the model and gazetteers now rather than on the first document (lets a caller time or warm it). */
export function loadTagger(): void {
  model();
  gazetteer();
}

function addFeatures(m: Model, names: readonly string[], target: Float32Array, at: number): void {
  for (const name of names) {
    const weights = m.weights.get(name);
    if (weights === undefined) continue;
    for (let t = 0; t < TAG_COUNT; t++) target[at + t] = (target[at + t] as number) + (weights[t] as number);
  }
}

function wordEntry(m: Model, text: string): WordEntry {
  let entry = m.words.get(text);
  if (entry !== undefined) return entry;
  const vectors = new Float32Array(SPAN);
  const names: string[] = [];
  WINDOW.forEach((offset, w) => {
    names.length = 0;
    wordFeatures(text, offset, names);
    addFeatures(m, names, vectors, w * TAG_COUNT);
  });
  const shapeName = shapeOf(text);
  let shape = m.shapes.get(shapeName);
  if (shape === undefined) {
    shape = m.shapeNames.length;
    m.shapes.set(shapeName, shape);
    m.shapeNames.push(shapeName);
  }
  const continues = !startsLowerCase(text) ? ANY : m.particles.has(text) ? PARTICLE : NEVER;
  entry = { vectors, shape, key: memoryKey(text), continues };
  if (m.words.size >= CACHE_LIMIT) m.words.clear();
  m.words.set(text, entry);
  return entry;
}

function flagVector(m: Model, flags: number, shape: number): Float32Array {
  const key = flags * 65536 + shape;
  let vectors = m.flagVectors.get(key);
  if (vectors !== undefined) return vectors;
  vectors = new Float32Array(SPAN);
  const names: string[] = [];
  const shapeName = m.shapeNames[shape] as string;
  WINDOW.forEach((offset, w) => {
    names.length = 0;
    flagFeatures(flags, shapeName, offset, names);
    addFeatures(m, names, vectors as Float32Array, w * TAG_COUNT);
  });
  m.flagVectors.set(key, vectors);
  return vectors;
}

function historyTable(m: Model, shape: number): Float32Array {
  let table = m.history.get(shape);
  if (table !== undefined) return table;
  table = new Float32Array(STATES * STATES * TAG_COUNT);
  const shapeName = m.shapeNames[shape] as string;
  for (let prev2 = -1; prev2 < TAG_COUNT; prev2++) {
    for (let prev = -1; prev < TAG_COUNT; prev++) {
      addFeatures(
        m,
        historyFeatures(prev, prev2, shapeName),
        table,
        ((prev2 + 1) * STATES + prev + 1) * TAG_COUNT,
      );
    }
  }
  m.history.set(shape, table);
  return table;
}

/** An I- tag may only continue a B- or I- tag of its own type (BIO). */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return prev === tag || prev === tag - 1;
}

function startsLowerCase(text: string): boolean {
  return LOWER_START.test(text);
}
const LOWER_START = /^\p{Ll}/u;

/** Tags (indices into TAGS) of one sentence's tokens. */
export function tagSentence(views: readonly TokenView[]): number[] {
  const m = model();
  const n = views.length;
  const words = views.map((view) => wordEntry(m, view.text));
  const flags = views.map((view, i) => flagVector(m, view.flags, (words[i] as WordEntry).shape));
  const tags: number[] = [];
  const scores = new Float32Array(TAG_COUNT);
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < n; i++) {
    const history = historyTable(m, (words[i] as WordEntry).shape);
    const base = ((prev2 + 1) * STATES + prev + 1) * TAG_COUNT;
    const key = (words[i] as WordEntry).key;
    const bits = recalled(views[i] as TokenView, key) * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++)
      scores[t] = (history[base + t] as number) + (m.memory[bits + t] as number);
    for (let w = 0; w < WINDOW.length; w++) {
      const j = i + (WINDOW[w] as number);
      if (j < 0 || j >= n) continue;
      const word = (words[j] as WordEntry).vectors;
      const flag = flags[j] as Float32Array;
      const at = w * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) {
        scores[t] = (scores[t] as number) + (word[at + t] as number) + (flag[at + t] as number);
      }
    }
    let best = 0;
    // A lower-case word takes an I- tag only when it is one of the particles training saw inside names and a
    // capitalized word or another particle follows ("van der Vaart"; a particle never ends a name). Without this the
    // tag history let a name run on through "met" ("Osama bin Laden met Ludwig van Beethoven" as one person).
    const entry = words[i] as WordEntry;
    const next = words[i + 1];
    const continues =
      entry.continues === ANY ||
      (entry.continues === PARTICLE &&
        next !== undefined &&
        (next.key !== null || next.continues === PARTICLE));
    for (let t = 1; t < TAG_COUNT; t++) {
      if (t % 2 === 0 && !continues) continue;
      if (allowed(prev, t) && (scores[t] as number) > (scores[best] as number)) best = t;
    }
    tags.push(best);
    remember(views[i] as TokenView, best, key);
    prev2 = prev;
    prev = best;
  }
  return tags;
}
