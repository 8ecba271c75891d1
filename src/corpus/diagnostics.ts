/**
 * A problem found while reading an input, as data: a stable code, a message, and the line of the file it
 * is on (for records). The path is added when it is reported (see describeDiagnostic), so one reporter
 * can say `FILE:LINE: message` for every kind of input.
 */
export interface ReadDiagnostic {
  code: ReadDiagnosticCode;
  message: string;
  line?: number;
}

export type ReadDiagnosticCode =
  /** A JSON Lines line that is not a JSON object. */
  | "bad-json"
  /** A CSV/TSV row the parser could not read (unbalanced quotes, a different number of fields). */
  | "bad-row"
  /** A record with no text, or whose text is empty: skipped. */
  | "no-text"
  /** A date that none of the known formats reads: the record is kept, without a date. */
  | "bad-date"
  /** A line longer than a record may be: skipped. */
  | "too-long"
  /** The file could not be read on (I/O error, damaged gzip data): the records after it are lost. */
  | "read-error"
  /** An HTML page in which no text was found: skipped. */
  | "no-html-text"
  /** A CSV file that is not UTF-8, decoded as Windows-1252 (a guess, so it is said). */
  | "windows-1252"
  /** Bytes that are not UTF-8 in a record, replaced by U+FFFD. */
  | "bad-utf8";

/** Codes that mean the record (or the rest of the file) was not annotated. */
export const SKIPPING_CODES: ReadonlySet<ReadDiagnosticCode> = new Set([
  "bad-json",
  "bad-row",
  "no-text",
  "too-long",
  "read-error",
  "no-html-text",
]);

export function describeDiagnostic(filePath: string, d: ReadDiagnostic): string {
  return `${filePath}${d.line === undefined ? "" : `:${d.line}`}: ${d.message}`;
}

/** Counts of what was read and what was skipped, and why: `--verbose` ends with them. */
export class ReadTally {
  documents = 0;
  readonly skipped = new Map<string, number>();

  read(): void {
    this.documents += 1;
  }

  skip(reason: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  summary(): string {
    const total = [...this.skipped.values()].reduce((a, b) => a + b, 0);
    const why = [...this.skipped].map(([reason, n]) => `${n} ${reason}`).join(", ");
    return `${this.documents} document(s) read, ${total} skipped${total > 0 ? ` (${why})` : ""}`;
  }
}
