import type { Document } from "../../src/types.js";

/** An aligned plain-text table: first column left-aligned, the others right-aligned (numbers). */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  "),
    )
    .join("\n");
}

/** A Document for evaluation text: no header, so the whole text is the body (offsets equal the data's). */
export function evalDocument(id: string, text: string, date: string | null = null): Document {
  return { id, path: id, text, date, headers: {}, bodyStart: 0, encoding: "utf-8" };
}
