/**
 * Mentions and documents per entity per period, from each document's date. Streams: it keeps counts per
 * (entity, period) only, never documents. Documents without a date are counted apart ("undated"), per
 * entity too, so nothing is dropped silently.
 */

import type { Annotation, EntityType } from "../types.js";
import { CorpusNames, entityKey, entityMatches, splitKey } from "./canonical.js";
import { byCodePoint } from "./order.js";
import { type Period, periodOf, periodRange } from "./periods.js";

export interface Counts {
  mentions: number;
  documents: number;
}

export interface TimelineSeries {
  name: string;
  type: EntityType;
  mentions: number;
  documents: number;
  /** One entry per period of `Timeline.periods`, in order. */
  counts: Counts[];
  undated: Counts;
}

export interface Timeline {
  by: Period;
  /** Every period from the first dated document to the last. */
  periods: string[];
  /** Documents per period (all documents, whatever their entities). */
  documents: number[];
  undatedDocuments: number;
  series: TimelineSeries[];
}

export interface TimelineQuery {
  types: ReadonlySet<EntityType>;
  /** Only entities answering to one of these names (all when empty). */
  names: readonly string[];
  top?: number;
}

const UNDATED = "";

function bump(map: Map<string, Counts>, key: string, mentions: number): void {
  const c = map.get(key);
  if (c) {
    c.mentions += mentions;
    c.documents += 1;
  } else map.set(key, { mentions, documents: 1 });
}

export class TimelineAggregator {
  /** entity key → period ("" for undated) → counts. */
  private readonly cells = new Map<string, Map<string, Counts>>();
  private readonly perPeriod = new Map<string, number>();

  /** `names`: the corpus's names, shared with the other views of a report (each document is added once). */
  constructor(
    readonly by: Period,
    private readonly names = new CorpusNames(),
  ) {}

  add(annotation: Annotation): void {
    const period = annotation.date ? (periodOf(annotation.date, this.by) ?? UNDATED) : UNDATED;
    this.perPeriod.set(period, (this.perPeriod.get(period) ?? 0) + 1);
    const keyOf = this.names.add(annotation);
    for (const e of annotation.entities ?? []) {
      const key = keyOf(entityKey(e.type, e.name));
      let row = this.cells.get(key);
      if (!row) {
        row = new Map();
        this.cells.set(key, row);
      }
      bump(row, period, e.count);
    }
  }

  result(query: TimelineQuery): Timeline {
    const dated = [...this.perPeriod.keys()].filter((p) => p !== UNDATED).sort(byCodePoint);
    const periods = dated.length > 0 ? periodRange(dated[0] as string, dated.at(-1) as string, this.by) : [];
    const index = new Map(periods.map((p, i) => [p, i]));
    const canonical = this.names.keys();
    const records = new Map(
      (query.names.length === 0 ? [] : this.names.records()).map((r) => [entityKey(r.type, r.name), r]),
    );
    const series = new Map<string, TimelineSeries>();
    for (const [key, row] of this.cells) {
      const target = canonical(key);
      let s = series.get(target);
      if (!s) {
        const { type, name } = splitKey(target);
        s = {
          name,
          type,
          mentions: 0,
          documents: 0,
          counts: periods.map(() => ({ mentions: 0, documents: 0 })),
          undated: { mentions: 0, documents: 0 },
        };
        series.set(target, s);
      }
      for (const [period, c] of row) {
        const cell = period === UNDATED ? s.undated : s.counts[index.get(period) ?? -1];
        if (!cell) continue;
        cell.mentions += c.mentions;
        cell.documents += c.documents;
        s.mentions += c.mentions;
        s.documents += c.documents;
      }
    }
    const kept = [...series.entries()]
      .filter(([key, s]) => {
        if (!query.types.has(s.type)) return false;
        if (query.names.length === 0) return true;
        const record = records.get(key) ?? { name: s.name, aliases: [] };
        return query.names.some((q) => entityMatches(record, q));
      })
      .map(([, s]) => s)
      .sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || byCodePoint(a.name, b.name));
    return {
      by: this.by,
      periods,
      documents: periods.map((p) => this.perPeriod.get(p) ?? 0),
      undatedDocuments: this.perPeriod.get(UNDATED) ?? 0,
      series: query.top === undefined ? kept : kept.slice(0, query.top),
    };
  }
}
