import { sanitizeForTerminal } from "../format/sanitize.js";

/** Progress, warnings and diagnostics: stderr only, never stdout. */
export class Logger {
  warnings = 0;
  /** The warnings given since record() was called, quiet or not (a corpus-level result keeps them). */
  private recorded: string[] | null = null;
  constructor(
    private readonly verbose: boolean,
    private readonly quiet: boolean,
  ) {}

  warn(message: string): void {
    this.warnings += 1;
    this.recorded?.push(message);
    if (!this.quiet) process.stderr.write(`corpus-cli: warning: ${sanitizeForTerminal(message)}\n`);
  }

  /** From now on, keeps every warning in the list returned (see cli/memo.ts). */
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
