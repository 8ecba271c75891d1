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
 * in a cold --jobs 1 profile of the Reuters bench (1.3% of the run). `shared`: the two arrays are this module's,
 * kept between calls and valid until the next shared call (similarityMatrix's, which reads them at once).
 */
export function tfidfVectors(sentences: readonly (readonly number[])[], shared = false): SparseVector[] {
  let vocabulary = 0;
  let terms = 0;
  for (const sentence of sentences) {
    terms += sentence.length;
    for (const id of sentence) if (id >= vocabulary) vocabulary = id + 1;
  }
  // Scratch indexed by term id, in one array: the last sentence that counted a term at [0, V), the number of
  // sentences that hold it at [V, 2V), its count in the sentence at hand at [2V, 3V) (set to 0 for a sentence's
  // terms before they are counted).
  if (scratchTerms.length < 3 * vocabulary)
    scratchTerms = new Int32Array(Math.max(3 * vocabulary, 2 * scratchTerms.length));
  const scratch = scratchTerms.fill(-1, 0, vocabulary).fill(0, vocabulary, 2 * vocabulary);
  const lastSeen = 0;
  const documentFrequency = vocabulary;
  const count = 2 * vocabulary;
  if (shared && sharedIds.length < terms) {
    sharedIds = new Int32Array(Math.max(terms, 2 * sharedIds.length));
    sharedWeights = new Float64Array(sharedIds.length);
  }
  const ids = shared ? sharedIds : new Int32Array(terms);
  const weights = shared ? sharedWeights : new Float64Array(terms);
  // Array.from, not map (here and below): an optimized map's array is HOLEY, the builtin's packed, and the
  // readers of these arrays were deoptimized for a "wrong map" when the kind changed (--trace-deopt).
  let end = 0;
  const vectors: SparseVector[] = Array.from(sentences, (sentence, s) => {
    const start = end;
    for (const id of sentence) {
      if (scratch[lastSeen + id] !== s) {
        scratch[lastSeen + id] = s;
        // Insertion into the ascending run: ids are numbered in order of first use, so mostly in order already.
        let at = end++;
        while (at > start && (ids[at - 1] as number) > id) {
          ids[at] = ids[at - 1] as number;
          at--;
        }
        ids[at] = id;
        scratch[documentFrequency + id] = (scratch[documentFrequency + id] as number) + 1;
      }
    }
    return { ids, weights, start, end };
  });
  const n = sentences.length;
  sentences.forEach((sentence, s) => {
    const { start, end } = vectors[s] as SparseVector;
    for (let k = start; k < end; k++) scratch[count + (ids[k] as number)] = 0;
    for (const id of sentence) scratch[count + id] = (scratch[count + id] as number) + 1;
    let norm = 0;
    for (let k = start; k < end; k++) {
      const id = ids[k] as number;
      // natural's idf, 1 + ln(N / (1 + df)), floored so that a word shared by most sentences still links them.
      const idf = Math.max(0.1, 1 + Math.log(n / (1 + (scratch[documentFrequency + id] as number))));
      const weight = (scratch[count + id] as number) * idf;
      weights[k] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = start; k < end; k++) weights[k] = (weights[k] as number) / norm;
  });
  return vectors;
}

/**
 * tfidfVectors' scratch, and the vectors' arrays of its shared calls: grown to the largest document, kept between
 * calls. Made per document, they and rank.ts's arrays were seven typed arrays outside V8's heap per document
 * (about 1 µs each to make, against a few ns to refill: see the commit).
 */
let scratchTerms = new Int32Array(1024);
let sharedIds = new Int32Array(1024);
let sharedWeights = new Float64Array(1024);

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
