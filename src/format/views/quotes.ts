import type { Quote } from "../../types.js";
import type { Column } from "../columns.js";

/** A quote as the `quotes` command prints it: the contract's quote object plus its document's id and date. */
export interface QuoteRow extends Quote {
  id: string;
  date: string | null;
}

export const quoteColumns: Column<QuoteRow>[] = [
  { header: "speaker", value: (q) => q.speaker.name ?? q.speaker.organization ?? "?", style: "name" },
  { header: "named as", value: (q) => q.speaker.mention?.text ?? "", style: "dim", grow: 2 },
  { header: "cue", value: (q) => q.cue?.text ?? "", style: "type" },
  { header: "quote", value: (q) => `“${q.text}”${q.partial ? " (partial)" : ""}`, grow: 6 },
  { header: "document", value: (q) => q.id, style: "dim", grow: 1 },
  { header: "date", value: (q) => q.date ?? "", style: "dim" },
];

export function quoteJson(q: QuoteRow): Record<string, unknown> {
  const { id, date, ...quote } = q;
  return { ...quote, id, date };
}
