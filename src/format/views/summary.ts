import type { CorpusOverview, DocumentSummary, NamedCount } from "../../aggregate/overview.js";
import { bar, type Column } from "../columns.js";
import type { Printer } from "../printer.js";

export const documentSummaryColumns: Column<DocumentSummary>[] = [
  { header: "document", value: (d) => d.id, style: "name", grow: 1 },
  { header: "date", value: (d) => d.date ?? "", style: "dim" },
  { header: "summary", value: (d) => d.summary.join(" "), grow: 8 },
  { header: "people", value: (d) => d.people, grow: 1 },
  { header: "countries", value: (d) => d.countries, grow: 1 },
  { header: "places", value: (d) => d.places, grow: 1 },
  { header: "quotes", value: (d) => d.quotes, style: "number" },
  { header: "most quoted", value: (d) => d.mostQuoted ?? "", grow: 1 },
];

export interface OverviewRow {
  measure: string;
  value: string;
}

const list = (items: readonly NamedCount[]): string => items.map((i) => `${i.name} (${i.count})`).join(", ");

export const overviewColumns: Column<OverviewRow>[] = [
  { header: "corpus", value: (r) => r.measure, style: "name" },
  { header: "", value: (r) => r.value, grow: 1 },
];

export function overviewRows(o: CorpusOverview): OverviewRow[] {
  return [
    { measure: "documents", value: String(o.documents) },
    { measure: "date range", value: o.dateRange ? `${o.dateRange.from} – ${o.dateRange.to}` : "no dates" },
    { measure: "sentences", value: String(o.sentences) },
    { measure: "tokens", value: String(o.tokens) },
    { measure: "people", value: list(o.topEntities.person) },
    { measure: "countries", value: list(o.topEntities.country) },
    { measure: "places", value: list(o.topEntities.place) },
    { measure: "organizations", value: list(o.topEntities.organization) },
    { measure: "most quoted", value: list(o.mostQuoted) },
    { measure: "top terms", value: o.topTerms.map((t) => t.term).join(", ") },
  ];
}

/** Documents per month as a small text chart (one row per month). */
export function monthColumns(months: readonly NamedCount[]): Column<NamedCount>[] {
  const max = Math.max(0, ...months.map((m) => m.count));
  return [
    { header: "month", value: (m) => m.name, style: "dim" },
    { header: "documents", value: (m) => m.count, style: "number" },
    { header: "relative", value: (m) => bar(m.count, max, 30), style: "bar", tableOnly: true, priority: 1 },
  ];
}

/** A document's summary in table output: a heading, the summary wrapped, then who and where. */
export function printDocumentCard(printer: Printer, d: DocumentSummary): void {
  printer.heading(`${d.id}${d.date ? `  ${d.date}` : ""}`);
  printer.paragraph(d.summary.length > 0 ? d.summary.join(" ") : "(no sentences)", 2);
  const facts = [
    d.people.length > 0 ? `people: ${d.people.join(", ")}` : "",
    d.countries.length > 0 ? `countries: ${d.countries.join(", ")}` : "",
    d.places.length > 0 ? `places: ${d.places.join(", ")}` : "",
    `quotes: ${d.quotes}${d.mostQuoted ? ` (most quoted: ${d.mostQuoted})` : ""}`,
  ].filter((f) => f.length > 0);
  printer.paragraph(facts.join(" · "), 2, "dim");
  printer.write("\n");
}
