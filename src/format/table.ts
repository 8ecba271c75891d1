import type { ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { Column, ColumnStyle } from "./columns.js";
import { sanitizeForTerminal } from "./sanitize.js";

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

function truncate(text: string, width: number): string {
  if (width < 2) return text.slice(0, Math.max(width, 0));
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join("")}…`;
}

function styleOf(chalk: ChalkInstance, style: ColumnStyle | undefined, text: string): string {
  switch (style) {
    case "name":
      return chalk.bold(text);
    case "number":
      return chalk.cyan(text);
    case "dim":
      return chalk.dim(text);
    case "type":
      return chalk.magenta(text);
    case "bar":
      return chalk.green(text);
    default:
      return text;
  }
}

/**
 * Fits the columns to the terminal: each column gets its natural width, and when the total is too wide the
 * growable (text) columns shrink first; long cells are wrapped (text) or truncated with an ellipsis.
 */
function fitWidths(natural: number[], grow: number[], total: number): number[] {
  const padding = natural.length * 3 + 1;
  const widths = natural.map((w) => Math.max(w, 1));
  let excess = widths.reduce((a, b) => a + b, 0) + padding - total;
  if (excess <= 0) return widths;
  const growSum = grow.reduce((a, b) => a + b, 0);
  for (let i = 0; i < widths.length && growSum > 0; i++) {
    const share = Math.ceil((excess * (grow[i] ?? 0)) / growSum);
    const cut = Math.min(share, Math.max((widths[i] ?? 0) - 12, 0));
    widths[i] = (widths[i] ?? 0) - cut;
  }
  excess = widths.reduce((a, b) => a + b, 0) + padding - total;
  for (let i = widths.length - 1; i >= 0 && excess > 0; i--) {
    const cut = Math.min(excess, Math.max((widths[i] ?? 0) - 6, 0));
    widths[i] = (widths[i] ?? 0) - cut;
    excess -= cut;
  }
  return widths;
}

export function renderTable<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  chalk: ChalkInstance,
  terminalWidth: number,
): string {
  const texts = rows.map((row) => columns.map((c) => sanitizeForTerminal(cellText(c.value(row)))));
  const natural = columns.map((c, i) =>
    Math.max(Array.from(c.header).length, ...texts.map((r) => Array.from(r[i] ?? "").length)),
  );
  const widths = fitWidths(
    natural,
    columns.map((c) => c.grow ?? 0),
    terminalWidth,
  );
  const table = new Table({
    head: columns.map((c) => chalk.bold(c.header)),
    colWidths: widths.map((w) => w + 2),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: true },
    colAligns: columns.map((c) => (c.style === "number" ? "right" : "left")),
  });
  for (const row of texts) {
    table.push(
      row.map((text, i) => {
        const column = columns[i] as Column<Row>;
        const width = widths[i] ?? 10;
        // Text columns wrap (at most a few lines), the others are cut with an ellipsis.
        const fitted = column.grow ? truncate(text, width * 4) : truncate(text, width);
        return styleOf(chalk, column.style, fitted);
      }),
    );
  }
  return table.toString();
}
