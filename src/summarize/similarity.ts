/**
 * Sentences as sparse TF-IDF vectors over their content words, with the document's own sentences as the
 * collection (no background corpus is needed, and a term's weight is what it means in this story).
 * natural's TfIdf is not used: it re-tokenizes every sentence and rescans all of them for each term's idf,
 * which is quadratic in the number of sentences; here one pass builds document frequencies, and vectors are
 * sorted arrays of term ids so that a dot product is one merge.
 */
export interface SparseVector {
  /** Term ids, ascending. */
  ids: Int32Array;
  /** Weights of those terms; the vector has unit length (or is all zero). */
  weights: Float64Array;
}

/** Unit TF-IDF vectors for sentences given as lists of term ids (repeats = term frequency). */
export function tfidfVectors(sentences: readonly (readonly number[])[]): SparseVector[] {
  let vocabulary = 0;
  for (const terms of sentences) for (const id of terms) if (id >= vocabulary) vocabulary = id + 1;
  // Scratch arrays indexed by term id: the last sentence that counted a term, and its count there.
  const lastSeen = new Int32Array(vocabulary).fill(-1);
  const count = new Float64Array(vocabulary);
  const documentFrequency = new Int32Array(vocabulary);
  // Array.from, not map (here and below): an optimized map's array is HOLEY, the builtin's packed, and the
  // readers of these arrays were deoptimized for a "wrong map" when the kind changed (--trace-deopt).
  const unique: Int32Array[] = Array.from(sentences, (terms, s) => {
    const ids: number[] = [];
    for (const id of terms) {
      if (lastSeen[id] !== s) {
        lastSeen[id] = s;
        ids.push(id);
        documentFrequency[id] = (documentFrequency[id] as number) + 1;
      }
    }
    // A typed array sorts numbers ascending without a comparator call per pair.
    return Int32Array.from(ids).sort();
  });
  const n = sentences.length;
  return Array.from(sentences, (terms, s) => {
    const ids = unique[s] as Int32Array;
    for (const id of ids) count[id] = 0;
    for (const id of terms) count[id] = (count[id] as number) + 1;
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      // natural's idf, 1 + ln(N / (1 + df)), floored so that a word shared by most sentences still links them.
      const idf = Math.max(0.1, 1 + Math.log(n / (1 + (documentFrequency[id] as number))));
      const weight = (count[id] as number) * idf;
      weights[k] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / norm;
    return { ids, weights };
  });
}

/** Cosine similarity of two unit-length sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
