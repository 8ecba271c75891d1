import type { DocumentResult } from "../pipeline/result.js";
import type { Annotation, CorpusEntityRecord, EntityRecord, EntityType } from "../types.js";
import { EntityAggregator } from "./entities.js";
import { StatsAggregator, type StatsJson } from "./stats.js";
import type { ScoredTerm } from "./terms.js";

const TOP = 5;

export interface NamedCount {
  name: string;
  count: number;
}

export interface DocumentSummary {
  id: string;
  date: string | null;
  summary: string[];
  people: string[];
  countries: string[];
  places: string[];
  quotes: number;
  mostQuoted: string | null;
}

export interface CorpusOverview {
  documents: number;
  dateRange: { from: string; to: string } | null;
  sentences: number;
  tokens: number;
  topEntities: Record<EntityType, NamedCount[]>;
  mostQuoted: NamedCount[];
  topTerms: ScoredTerm[];
  documentsPerMonth: NamedCount[];
}

function topNames(entities: readonly EntityRecord[], type: EntityType, n: number): string[] {
  return entities
    .filter((e) => e.type === type)
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
    .slice(0, n)
    .map((e) => e.name);
}

function topCounts(counts: ReadonlyMap<string, number>, n: number): NamedCount[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
    .slice(0, n);
}

function speakerCounts(annotation: Annotation): Map<string, number> {
  const counts = new Map<string, number>();
  for (const quote of annotation.quotes ?? []) {
    const name = quote.partial ? null : (quote.speaker.name ?? quote.speaker.organization ?? null);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The per-document line of `summary`. */
export function summarizeDocument(annotation: Annotation): DocumentSummary {
  const entities = annotation.entities ?? [];
  const speakers = speakerCounts(annotation);
  return {
    id: annotation.id,
    date: annotation.date,
    summary: (annotation.summary ?? []).map((s) => s.text),
    people: topNames(entities, "person", 3),
    countries: topNames(entities, "country", 3),
    places: topNames(entities, "place", 3),
    quotes: (annotation.quotes ?? []).filter((q) => !q.partial).length,
    mostQuoted: topCounts(speakers, 1)[0]?.name ?? null,
  };
}

export interface OverviewJson {
  stats: StatsJson;
  entities: CorpusEntityRecord[];
  speakers: [string, number][];
  months: [string, number][];
}

/**
 * A piece of `summary`: its documents' lines and their overview. Lines are objects, or (`json`) each one's
 * indented JSON as --json prints it: a piece read from the cache is then a list of strings, not thousands
 * of objects parsed to be written as they were (on a corpus grown by a file: 19,779 Reuters documents'
 * lines, 13 MB).
 */
export interface SummaryPiece {
  /** Live, or as JSON when read from the cache (merged from it as it is). */
  overview: OverviewAggregator | OverviewJson;
  lines: (DocumentSummary | string)[];
}

/** Pieces of `summary` as it folds them (cli/pieces.ts), with each document's line or none. */
export function summaryPieces(lines: "none" | "objects" | "json") {
  return {
    kind: `summary/${lines}/2`,
    empty: (): SummaryPiece => ({ overview: new OverviewAggregator(), lines: [] }),
    add(state: SummaryPiece, result: DocumentResult): void {
      (state.overview as OverviewAggregator).add(result);
      if (lines === "none") return;
      const line = summarizeDocument(result.annotation);
      state.lines.push(lines === "json" ? JSON.stringify(line, null, 2) : line);
    },
    toJSON: ({ overview, lines }: SummaryPiece): unknown => ({
      overview: overview instanceof OverviewAggregator ? overview.toJSON() : overview,
      lines,
    }),
    fromJSON: (json: unknown): SummaryPiece => json as SummaryPiece,
  };
}

/** Corpus-level state of `summary`: counts only, never documents, so memory stays flat. */
export class OverviewAggregator {
  private readonly entities = new EntityAggregator();
  private readonly speakers = new Map<string, number>();
  private readonly months = new Map<string, number>();

  constructor(private readonly stats = new StatsAggregator(false)) {}

  add(result: DocumentResult): void {
    const { annotation } = result;
    this.stats.add(result);
    this.entities.addAnnotation(annotation);
    for (const [name, n] of speakerCounts(annotation))
      this.speakers.set(name, (this.speakers.get(name) ?? 0) + n);
    if (annotation.date) {
      const month = annotation.date.slice(0, 7);
      this.months.set(month, (this.months.get(month) ?? 0) + 1);
    }
  }

  /** Adds another's documents, live or as JSON (cli/pieces.ts: a piece of the corpus), as if added here. */
  merge(other: OverviewAggregator | OverviewJson): void {
    const json = other instanceof OverviewAggregator ? null : other;
    this.stats.merge(json ? json.stats : (other as OverviewAggregator).stats);
    this.entities.merge(json ? json.entities : (other as OverviewAggregator).entities);
    const speakers = json ? json.speakers : (other as OverviewAggregator).speakers;
    const months = json ? json.months : (other as OverviewAggregator).months;
    for (const [name, n] of speakers) this.speakers.set(name, (this.speakers.get(name) ?? 0) + n);
    for (const [month, n] of months) this.months.set(month, (this.months.get(month) ?? 0) + n);
  }

  toJSON(): OverviewJson {
    return {
      stats: this.stats.toJSON(),
      entities: this.entities.records(),
      speakers: [...this.speakers],
      months: [...this.months],
    };
  }

  get documents(): number {
    return this.stats.documents;
  }

  result(): CorpusOverview {
    const corpus = this.stats.corpus(10);
    const entities = this.entities.result();
    const byType = (type: EntityType): NamedCount[] =>
      entities
        .filter((e) => e.type === type)
        .slice(0, TOP)
        .map((e) => ({ name: e.name, count: e.count }));
    return {
      documents: corpus.documents,
      dateRange: corpus.dateRange,
      sentences: corpus.sentences,
      tokens: corpus.tokens,
      topEntities: {
        person: byType("person"),
        country: byType("country"),
        place: byType("place"),
        organization: byType("organization"),
      },
      mostQuoted: topCounts(this.speakers, TOP),
      topTerms: corpus.topTerms,
      documentsPerMonth: [...this.months]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => (a.name < b.name ? -1 : 1)),
    };
  }
}
