import type { ReportData } from "../../aggregate/report.js";
import { type OverviewRow, overviewRows } from "./summary.js";

/** The report's figures as rows (table and CSV output of `report` without --html). */
export function reportRows(report: ReportData): OverviewRow[] {
  const rows = overviewRows(report.overview);
  rows.splice(2, 0, { measure: "undated documents", value: String(report.undatedDocuments) });
  const edge = (e: { source: string; target: string; weight: number }) =>
    `${e.source.replace(/^\w+:/, "")} – ${e.target.replace(/^\w+:/, "")} (${e.weight})`;
  rows.push(
    { measure: "quotes", value: String(report.quotes.total) },
    { measure: "appear together", value: report.network.edges.slice(0, 5).map(edge).join(", ") },
    { measure: "name in quotes", value: report.quoteNetwork.edges.slice(0, 5).map(edge).join(", ") },
  );
  return rows;
}
