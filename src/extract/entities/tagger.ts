/**
 * Greedy left-to-right averaged-perceptron tagger (BIO tags over PER/LOC/ORG/MISC), weights trained by
 * scripts/train-ner.ts on CoNLL-2003 and shipped in models/ner.json. The model is loaded once per process.
 */
import { readFileSync } from "node:fs";
import {
  featuresAt,
  historyFeatures,
  shapeOf,
  TAG_COUNT,
  TAGS,
  type TokenView,
  viewKey,
  WINDOW,
} from "./features.js";
import { modelPath } from "./model-path.js";

export interface ModelFile {
  tags: readonly string[];
  /** Weights are stored as integers: divide by `scale`. */
  scale: number;
  weights: Record<string, number[]>;
}

interface Model {
  weights: Map<string, Float32Array>;
  /** viewKey → summed weights of that token's features at each window offset. */
  cache: Map<string, Float32Array[]>;
}

/** Cached token vectors beyond this are dropped (a long run over many documents sees many rare words). */
const CACHE_LIMIT = 300_000;

let loaded: Model | null = null;

function model(): Model {
  if (loaded === null) {
    const file = JSON.parse(readFileSync(modelPath("ner.json"), "utf8")) as ModelFile;
    if (file.tags.join() !== TAGS.join()) throw new Error("models/ner.json was trained with other tags");
    const weights = new Map<string, Float32Array>();
    for (const [feature, values] of Object.entries(file.weights)) {
      weights.set(
        feature,
        Float32Array.from(values, (value) => value / file.scale),
      );
    }
    loaded = { weights, cache: new Map() };
  }
  return loaded;
}

/** Loads the model now rather than on the first document (lets a caller time or warm it). */
export function loadTagger(): void {
  model();
}

function tokenVectors(m: Model, view: TokenView): Float32Array[] {
  const key = viewKey(view);
  let vectors = m.cache.get(key);
  if (vectors !== undefined) return vectors;
  vectors = WINDOW.map((offset) => {
    const sum = new Float32Array(TAG_COUNT);
    const names: string[] = [];
    featuresAt(view, offset, names);
    for (const name of names) {
      const weights = m.weights.get(name);
      if (weights !== undefined)
        for (let t = 0; t < TAG_COUNT; t++) sum[t] = (sum[t] as number) + (weights[t] as number);
    }
    return sum;
  });
  if (m.cache.size >= CACHE_LIMIT) m.cache.clear();
  m.cache.set(key, vectors);
  return vectors;
}

/** An I- tag may only continue a B- or I- tag of its own type (BIO). */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return prev === tag || prev === tag - 1;
}

/** Tags (indices into TAGS) of one sentence's tokens. */
export function tagSentence(views: readonly TokenView[]): number[] {
  const m = model();
  const vectors = views.map((view) => tokenVectors(m, view));
  const tags: number[] = [];
  const scores = new Float32Array(TAG_COUNT);
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < views.length; i++) {
    scores.fill(0);
    for (let w = 0; w < WINDOW.length; w++) {
      const vector = vectors[i + (WINDOW[w] as number)]?.[w];
      if (vector !== undefined)
        for (let t = 0; t < TAG_COUNT; t++) scores[t] = (scores[t] as number) + (vector[t] as number);
    }
    for (const name of historyFeatures(prev, prev2, shapeOf((views[i] as TokenView).text))) {
      const weights = m.weights.get(name);
      if (weights !== undefined)
        for (let t = 0; t < TAG_COUNT; t++) scores[t] = (scores[t] as number) + (weights[t] as number);
    }
    let best = 0;
    for (let t = 1; t < TAG_COUNT; t++) {
      if (allowed(prev, t) && (scores[t] as number) > (scores[best] as number)) best = t;
    }
    tags.push(best);
    prev2 = prev;
    prev = best;
  }
  return tags;
}
