import { STOPWORDS } from "../src/lexicon/stopwords.js";
import type { Token } from "../src/types.js";

/** Every word of a document, lower-cased, with its count (stop words are dropped only when ranking). */
export function wordCounts(tokens: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) {
    if (token.kind !== "word") continue;
    const term = token.text.toLowerCase();
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** A term worth ranking: a content word with a letter in it. */
export function isRankableTerm(term: string): boolean {
  return term.length >= 2 && !STOPWORDS.has(term) && /\p{L}/u.test(term);
}

export interface ScoredTerm {
  term: string;
  score: number;
}

/**
 * Corpus TF-IDF that streams. natural's TfIdf keeps every document and recomputes a term's idf by scanning
 * them all, which is quadratic over a large corpus; this keeps only document frequencies and total counts,
 * and uses natural's idf formula, idf(t) = 1 + ln(N / (1 + df(t))), so that the scores match it.
 * The corpus score of a term is the sum of its tf-idf over the documents, i.e. totalCount(t) · idf(t).
 */
export class TermStatistics {
  documents = 0;
  readonly documentFrequency = new Map<string, number>();
  readonly totalCount = new Map<string, number>();

  add(counts: ReadonlyMap<string, number>): void {
    this.documents += 1;
    for (const [term, count] of counts) {
      this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      this.totalCount.set(term, (this.totalCount.get(term) ?? 0) + count);
    }
  }

  idf(term: string): number {
    return 1 + Math.log(this.documents / (1 + (this.documentFrequency.get(term) ?? 0)));
  }

  /** Top terms of the corpus, or of one document's counts when given. */
  top(n: number, counts: ReadonlyMap<string, number> = this.totalCount): ScoredTerm[] {
    const scored: ScoredTerm[] = [];
    for (const [term, count] of counts) {
      if (isRankableTerm(term)) scored.push({ term, score: count * this.idf(term) });
    }
    scored.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
    return scored.slice(0, n);
  }
}
