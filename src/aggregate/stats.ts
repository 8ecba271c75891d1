import type { DocumentResult } from "../pipeline/result.js";
import { type ScoredTerm, TermStatistics, type TermsJson } from "./terms.js";

export interface DocumentStats {
  id: string;
  date: string | null;
  sentences: number;
  tokens: number;
  distinctWords: number;
  topTerms: ScoredTerm[];
}

export interface CorpusStats {
  documents: number;
  sentences: number;
  tokens: number;
  distinctWords: number;
  dateRange: { from: string; to: string } | null;
  topTerms: ScoredTerm[];
}

export interface StatsJson {
  documents: number;
  sentences: number;
  tokens: number;
  firstDate: string | null;
  lastDate: string | null;
  terms: TermsJson;
}

/** Candidate terms kept per document until the corpus idf is known (enough to rank its top terms). */
const CANDIDATES_PER_DOCUMENT = 40;

/** Streaming corpus statistics: holds counts, never documents. */
export class StatsAggregator {
  readonly terms = new TermStatistics();
  documents = 0;
  sentences = 0;
  tokens = 0;
  firstDate: string | null = null;
  lastDate: string | null = null;
  private readonly perDocument: {
    stats: Omit<DocumentStats, "topTerms">;
    candidates: Map<string, number>;
  }[] = [];

  constructor(private readonly keepDocuments: boolean) {}

  add(result: DocumentResult): void {
    const { annotation, words } = result;
    this.documents += 1;
    this.sentences += annotation.sentences.length;
    this.tokens += annotation.tokens;
    this.terms.add(words);
    if (annotation.date) {
      if (this.firstDate === null || annotation.date < this.firstDate) this.firstDate = annotation.date;
      if (this.lastDate === null || annotation.date > this.lastDate) this.lastDate = annotation.date;
    }
    if (this.keepDocuments) {
      const counts = new Map(words);
      const candidates = new Map(
        [...counts]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, CANDIDATES_PER_DOCUMENT * 4),
      );
      this.perDocument.push({
        stats: {
          id: annotation.id,
          date: annotation.date,
          sentences: annotation.sentences.length,
          tokens: annotation.tokens,
          distinctWords: counts.size,
        },
        candidates,
      });
    }
  }

  /** Adds another's documents, live or as JSON (corpus counts only: not one that keeps documents). */
  merge(other: StatsAggregator | StatsJson): void {
    if (this.keepDocuments) throw new Error("documents' statistics are not merged");
    const json = other instanceof StatsAggregator ? other.toJSON() : other;
    this.documents += json.documents;
    this.sentences += json.sentences;
    this.tokens += json.tokens;
    this.terms.merge(json.terms);
    const { firstDate, lastDate } = json;
    if (firstDate !== null && (this.firstDate === null || firstDate < this.firstDate))
      this.firstDate = firstDate;
    if (lastDate !== null && (this.lastDate === null || lastDate > this.lastDate)) this.lastDate = lastDate;
  }

  /** The corpus counts as JSON (cli/pieces.ts keeps a piece's). */
  toJSON(): StatsJson {
    if (this.keepDocuments) throw new Error("documents' statistics are not kept as JSON");
    const { documents, sentences, tokens, firstDate, lastDate } = this;
    return { documents, sentences, tokens, firstDate, lastDate, terms: this.terms.toJSON() };
  }

  corpus(topN: number): CorpusStats {
    return {
      documents: this.documents,
      sentences: this.sentences,
      tokens: this.tokens,
      distinctWords: this.terms.distinctTerms,
      dateRange: this.firstDate && this.lastDate ? { from: this.firstDate, to: this.lastDate } : null,
      topTerms: this.terms.top(topN),
    };
  }

  byDocument(topN: number): DocumentStats[] {
    return this.perDocument.map(({ stats, candidates }) => ({
      ...stats,
      topTerms: this.terms.top(topN, candidates),
    }));
  }
}

/**
 * A piece of a corpus's statistics as a command folds them (cli/pieces.ts): a piece read from the cache
 * stays JSON, merged from its arrays (building its map of terms first cost as much again).
 */
export const statsPieces = {
  kind: "stats/1",
  empty: (): StatsAggregator | StatsJson => new StatsAggregator(false),
  add: (state: StatsAggregator | StatsJson, result: DocumentResult): void =>
    (state as StatsAggregator).add(result),
  toJSON: (state: StatsAggregator | StatsJson): unknown =>
    state instanceof StatsAggregator ? state.toJSON() : state,
  fromJSON: (json: unknown): StatsAggregator | StatsJson => json as StatsJson,
  merge: (into: StatsAggregator | StatsJson, piece: StatsAggregator | StatsJson): void =>
    (into as StatsAggregator).merge(piece),
};
