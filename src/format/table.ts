import { createRequire } from "node:module";
import type { ChalkInstance } from "chalk";
import type { Column, ColumnStyle } from "./columns.js";
import { sanitizeForTerminal } from "./sanitize.js";

// Loaded when a table is drawn: JSON and CSV runs never need it.
const require = createRequire(import.meta.url);

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
 * Fits the columns to the terminal: columns that do not grow (names, numbers, dates, types) keep their
 * natural width; the text columns share what is left in proportion to their weight, never more than they
 * need and never less than MIN_TEXT_WIDTH (a table may then be wider than a very narrow terminal).
 */
const MIN_TEXT_WIDTH = 10;

function fitWidths(natural: readonly number[], grow: readonly number[], total: number): number[] {
  const widths = natural.map((w) => Math.max(w, 1));
  const padding = widths.length * 3 + 1;
  const growing = widths.map((_, i) => i).filter((i) => (grow[i] ?? 0) > 0);
  const fixed = widths.reduce((sum, w, i) => sum + ((grow[i] ?? 0) > 0 ? 0 : w), 0);
  let available = total - padding - fixed;
  let open = growing.filter((i) => (widths[i] ?? 0) > 0);
  // Hand out the space in rounds: a column that needs less than its share keeps its natural width.
  while (open.length > 0) {
    const weight = open.reduce((sum, i) => sum + (grow[i] ?? 0), 0);
    const satisfied = open.filter((i) => (natural[i] ?? 0) <= (available * (grow[i] ?? 0)) / weight);
    if (satisfied.length === 0) {
      for (const i of open)
        widths[i] = Math.max(MIN_TEXT_WIDTH, Math.floor((available * (grow[i] ?? 0)) / weight));
      break;
    }
    for (const i of satisfied) available -= widths[i] ?? 0;
    open = open.filter((i) => !satisfied.includes(i));
  }
  return widths;
}

/** cli-table3's layout time grows faster than its row count, so long tables are laid out in blocks. */
const ROWS_PER_BLOCK = 500;

export function renderTable<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  chalk: ChalkInstance,
  terminalWidth: number,
): string {
  const texts = rows.map((row) => columns.map((c) => sanitizeForTerminal(cellText(c.value(row)))));
  // A loop, not Math.max(...rows): spreading one argument per row overflows the stack on long tables.
  const natural = columns.map((c) => Array.from(c.header).length);
  for (const row of texts) {
    row.forEach((text, i) => {
      natural[i] = Math.max(natural[i] ?? 0, Array.from(text).length);
    });
  }
  const widths = fitWidths(
    natural,
    columns.map((c) => c.grow ?? 0),
    terminalWidth,
  );
  const cells = texts.map((row) =>
    row.map((text, i) => {
      const column = columns[i] as Column<Row>;
      const width = widths[i] ?? 10;
      // Text columns wrap (at most a few lines), the others are cut with an ellipsis.
      const fitted = column.grow ? truncate(text, width * 4) : truncate(text, width);
      return styleOf(chalk, column.style, fitted);
    }),
  );
  const blocks: string[][] = [];
  for (let at = 0; at === 0 || at < cells.length; at += ROWS_PER_BLOCK) {
    const Table = require("cli-table3") as typeof import("cli-table3");
    const table = new Table({
      ...(at === 0 ? { head: columns.map((c) => chalk.bold(c.header)) } : {}),
      colWidths: widths.map((w) => w + 2),
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: [], border: [], compact: true },
      colAligns: columns.map((c) => (c.style === "number" ? "right" : "left")),
    });
    table.push(...cells.slice(at, at + ROWS_PER_BLOCK));
    blocks.push(table.toString().split("\n"));
  }
  // Join the blocks into one table: drop the bottom border of each block but the last, and the top border
  // of each block but the first.
  return blocks
    .flatMap((lines, b) => lines.slice(b === 0 ? 0 : 1, b === blocks.length - 1 ? lines.length : -1))
    .join("\n");
}
