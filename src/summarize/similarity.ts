import type { SummaryScratch } from "./scratch.js";

/**
 * Sentences as sparse TF-IDF vectors over their content words, with the document's own sentences as the
 * collection (no background corpus is needed, and a term's weight is what it means in this story).
 * natural's TfIdf is not used: it re-tokenizes every sentence and rescans all of them for each term's idf,
 * which is quadratic in the number of sentences; here one pass builds document frequencies, and vectors are
 * sorted arrays of term ids so that a dot product is one merge.
 */
export interface SparseVector {
  /** Term ids, ascending, at [start, end) of `ids` (a document's vectors share one array: see tfidfVectors). */
  ids: Int32Array;
  /** Weights of those terms, at the same places of `weights`; the vector has unit length (or is all zero). */
  weights: Float64Array;
  start: number;
  end: number;
}

/**
 * Unit TF-IDF vectors for sentences given as lists of term ids (repeats = term frequency). The document's vectors
 * are slices of two typed arrays made once, and its scratch is one more: a typed array of more than 64 bytes has its memory outside V8's heap,
 * and the two made per sentence (and Int32Array.from's generic copy) took about two thirds of this function's time
 * in a cold --jobs 1 profile of the Reuters bench (1.3% of the run). `scratch` (scratch.ts): the two arrays and the
 * scratch are its own, kept between calls, and the vectors valid until its next use (similarityMatrix reads them
 * at once); without it, all three are made for this call.
 */
export function tfidfVectors(
  sentences: readonly (readonly number[])[],
  scratch?: SummaryScratch,
): SparseVector[] {
  let vocabulary = 0;
  let terms = 0;
  for (const sentence of sentences) {
    terms += sentence.length;
    for (const id of sentence) if (id >= vocabulary) vocabulary = id + 1;
  }
  // Scratch indexed by term id, in one array: the last sentence that counted a term at [0, V), the number of
  // sentences that hold it at [V, 2V), its count in the sentence at hand at [2V, 3V) (set to 0 for a sentence's
  // terms before they are counted).
  let counts: Int32Array;
  if (scratch === undefined) counts = new Int32Array(3 * vocabulary);
  else {
    if (scratch.terms.length < 3 * vocabulary)
      scratch.terms = new Int32Array(Math.max(3 * vocabulary, 2 * scratch.terms.length));
    counts = scratch.terms;
  }
  const termScratch = counts.fill(-1, 0, vocabulary).fill(0, vocabulary, 2 * vocabulary);
  const lastSeen = 0;
  const documentFrequency = vocabulary;
  const count = 2 * vocabulary;
  if (scratch !== undefined && scratch.ids.length < terms) {
    scratch.ids = new Int32Array(Math.max(terms, 2 * scratch.ids.length));
    scratch.weights = new Float64Array(scratch.ids.length);
  }
  const ids = scratch === undefined ? new Int32Array(terms) : scratch.ids;
  const weights = scratch === undefined ? new Float64Array(terms) : scratch.weights;
  // Array.from, not map (here and below): an optimized map's array is HOLEY, the builtin's packed, and the
  // readers of these arrays were deoptimized for a "wrong map" when the kind changed (--trace-deopt).
  let end = 0;
  const vectors: SparseVector[] = Array.from(sentences, (sentence, s) => {
    const start = end;
    for (const id of sentence) {
      if (termScratch[lastSeen + id] !== s) {
        termScratch[lastSeen + id] = s;
        // Insertion into the ascending run: ids are numbered in order of first use, so mostly in order already.
        let at = end++;
        while (at > start && (ids[at - 1] as number) > id) {
          ids[at] = ids[at - 1] as number;
          at--;
        }
        ids[at] = id;
        termScratch[documentFrequency + id] = (termScratch[documentFrequency + id] as number) + 1;
      }
    }
    return { ids, weights, start, end };
  });
  const n = sentences.length;
  sentences.forEach((sentence, s) => {
    const { start, end } = vectors[s] as SparseVector;
    for (let k = start; k < end; k++) termScratch[count + (ids[k] as number)] = 0;
    for (const id of sentence) termScratch[count + id] = (termScratch[count + id] as number) + 1;
    let norm = 0;
    for (let k = start; k < end; k++) {
      const id = ids[k] as number;
      // natural's idf, 1 + ln(N / (1 + df)), floored so that a word shared by most sentences still links them.
      const idf = Math.max(0.1, 1 + Math.log(n / (1 + (termScratch[documentFrequency + id] as number))));
      const weight = (termScratch[count + id] as number) * idf;
      weights[k] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = start; k < end; k++) weights[k] = (weights[k] as number) / norm;
  });
  return vectors;
}

/** Cosine similarity of two unit-length sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = a.start;
  let j = b.start;
  while (i < a.end && j < b.end) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
