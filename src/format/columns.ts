/** How a command describes a table or CSV column; styles are named here and coloured in the table renderer. */
export type ColumnStyle = "name" | "number" | "dim" | "type" | "bar" | "text";

export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined | readonly string[];
  style?: ColumnStyle;
  /**
   * A text column: it shrinks and wraps when the terminal is narrow, and takes this share of the room
   * left when it is wide (never more than its widest cell). Without it a column keeps its natural width.
   */
  grow?: number;
  /** false: a text column too narrow for a cell cuts it with "…" (ids, paths) instead of wrapping it. */
  wrap?: boolean;
  /** A text column's narrowest width (in cells) before columns are left out; default 10. */
  minWidth?: number;
  /**
   * When the table does not fit the terminal, columns with the lowest priority are left out first;
   * a column without one is always shown.
   */
  priority?: number;
  /** Only in tables (e.g. a frequency bar), never in CSV. */
  tableOnly?: boolean;
}

/** A column's name as `--columns` takes it: case, spaces, dashes and underscores do not matter. */
export const columnKey = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, "");

/**
 * The columns named in `--columns`, in that order; `unknown` lists the names this table lacks. A table
 * that has none of the names keeps all its columns (a command may print several tables).
 */
export function selectColumns<Row>(
  columns: readonly Column<Row>[],
  names: readonly string[],
): { columns: readonly Column<Row>[]; unknown: string[]; chosen: boolean } {
  const picked: Column<Row>[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const column = columns.find((c) => c.header !== "" && columnKey(c.header) === columnKey(name));
    if (!column) unknown.push(name);
    else if (!picked.includes(column)) picked.push(column);
  }
  return picked.length === 0
    ? { columns, unknown, chosen: false }
    : { columns: picked, unknown, chosen: true };
}

/** A horizontal bar of `value / max`, at most `width` cells wide. */
export function bar(value: number, max: number, width = 12): string {
  if (max <= 0 || value <= 0) return "";
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  const full = Math.floor(eighths / 8);
  const rest = eighths % 8;
  return "█".repeat(full) + (rest > 0 ? (" ▏▎▍▌▋▊▉"[rest] ?? "") : "");
}
