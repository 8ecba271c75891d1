import type { Quote } from "../../types.js";
import type { Column } from "../columns.js";

/** A quote as the `quotes` command prints it: the contract's quote object plus its document's id and date. */
export interface QuoteRow extends Quote {
  id: string;
  date: string | null;
}

/** When the terminal is narrow the date goes first, then the cue, then the document (priority). */
export const quoteColumns: Column<QuoteRow>[] = [
  {
    header: "speaker",
    value: (q) => q.speaker.name ?? q.speaker.organization ?? "?",
    style: "name",
    grow: 3,
  },
  { header: "named as", value: (q) => q.speaker.mention?.text ?? "", style: "dim", grow: 2 },
  { header: "cue", value: (q) => q.cue?.text ?? "", style: "type", priority: 2 },
  { header: "quote", value: (q) => `“${q.text}”${q.partial ? " (partial)" : ""}`, grow: 6, minWidth: 30 },
  { header: "document", value: (q) => q.id, style: "dim", grow: 1, wrap: false, priority: 3 },
  { header: "date", value: (q) => q.date ?? "", style: "dim", priority: 1 },
];

export function quoteJson(q: QuoteRow): Record<string, unknown> {
  const { id, date, ...quote } = q;
  return { ...quote, id, date };
}
