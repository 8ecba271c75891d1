import type { Candidate } from "./candidates.js";
import { SummaryScratch } from "./scratch.js";
import { type SparseVector, tfidfVectors } from "./similarity.js";

/**
 * The ranking's few parameters, set by reasoning about news structure and checked on CNN/DailyMail dev
 * (scripts/eval/summaries.ts prints the gain on each half of the file), not fitted to it.
 */
export const WEIGHTS = {
  /** Position prior 1 / (1 + index / positionScale): news puts the story first (inverted pyramid). */
  positionScale: 4,
  /** Weight of centrality beside the position prior (which is 1 for the first sentence). */
  centrality: 0.3,
  /**
   * Directed centrality (PacSum, Zheng & Lapata 2019): similarity to later sentences counts fully (a news
   * sentence matters when the rest of the story develops it), similarity to earlier ones by this factor
   * (negative: a sentence that repeats what came before adds little).
   */
  backward: -0.5,
  /** Multiplier for a sentence that looks like a photo caption or lacks final punctuation. */
  caption: 0.4,
  /** Multiplier for a sentence that opens with a pronoun or connective leaning on the one before. */
  context: 0.9,
  /** Multiplier for a sentence that is mostly quotation. */
  quotation: 0.7,
  /** Words beyond which a sentence is penalised in proportion (a summary line should be short). */
  longWords: 40,
  /** MMR: the share of a candidate's score lost per unit of similarity to a sentence already chosen. */
  redundancy: 0.7,
};

function positionPrior(index: number): number {
  return 1 / (1 + index / WEIGHTS.positionScale);
}

/**
 * Pairwise cosine similarities, a flat n×n matrix. Each vector in turn is spread over a dense array by term id,
 * and every later vector's dot product with it is one pass over that vector's own terms: the same products added
 * in the same order (ascending ids) as cosine's merge, with +0 added for each term not in common, so the same
 * sums, without the merge's unpredictable branches. The result is a view of `scratch`'s matrix (scratch.ts): valid
 * until the next call with the same scratch, so a caller that keeps it copies it (choose reads it at once).
 */
export function similarityMatrix(
  pool: readonly Pick<Candidate, "terms">[],
  scratch: SummaryScratch = new SummaryScratch(),
): Float64Array {
  // Array.from, not map: an optimized map's array is HOLEY, the builtin's packed (a "wrong map" in tfidfVectors).
  const vectors = tfidfVectors(
    Array.from(pool, (c) => c.terms),
    scratch,
  );
  const n = pool.length;
  // A view of the scratch's array (a view costs no memory outside V8's heap): valid until the next call.
  // Every cell but the diagonal is written below; the diagonal reads 0, as in a new array.
  if (scratch.matrix.length < n * n)
    scratch.matrix = new Float64Array(Math.max(n * n, 2 * scratch.matrix.length));
  const sim = scratch.matrix.subarray(0, n * n).fill(0);
  let vocabulary = 0;
  // end > 0 checked: ids[-1] of an empty vector was an "out of bounds" deopt (--trace-deopt).
  for (const { ids, end } of vectors)
    if (end > 0) vocabulary = Math.max(vocabulary, (ids[end - 1] as number) + 1);
  // All zeros between calls: each vector's terms are set and reset below.
  if (scratch.dense.length < vocabulary)
    scratch.dense = new Float64Array(Math.max(vocabulary, 2 * scratch.dense.length));
  const dense = scratch.dense;
  for (let i = 0; i < n; i++) {
    const a = vectors[i] as SparseVector;
    for (let k = a.start; k < a.end; k++) dense[a.ids[k] as number] = a.weights[k] as number;
    for (let j = i + 1; j < n; j++) {
      const { ids, weights, start, end } = vectors[j] as SparseVector;
      let s = 0;
      for (let k = start; k < end; k++) s += (dense[ids[k] as number] as number) * (weights[k] as number);
      sim[i * n + j] = s;
      sim[j * n + i] = s;
    }
    for (let k = a.start; k < a.end; k++) dense[a.ids[k] as number] = 0;
  }
  return sim;
}

/** Directed centrality of each candidate, scaled so that the most central one has 1 (in `scratch`: valid until its next use). */
function centrality(sim: Float64Array, n: number, scratch: SummaryScratch): Float64Array {
  // A typed array, like `score` below: a number[] held whole numbers (one sentence: [0], all zeros) or
  // fractions by document, and choose's optimized code was thrown away for a "wrong map" (--trace-deopt).
  if (scratch.centralities.length < n)
    scratch.centralities = new Float64Array(Math.max(n, 2 * scratch.centralities.length));
  const scores = scratch.centralities;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) {
      if (j !== i) sum += j > i ? (sim[i * n + j] as number) : WEIGHTS.backward * (sim[i * n + j] as number);
    }
    scores[i] = sum;
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) max = Math.max(max, scores[i] as number);
  // In place: a Float64Array of more than 8 numbers is memory outside V8's heap, dear to make per document.
  if (max > 0) for (let i = 0; i < n; i++) scores[i] = (scores[i] as number) / max;
  else scores.fill(0);
  return scores;
}

/**
 * Indices (into `pool`) of up to `count` eligible sentences to show, best first. `scratch`: the arrays a loop over
 * documents reuses (scratch.ts); a fresh one when none is given.
 */
export function choose(
  pool: readonly Candidate[],
  count: number,
  scratch: SummaryScratch = new SummaryScratch(),
): number[] {
  const n = pool.length;
  const sim = similarityMatrix(pool, scratch);
  const central = centrality(sim, n, scratch);
  // A typed array: an array of scores changed its elements' kind with the values it held (a whole number or
  // not), and the ranking's optimized code was thrown away for a "wrong map" (--trace-deopt).
  if (scratch.choiceScores.length < n)
    scratch.choiceScores = new Float64Array(Math.max(n, 2 * scratch.choiceScores.length));
  const score = scratch.choiceScores;
  pool.forEach((c, i) => {
    let s = positionPrior(c.index) + WEIGHTS.centrality * (central[i] as number);
    if (c.captionLike) s *= WEIGHTS.caption;
    if (c.quotedShare > 0.5) s *= WEIGHTS.quotation;
    if (c.needsContext) s *= WEIGHTS.context;
    if (c.words > WEIGHTS.longWords) s *= WEIGHTS.longWords / c.words;
    score[i] = s;
  });
  // Maximal marginal relevance: each pick is the best score left, discounted by its overlap with the picks.
  const chosen: number[] = [];
  while (chosen.length < count) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (!(pool[i] as Candidate).eligible || chosen.includes(i)) continue;
      let overlap = 0;
      for (let k = 0; k < chosen.length; k++)
        overlap = Math.max(overlap, sim[i * n + (chosen[k] as number)] as number);
      const value = (score[i] as number) * (1 - WEIGHTS.redundancy * overlap);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
  }
  return chosen;
}
