import type { Diagnostic, DiagnosticCode } from "../types.js";
import type { Logger } from "./logger.js";

/**
 * Problems about the input's own typography: not the user's error, and on a big corpus there are thousands
 * (19,779 Reuters articles: 1,675 in 1,102 documents), so by default they are counted in one line; --verbose
 * lists them.
 */
const TYPOGRAPHY: ReadonlySet<DiagnosticCode> = new Set(["quotation-mark"]);

/**
 * A count with thousands separators, as `toLocaleString("en-US")` writes a whole number: written by hand,
 * since the first toLocaleString of a process loads ICU's number formatting (65-210 ms measured on the loaded
 * two-core machine, a fixed cost of every run over a grown corpus that counts these problems).
 */
export const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ",");

/**
 * The one place where documents' diagnostics reach stderr, for every command: each as
 * `corpus-cli: warning: PATH[:LINE]: message` (the path is added here, never stored in a message), except
 * typography problems, given for --verbose only and counted for the line end() gives without it. Both are
 * given to the logger, whichever the run shows: a result kept in the cache serves --verbose and plain runs.
 */
export class DiagnosticReporter {
  private typographyProblems = 0;
  private typographyDocuments = 0;

  constructor(private readonly logger: Logger) {}

  report(path: string, diagnostics: readonly Diagnostic[]): void {
    let typography = 0;
    for (const d of diagnostics) {
      const typographic = TYPOGRAPHY.has(d.code);
      if (typographic) typography++;
      this.logger.warn(
        `${path}${d.line === undefined ? "" : `:${d.line}`}: ${d.message}`,
        typographic ? "verbose" : "all",
      );
    }
    if (typography > 0) {
      this.typographyProblems += typography;
      this.typographyDocuments++;
    }
  }

  /** What was only counted so far: [problems, documents] (a piece of a corpus keeps its share: cli/pieces.ts). */
  counted(): [number, number] {
    return [this.typographyProblems, this.typographyDocuments];
  }

  /** Counts what a piece of the corpus counted in the run that stored its aggregate. */
  addCounted([problems, documents]: readonly [number, number]): void {
    this.typographyProblems += problems;
    this.typographyDocuments += documents;
  }

  /** The summary line of what was only counted (a run without --verbose shows it). */
  end(): void {
    if (this.typographyProblems === 0) return;
    this.logger.warn(
      `${count(this.typographyProblems)} quotation-mark problem${this.typographyProblems === 1 ? "" : "s"} in ${count(this.typographyDocuments)} document${this.typographyDocuments === 1 ? "" : "s"}; --verbose lists them`,
      "plain",
    );
  }
}
