import type { ChalkInstance } from "chalk";
import { makeChalk, wantsColor } from "./color.js";
import { type Column, selectColumns } from "./columns.js";
import { csvLine } from "./csv.js";
import { sanitizeForTerminal } from "./sanitize.js";
import { renderTable } from "./table.js";
import { wrapToWidth } from "./text-width.js";
import { WriteBatch } from "./write-batch.js";

export const FORMATS = ["table", "json", "jsonl", "csv"] as const;
export type Format = (typeof FORMATS)[number];

/** Where results go: stdout, or a file opened by the caller (--output). */
export interface OutputStream {
  write(text: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface PrinterOptions {
  format: Format;
  color: boolean;
  out?: OutputStream;
  /** --columns: the table and CSV columns to print, by header, in this order. */
  columns?: readonly string[];
  /** Where the printer says what it left out (--verbose) and which --columns names it did not know. */
  diagnostics?: { info(message: string): void; warn(message: string): void };
}

/** JSON text that is already serialized (a cached record): printed as it is, not stringified again. */
export class RawJson {
  constructor(readonly text: string) {}
}

const jsonText = (value: unknown): string => (value instanceof RawJson ? value.text : JSON.stringify(value));

/** A sink of rows: JSON arrays and JSON Lines are written as rows arrive; tables are laid out at the end. */
export interface RowSink<Row> {
  write(row: Row): void;
  end(): void;
}

/** The only writer of results to stdout. */
export class Printer {
  readonly format: Format;
  readonly chalk: ChalkInstance;
  readonly out: OutputStream;
  private readonly chosenColumns: readonly string[];
  private readonly diagnostics: NonNullable<PrinterOptions["diagnostics"]> | undefined;

  constructor(options: PrinterOptions) {
    this.format = options.format;
    this.out = options.out ?? process.stdout;
    this.chosenColumns = options.columns ?? [];
    this.diagnostics = options.diagnostics;
    this.chalk = makeChalk(options.format === "table" && wantsColor(this.out, options.color));
  }

  /**
   * The width tables and prose fit in: $COLUMNS when set (as ls and Python's get_terminal_size take it),
   * else the terminal's width, else (not a terminal) 120. Widths of 20 or less are ignored.
   */
  get width(): number {
    const columns = Number(process.env.COLUMNS);
    if (Number.isInteger(columns) && columns > 20) return columns;
    if (this.out.columns && this.out.columns > 20) return this.out.columns;
    return 120;
  }

  /** A block of prose wrapped to the terminal width (table output only), indented by `indent` spaces. */
  paragraph(text: string, indent = 0, style: "plain" | "dim" = "plain"): void {
    if (this.format !== "table") return;
    const width = Math.max(20, this.width - indent);
    const pad = " ".repeat(indent);
    const lines = wrapToWidth(sanitizeForTerminal(text), width);
    const paint = style === "dim" ? this.chalk.dim : (s: string) => s;
    for (const l of lines) this.write(`${pad}${paint(l)}\n`);
  }

  write(text: string | Uint8Array): void {
    this.out.write(text);
  }

  /** A heading line in table output (other formats carry no decoration). */
  heading(text: string): void {
    if (this.format !== "table") return;
    for (const line of wrapToWidth(sanitizeForTerminal(text), this.width)) {
      this.write(`${this.chalk.bold.underline(line)}\n`);
    }
  }

  /** A line of prose in table output only, wrapped to the width. */
  note(text: string): void {
    if (this.format !== "table") return;
    for (const line of wrapToWidth(sanitizeForTerminal(text), this.width)) this.write(`${line}\n`);
  }

  /** The columns --columns chose for this table (all of them without it, or when it names none of them). */
  private pick<Row>(all: readonly Column<Row>[]): { columns: readonly Column<Row>[]; chosen: boolean } {
    if (this.chosenColumns.length === 0) return { columns: all, chosen: false };
    const visible = all.filter((c) => this.format === "table" || !c.tableOnly);
    const picked = selectColumns(visible, this.chosenColumns);
    if (picked.unknown.length > 0) {
      const names = visible.map((c) => c.header).filter((h) => h !== "");
      this.diagnostics?.warn(
        `--columns: no column ${picked.unknown.map((n) => `"${n}"`).join(", ")} in this table` +
          `${picked.chosen ? "" : ", which is printed whole"} (its columns: ${names.join(", ")})`,
      );
    }
    return picked;
  }

  /**
   * Every row of a list through rows(), in the chosen format: what the commands print (a table's rows, a graph's
   * edges), written once here instead of sink, loop and end in each command. Returns how many rows there were.
   */
  printRows<Row>(
    columns: readonly Column<Row>[],
    rows: Iterable<Row>,
    toJson: (row: Row) => unknown = asItIs,
  ): number {
    const sink = this.rows(columns, toJson);
    let count = 0;
    for (const row of rows) {
      sink.write(row);
      count += 1;
    }
    sink.end();
    return count;
  }

  rows<Row>(allColumns: readonly Column<Row>[], toJson: (row: Row) => unknown): RowSink<Row> {
    const out = this;
    const { columns, chosen } =
      this.format === "table" || this.format === "csv"
        ? this.pick(allColumns)
        : { columns: allColumns, chosen: false };
    switch (this.format) {
      case "jsonl": {
        const batch = new WriteBatch(out);
        return { write: (row) => batch.add(`${jsonText(toJson(row))}\n`), end: () => batch.flush() };
      }
      case "json": {
        const batch = new WriteBatch(out);
        let count = 0;
        return {
          write(row) {
            batch.add(`${count++ === 0 ? "[\n" : ",\n"}${jsonText(toJson(row))}`);
          },
          end() {
            batch.add(count === 0 ? "[]\n" : "\n]\n");
            batch.flush();
          },
        };
      }
      case "csv": {
        const csvColumns = columns.filter((c) => !c.tableOnly);
        out.write(`${csvLine(csvColumns.map((c) => c.header))}\n`);
        return {
          // On a terminal, CSV cells are made safe like table cells; into a file or pipe they stay exact.
          write: (row) => {
            const values = csvColumns.map((c) => c.value(row));
            out.write(`${csvLine(out.out.isTTY ? values.map((v) => sanitizeCell(v)) : values)}\n`);
          },
          end: () => {},
        };
      }
      default: {
        const buffered: Row[] = [];
        return {
          write: (row) => buffered.push(row),
          end() {
            if (buffered.length === 0) return;
            const table = renderTable(columns, buffered, out.chalk, out.width, chosen);
            out.write(`${table.text}\n`);
            if (table.dropped.length > 0) {
              out.diagnostics?.info(
                `left out column${table.dropped.length > 1 ? "s" : ""} ${table.dropped.join(", ")} ` +
                  `to fit ${out.width} columns (choose with --columns)`,
              );
            }
          },
        };
      }
    }
  }

  /**
   * The object `{[key]: [items...], ...rest}` printed exactly as json() prints it (indented by two), with
   * the list written item by item as items come: an output listing every document (summary --json) is never
   * held whole. Holding it grew memory with the corpus: summary --json over three copies of the 19,779
   * Reuters documents kept ~1.8 KB a document (a heap snapshot: ~30 MB of summaries at a quarter of the run).
   * Nothing is written before the first item or end(). json format only.
   */
  jsonList<Item>(key: string): {
    write(item: Item): void;
    /** An item given as its JSON.stringify(item, null, 2) (kept so by cli/pieces.ts: not parsed again). */
    writeJson(json: string): void;
    end(rest: Record<string, unknown>): void;
  } {
    const batch = new WriteBatch(this);
    let count = 0;
    const writeJson = (json: string): void => {
      const head = count++ === 0 ? `{\n  ${JSON.stringify(key)}: [\n` : ",\n";
      batch.add(`${head}${indented(json, "    ", true)}`);
    };
    return {
      write: (item) => writeJson(JSON.stringify(item, null, 2)),
      writeJson,
      end(rest) {
        let text = count === 0 ? `{\n  ${JSON.stringify(key)}: []` : "\n  ]";
        for (const [name, value] of Object.entries(rest)) {
          const json = JSON.stringify(value, null, 2);
          // As JSON.stringify does, a field whose value has no JSON (undefined, a function) is left out.
          if (json !== undefined) text += `,\n  ${JSON.stringify(name)}: ${indented(json, "  ", false)}`;
        }
        batch.add(`${text}\n}\n`);
        batch.flush();
      },
    };
  }

  /** One JSON value (json/jsonl formats) for outputs that are not a list of rows. */
  json(value: unknown): void {
    this.write(
      this.format === "jsonl" ? `${JSON.stringify(value)}\n` : `${JSON.stringify(value, null, 2)}\n`,
    );
  }
}

/**
 * JSON text nested one level deeper: every line gets `pad` (the first too when `first`). Indented JSON
 * has a line break only between tokens (breaks inside strings are escaped), so this is what
 * JSON.stringify(value, null, 2) gives for the value at that depth.
 */
const indented = (json: string, pad: string, first: boolean): string =>
  `${first ? pad : ""}${json.replaceAll("\n", `\n${pad}`)}`;

/** `| head` closes the pipe early: end quietly with success instead of a stack trace. */
/** A row that is its own JSON. */
const asItIs = (row: unknown): unknown => row;

export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") process.exit(0);
      throw error;
    });
  }
}

function sanitizeCell(value: unknown): unknown {
  if (typeof value === "string") return sanitizeForTerminal(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? sanitizeForTerminal(v) : v));
  return value;
}
