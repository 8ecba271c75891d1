import type { ChalkInstance } from "chalk";
import { makeChalk, wantsColor } from "./color.js";
import type { Column } from "./columns.js";
import { csvLine } from "./csv.js";
import { sanitizeForTerminal } from "./sanitize.js";
import { renderTable } from "./table.js";

export const FORMATS = ["table", "json", "jsonl", "csv"] as const;
export type Format = (typeof FORMATS)[number];

/** Where results go: stdout, or a file opened by the caller (--output). */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface PrinterOptions {
  format: Format;
  color: boolean;
  out?: OutputStream;
}

/** A sink of rows: JSON arrays and JSON Lines are written as rows arrive; tables are laid out at the end. */
export interface RowSink<Row> {
  write(row: Row): void;
  end(): void;
}

/** The only writer of results to stdout. */
export class Printer {
  readonly format: Format;
  readonly chalk: ChalkInstance;
  private readonly out: OutputStream;

  constructor(options: PrinterOptions) {
    this.format = options.format;
    this.out = options.out ?? process.stdout;
    this.chalk = makeChalk(options.format === "table" && wantsColor(this.out, options.color));
  }

  get width(): number {
    return this.out.columns && this.out.columns > 20 ? this.out.columns : 100;
  }

  write(text: string): void {
    this.out.write(text);
  }

  /** A heading line in table output (other formats carry no decoration). */
  heading(text: string): void {
    if (this.format === "table") this.write(`${this.chalk.bold.underline(sanitizeForTerminal(text))}\n`);
  }

  /** A line of prose in table output only. */
  note(text: string): void {
    if (this.format === "table") this.write(`${sanitizeForTerminal(text)}\n`);
  }

  rows<Row>(columns: readonly Column<Row>[], toJson: (row: Row) => unknown): RowSink<Row> {
    const out = this;
    switch (this.format) {
      case "jsonl":
        return { write: (row) => out.write(`${JSON.stringify(toJson(row))}\n`), end: () => {} };
      case "json": {
        let count = 0;
        return {
          write(row) {
            out.write(`${count++ === 0 ? "[\n" : ",\n"}${JSON.stringify(toJson(row))}`);
          },
          end() {
            out.write(count === 0 ? "[]\n" : "\n]\n");
          },
        };
      }
      case "csv": {
        const csvColumns = columns.filter((c) => !c.tableOnly);
        out.write(`${csvLine(csvColumns.map((c) => c.header))}\n`);
        return {
          write: (row) => out.write(`${csvLine(csvColumns.map((c) => c.value(row)))}\n`),
          end: () => {},
        };
      }
      default: {
        const buffered: Row[] = [];
        return {
          write: (row) => buffered.push(row),
          end() {
            if (buffered.length > 0) out.write(`${renderTable(columns, buffered, out.chalk, out.width)}\n`);
          },
        };
      }
    }
  }

  /** One JSON value (json/jsonl formats) for outputs that are not a list of rows. */
  json(value: unknown): void {
    this.write(
      this.format === "jsonl" ? `${JSON.stringify(value)}\n` : `${JSON.stringify(value, null, 2)}\n`,
    );
  }
}

/** `| head` closes the pipe early: end quietly with success instead of a stack trace. */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") process.exit(0);
      throw error;
    });
  }
}
