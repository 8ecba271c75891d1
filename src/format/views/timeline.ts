import type { Timeline, TimelineSeries } from "../../aggregate/timeline.js";
import type { Column } from "../columns.js";

const TICKS = "▁▂▃▄▅▆▇█";

/**
 * One character per period (periods summed into `width` cells when there are more): blank for none, a
 * block of height proportional to the count otherwise, so a rise stands out at a glance.
 */
export function sparkline(values: readonly number[], width: number): string {
  if (values.length === 0) return "";
  const cells = Math.max(1, Math.min(width, values.length));
  const per = values.length / cells;
  const sums = Array.from({ length: cells }, (_, i) => {
    let sum = 0;
    for (let j = Math.floor(i * per); j < Math.floor((i + 1) * per); j++) sum += values[j] ?? 0;
    return sum;
  });
  const max = Math.max(...sums);
  return sums.map((v) => (v <= 0 ? " " : TICKS[Math.min(7, Math.floor((v / max) * 7.999))])).join("");
}

/** A row of the table: one entity, its totals and its sparkline. */
export function timelineColumns(timeline: Timeline, width: number): Column<TimelineSeries>[] {
  const first = timeline.periods[0] ?? "";
  const last = timeline.periods.at(-1) ?? "";
  const span = first === last ? first : `${first} … ${last}`;
  // When the terminal is narrow the peak goes first, then undated, documents, and last the sparkline.
  return [
    { header: "name", value: (s) => s.name, style: "name", grow: 3 },
    { header: "type", value: (s) => s.type, style: "type" },
    { header: "mentions", value: (s) => s.mentions, style: "number" },
    { header: "documents", value: (s) => s.documents, style: "number", priority: 3 },
    { header: "undated", value: (s) => s.undated.mentions, style: "number", priority: 2 },
    {
      header: span,
      value: (s) =>
        sparkline(
          s.counts.map((c) => c.mentions),
          width,
        ),
      style: "bar",
      tableOnly: true,
      priority: 4,
    },
    {
      header: `peak ${timeline.by}`,
      value: (s) => {
        let best = -1;
        s.counts.forEach((c, i) => {
          if (best < 0 || c.mentions > (s.counts[best]?.mentions ?? 0)) best = i;
        });
        return best >= 0 && (s.counts[best]?.mentions ?? 0) > 0 ? (timeline.periods[best] ?? "") : "";
      },
      style: "dim",
      priority: 1,
    },
  ];
}

/** A long-format row (json, jsonl, csv): one entity in one period; `period` null for undated documents. */
export interface TimelineCell {
  name: string;
  type: string;
  period: string | null;
  mentions: number;
  documents: number;
}

export function timelineCells(timeline: Timeline): TimelineCell[] {
  const rows: TimelineCell[] = [];
  for (const s of timeline.series) {
    s.counts.forEach((c, i) => {
      if (c.mentions > 0 || c.documents > 0)
        rows.push({ name: s.name, type: s.type, period: timeline.periods[i] ?? null, ...c });
    });
    if (s.undated.documents > 0) rows.push({ name: s.name, type: s.type, period: null, ...s.undated });
  }
  return rows;
}

export const timelineCellColumns: Column<TimelineCell>[] = [
  { header: "name", value: (c) => c.name },
  { header: "type", value: (c) => c.type },
  { header: "period", value: (c) => c.period ?? "" },
  { header: "mentions", value: (c) => c.mentions },
  { header: "documents", value: (c) => c.documents },
];
