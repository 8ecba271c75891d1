import { createRequire } from "node:module";
import type { ChalkInstance } from "chalk";
import type { Column, ColumnStyle } from "./columns.js";
import { type ColumnSpec, planLayout } from "./layout.js";
import { sanitizeForTerminal } from "./sanitize.js";
import { displayWidth, truncateToWidth, wrapToWidth } from "./text-width.js";

// Loaded when a table is drawn: JSON and CSV runs never need it.
const require = createRequire(import.meta.url);

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
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
 * A text column is not wrapped narrower than its longest word (up to 16 cells: "Nagorno-Karabakh") nor
 * than 10 cells before columns are left out: narrower, it would cut words or wrap into too many lines.
 */
const DEFAULT_MIN_WIDTH = 10;
const MAX_WORD_WIDTH = 16;

const longestWord = (text: string): number =>
  text.split(" ").reduce((widest, word) => Math.max(widest, displayWidth(word)), 0);
/**
 * A wrapped cell shows at most as many lines as 200 cells of text take (5 lines of a 44-cell quote column
 * at 120 columns, 8 at 60), and at least 4; the last line ends with "…" when text was left out.
 */
const MAX_LINES = 4;
const LINES_BUDGET = 200;

/** cli-table3's layout time grows faster than its row count, so long tables are laid out in blocks (of lines). */
const ROWS_PER_BLOCK = 500;

export interface RenderedTable {
  text: string;
  /** Headers of the columns left out to fit the width, in the order they went. */
  dropped: string[];
}

/**
 * Draws rows as a table at most `terminalWidth` cells wide (see layout.ts for how columns shrink and which
 * go first). `keepAll`: the columns were chosen with --columns, so none is left out.
 */
export function renderTable<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  chalk: ChalkInstance,
  terminalWidth: number,
  keepAll = false,
): RenderedTable {
  const texts = rows.map((row) => columns.map((c) => sanitizeForTerminal(cellText(c.value(row)))));
  // A loop, not Math.max(...rows): spreading one argument per row overflows the stack on long tables.
  const natural = columns.map((c) => displayWidth(c.header));
  const wraps = columns.map((c) => (c.grow ?? 0) > 0 && c.wrap !== false);
  const words = columns.map((c, i) => (wraps[i] ? longestWord(c.header) : 0));
  for (const row of texts) {
    row.forEach((text, i) => {
      natural[i] = Math.max(natural[i] ?? 0, displayWidth(text));
      if (wraps[i]) words[i] = Math.max(words[i] ?? 0, longestWord(text));
    });
  }
  const specs: ColumnSpec[] = columns.map((c, i) => ({
    natural: Math.max(natural[i] ?? 0, 1),
    min: Math.max(c.minWidth ?? DEFAULT_MIN_WIDTH, Math.min(words[i] ?? 0, MAX_WORD_WIDTH)),
    weight: c.grow ?? 0,
    ...(c.priority === undefined ? {} : { priority: c.priority }),
  }));
  const layout = planLayout(specs, terminalWidth, keepAll);
  const shown = layout.shown.map((i) => columns[i] as Column<Row>);
  const fitCell = (text: string, k: number, header: boolean): string[] => {
    const width = layout.widths[k] ?? 1;
    if (!wraps[layout.shown[k] ?? 0]) return [truncateToWidth(text, width)];
    const maxLines = header ? 2 : Math.max(MAX_LINES, Math.ceil(LINES_BUDGET / width));
    return wrapToWidth(text, width, maxLines);
  };
  const head = shown.map((c, k) => chalk.bold(fitCell(c.header, k, true).join("\n")));
  // Each line of a wrapped row goes to cli-table3 as a row of its own (a compact table draws no rule
  // between rows, so it looks the same): given multi-line cells, cli-table3 cuts a copy of the whole cell
  // one character at a time for a debug message on every line it draws, which took a 1,000-row quotes
  // table from 1.9 s to 18 s.
  const cells: string[][] = [];
  for (const row of texts) {
    const fitted = layout.shown.map((i, k) => fitCell(row[i] ?? "", k, false));
    const height = Math.max(...fitted.map((lines) => lines.length));
    for (let line = 0; line < height; line += 1) {
      cells.push(fitted.map((lines, k) => styleOf(chalk, shown[k]?.style, lines[line] ?? "")));
    }
  }
  const blocks: string[][] = [];
  for (let at = 0; at === 0 || at < cells.length; at += ROWS_PER_BLOCK) {
    const Table = require("cli-table3") as typeof import("cli-table3");
    const table = new Table({
      ...(at === 0 ? { head } : {}),
      colWidths: layout.widths.map((w) => w + 2),
      // Cells arrive wrapped to their width (measured in cells: cli-table3 would wrap CJK text by length).
      wordWrap: false,
      style: { head: [], border: [], compact: true },
      colAligns: shown.map((c) => (c.style === "number" ? "right" : "left")),
    });
    table.push(...cells.slice(at, at + ROWS_PER_BLOCK));
    blocks.push(table.toString().split("\n"));
  }
  // Join the blocks into one table: drop the bottom border of each block but the last, and the top border
  // of each block but the first.
  const text = blocks
    .flatMap((lines, b) => lines.slice(b === 0 ? 0 : 1, b === blocks.length - 1 ? lines.length : -1))
    .join("\n");
  return { text, dropped: layout.dropped.map((i) => columns[i]?.header ?? "") };
}
