/**
 * Sentences as sparse TF-IDF vectors over their content words, with the document's own sentences as the
 * collection (no background corpus is needed, and a term's weight is what it means in this story).
 * natural's TfIdf is not used: it re-tokenizes every sentence and rescans all of them for each term's idf,
 * which is quadratic in the number of sentences; here one pass builds document frequencies.
 */
export type SparseVector = Map<string, number>;

export function tfidfVectors(termCounts: readonly ReadonlyMap<string, number>[]): SparseVector[] {
  const documentFrequency = new Map<string, number>();
  for (const terms of termCounts) {
    for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const n = termCounts.length;
  return termCounts.map((terms) => {
    const vector: SparseVector = new Map();
    let norm = 0;
    for (const [term, count] of terms) {
      // natural's idf formula, 1 + ln(N / (1 + df)), kept positive so that a word shared by most
      // sentences still links them.
      const weight = count * Math.max(0.1, 1 + Math.log(n / (1 + (documentFrequency.get(term) ?? 0))));
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

/** Cosine similarity of two unit-length sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}
