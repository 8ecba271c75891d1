/** How a command describes a table or CSV column; styles are named here and coloured in the table renderer. */
export type ColumnStyle = "name" | "number" | "dim" | "type" | "bar" | "text";

export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined | readonly string[];
  style?: ColumnStyle;
  /** Share of the spare width this column may grow into (long text columns). */
  grow?: number;
  /** Only in tables (e.g. a frequency bar), never in CSV. */
  tableOnly?: boolean;
}

/** A horizontal bar of `value / max`, at most `width` cells wide. */
export function bar(value: number, max: number, width = 12): string {
  if (max <= 0 || value <= 0) return "";
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  const full = Math.floor(eighths / 8);
  const rest = eighths % 8;
  return "█".repeat(full) + (rest > 0 ? (" ▏▎▍▌▋▊▉"[rest] ?? "") : "");
}
