import type { CorpusStats, DocumentStats } from "../../aggregate/stats.js";
import type { ScoredTerm } from "../../aggregate/terms.js";
import { bar, type Column } from "../columns.js";

export interface StatRow {
  measure: string;
  value: string | number;
}

export const corpusStatsRows = {
  columns: [
    { header: "measure", value: (r: StatRow) => r.measure, style: "name" },
    { header: "value", value: (r: StatRow) => r.value, style: "number" },
  ] as Column<StatRow>[],
  rows(corpus: CorpusStats): StatRow[] {
    return [
      { measure: "documents", value: corpus.documents },
      { measure: "sentences", value: corpus.sentences },
      { measure: "tokens", value: corpus.tokens },
      { measure: "distinct words", value: corpus.distinctWords },
      {
        measure: "date range",
        value: corpus.dateRange ? `${corpus.dateRange.from} – ${corpus.dateRange.to}` : "no dates",
      },
    ];
  },
};

export function termColumns(terms: readonly ScoredTerm[]): Column<ScoredTerm>[] {
  const max = Math.max(0, ...terms.map((t) => t.score));
  return [
    { header: "term", value: (t) => t.term, style: "name" },
    { header: "tf-idf", value: (t) => t.score.toFixed(2), style: "number" },
    { header: "relative", value: (t) => bar(t.score, max), style: "bar", tableOnly: true, priority: 1 },
  ];
}

/** When the terminal is narrow, distinct words go first, then sentences, then the date (priority). */
export const documentColumns: Column<DocumentStats>[] = [
  { header: "document", value: (d) => d.id, style: "name", grow: 1 },
  { header: "date", value: (d) => d.date ?? "", style: "dim", priority: 3 },
  { header: "sentences", value: (d) => d.sentences, style: "number", priority: 2 },
  { header: "tokens", value: (d) => d.tokens, style: "number" },
  { header: "distinct words", value: (d) => d.distinctWords, style: "number", priority: 1 },
  { header: "top terms", value: (d) => d.topTerms.map((t) => t.term).join(", "), grow: 3 },
];
