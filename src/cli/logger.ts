import { sanitizeForTerminal } from "../format/sanitize.js";

/**
 * Which runs show a warning: every run, only a --verbose one (each typography problem), or only one without
 * --verbose (their one-line count). A run keeps the warnings of all three (cli/memo.ts, cli/pieces.ts), so a
 * --verbose run and a plain one share their stored results and each shows its own.
 */
export type Audience = "all" | "verbose" | "plain";

/** A kept warning is its audience's tag, then its text. */
const TAG: Readonly<Record<Audience, string>> = { all: "=", verbose: "+", plain: "-" };
const AUDIENCE_OF: Readonly<Record<string, Audience>> = { "=": "all", "+": "verbose", "-": "plain" };

/** Progress, warnings and diagnostics: stderr only, never stdout. */
export class Logger {
  warnings = 0;
  /** The warnings given since record() was called, each tagged with its audience, shown or not. */
  private recorded: string[] | null = null;
  constructor(
    private readonly verbose: boolean,
    private readonly quiet: boolean,
  ) {}

  warn(message: string, audience: Audience = "all"): void {
    this.recorded?.push(`${TAG[audience]}${message}`);
    if (audience === (this.verbose ? "plain" : "verbose")) return;
    this.warnings += 1;
    if (!this.quiet) process.stderr.write(`corpus-cli: warning: ${sanitizeForTerminal(message)}\n`);
  }

  /**
   * Gives a warning kept by record() in an earlier run to its audience (a run served from the cache). One
   * without a tag (a damaged row: every kept form has one) is shown whole to every run.
   */
  replay(kept: string): void {
    const audience = AUDIENCE_OF[kept.charAt(0)];
    if (audience === undefined) this.warn(kept);
    else this.warn(kept.slice(1), audience);
  }

  /** From now on, keeps every warning in the list returned, tagged (see Audience), quiet or not. */
  record(): string[] {
    this.recorded = [];
    return this.recorded;
  }

  info(message: string): void {
    if (this.verbose && !this.quiet) process.stderr.write(`corpus-cli: ${sanitizeForTerminal(message)}\n`);
  }
}

/** A bad argument: the CLI prints the message on one line and exits 2. */
export class UsageError extends Error {}
