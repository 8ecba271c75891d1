import type { DiagnosticCode } from "../types.js";
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

/** The record codes are part of the one list of diagnostic codes (src/types.ts), documented there. */
export type ReadDiagnosticCode = Extract<
  DiagnosticCode,
  | "bad-json"
  | "bad-row"
  | "no-text"
  | "bad-date"
  | "too-long"
  | "read-error"
  | "no-html-text"
  | "windows-1252"
  | "bad-utf8"
>;

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
