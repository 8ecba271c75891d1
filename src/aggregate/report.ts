/**
 * Everything the HTML report shows, gathered in one pass over the results and kept as aggregates: corpus
 * counts, timelines, networks, and bounded samples of quotes and documents. Memory stays flat: the quote
 * sample keeps the `maxQuotes` quotes of smallest hash (a uniform sample that does not depend on the
 * order of the documents, so shards merge into the same one), the documents kept are the `maxDocuments`
 * that say the most (quotes and entities), ties broken by their place in the corpus.
 */
import { createHash } from "node:crypto";
import type { DocumentResult } from "../pipeline/result.js";
import type { EntityType } from "../types.js";
import { CorpusNames, ENTITY_TYPES, entityKey, splitKey } from "./canonical.js";
import type { Graph } from "./graph.js";
import { CooccurrenceAggregator, QuoteNetworkAggregator } from "./network.js";
import { byCodePoint } from "./order.js";
import {
  type CorpusOverview,
  type DocumentSummary,
  OverviewAggregator,
  summarizeDocument,
} from "./overview.js";
import type { Period } from "./periods.js";
import { type Timeline, TimelineAggregator } from "./timeline.js";

export interface ReportOptions {
  by: Period;
  /** Entities per type in the top lists, series in the timeline. */
  topEntities: number;
  timelineSeries: number;
  networkEdges: number;
  quoteNetworkEdges: number;
  maxQuotes: number;
  maxDocuments: number;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  by: "month",
  topEntities: 15,
  timelineSeries: 8,
  networkEdges: 80,
  quoteNetworkEdges: 25,
  maxQuotes: 1000,
  maxDocuments: 300,
};

export interface ReportQuote {
  speaker: string;
  /** The words naming the speaker ("the Icelandic president"). */
  namedAs: string | null;
  cue: string | null;
  text: string;
  id: string;
  date: string | null;
  start: number;
  end: number;
  /** Entities named inside the quote. */
  entities: string[];
}

export interface ReportDocument extends DocumentSummary {
  path: string;
  score: number;
  seq: number;
}

export interface ReportData {
  overview: CorpusOverview;
  undatedDocuments: number;
  topEntities: Record<EntityType, { name: string; mentions: number; documents: number }[]>;
  timeline: Timeline;
  network: Graph;
  quoteNetwork: Graph;
  quotes: { total: number; shown: ReportQuote[] };
  documents: { total: number; shown: ReportDocument[] };
}

const QUOTE_CHARS = 400;
const cut = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Keeps the `limit` smallest items by `order`, in amortized constant time per item. */
class Smallest<T> {
  private items: T[] = [];
  constructor(
    private readonly limit: number,
    private readonly order: (a: T, b: T) => number,
  ) {}
  add(item: T): void {
    this.items.push(item);
    if (this.items.length >= this.limit * 2 + 16) this.trim();
  }
  private trim(): void {
    this.items.sort(this.order);
    this.items.length = Math.min(this.items.length, this.limit);
  }
  result(): T[] {
    this.trim();
    return this.items;
  }
}

const hashOf = (text: string): string => createHash("sha1").update(text).digest("hex").slice(0, 12);

export class ReportAggregator {
  private readonly overview = new OverviewAggregator();
  /** One corpus's names for every view (each document added once): the views name entities as `entities` does. */
  private readonly names = new CorpusNames();
  private readonly timeline: TimelineAggregator;
  private readonly network = new CooccurrenceAggregator("sentences", undefined, this.names);
  private readonly quoteNetwork = new QuoteNetworkAggregator(undefined, this.names);
  private readonly quotes: Smallest<ReportQuote & { hash: string }>;
  private readonly documents: Smallest<ReportDocument>;
  private quoteCount = 0;
  private seq = 0;

  constructor(readonly options: ReportOptions = DEFAULT_REPORT_OPTIONS) {
    this.timeline = new TimelineAggregator(options.by, this.names);
    this.quotes = new Smallest(options.maxQuotes, (a, b) => byCodePoint(a.hash, b.hash));
    this.documents = new Smallest(options.maxDocuments, (a, b) => b.score - a.score || a.seq - b.seq);
  }

  add(result: DocumentResult): void {
    const { annotation } = result;
    this.overview.add(result);
    this.timeline.add(annotation);
    this.network.add(annotation);
    this.quoteNetwork.add(annotation);
    const mentions = annotation.mentions ?? [];
    let quotes = 0;
    for (const q of annotation.quotes ?? []) {
      if (q.partial) continue;
      quotes += 1;
      this.quoteCount += 1;
      const named = mentions.filter((m) => m.start >= q.start && m.end <= q.end).map((m) => m.entity);
      this.quotes.add({
        hash: hashOf(`${annotation.id}\u0000${q.start}`),
        speaker: q.speaker.name ?? q.speaker.organization ?? "",
        namedAs: q.speaker.mention?.text ?? null,
        cue: q.cue?.text ?? null,
        text: cut(q.text, QUOTE_CHARS),
        id: annotation.id,
        date: annotation.date,
        start: q.start,
        end: q.end,
        entities: [...new Set(named)],
      });
    }
    const summary = summarizeDocument(annotation);
    this.documents.add({
      ...summary,
      path: annotation.path,
      score: quotes * 2 + (annotation.entities?.length ?? 0),
      seq: this.seq++,
    });
  }

  get documentCount(): number {
    return this.overview.documents;
  }

  result(): ReportData {
    const o = this.options;
    const all = new Set(ENTITY_TYPES);
    const overview = this.overview.result();
    const timeline = this.timeline.result({ types: all, names: [] });
    const topEntities = Object.fromEntries(
      ENTITY_TYPES.map((type) => [
        type,
        timeline.series
          .filter((s) => s.type === type)
          .slice(0, o.topEntities)
          .map((s) => ({ name: s.name, mentions: s.mentions, documents: s.documents })),
      ]),
    ) as ReportData["topEntities"];
    const canonical = this.names.keys();
    const nameOf = (type: EntityType, name: string): string =>
      splitKey(canonical(entityKey(type, name))).name;
    const quotes = this.quotes
      .result()
      .map(({ hash: _, ...q }) => ({ ...q, speaker: q.speaker ? nameOf("person", q.speaker) : "" }))
      .sort((a, b) => byCodePoint(a.id, b.id) || a.start - b.start);
    return {
      overview,
      undatedDocuments: timeline.undatedDocuments,
      topEntities,
      timeline: { ...timeline, series: timeline.series.slice(0, o.timelineSeries) },
      network: this.network.result({ types: all, minWeight: 1, top: o.networkEdges }),
      quoteNetwork: this.quoteNetwork.result({ types: all, minWeight: 1, top: o.quoteNetworkEdges }),
      quotes: { total: this.quoteCount, shown: quotes },
      documents: { total: this.overview.documents, shown: this.documents.result() },
    };
  }
}
