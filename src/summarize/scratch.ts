/**
 * The typed arrays one summarizer reuses between documents, grown to the largest document: made per document they
 * were seven typed arrays outside V8's heap (about 1 µs each to make, against a few ns to refill: session 20's
 * summarize() A/B, 0.865). They were this layer's module state, which made summarize non-reentrant: a second caller
 * sharing them (or one keeping similarityMatrix's result across another call) would read another document's
 * numbers. Now the caller owns them: a loop over documents passes one `SummaryScratch` to every call (the
 * pipeline keeps one per thread), and a caller that passes none gets a fresh one per call.
 */
export class SummaryScratch {
  /** rank.ts: the n×n similarity matrix (similarityMatrix's result is a view of it, valid until the next call). */
  matrix = new Float64Array(1024);
  /** rank.ts: a vector spread by term id (all zeros between calls). */
  dense = new Float64Array(1024);
  /** rank.ts: the candidates' centralities and choose's scores. */
  centralities = new Float64Array(64);
  choiceScores = new Float64Array(64);
  /** similarity.ts: tfidfVectors' counts by term id. */
  terms = new Int32Array(1024);
  /** similarity.ts: the ids and weights of the vectors of similarityMatrix's call (valid until the next one). */
  ids = new Int32Array(1024);
  weights = new Float64Array(1024);
}
