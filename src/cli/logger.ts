import { sanitizeForTerminal } from "../format/sanitize.js";

/** Progress, warnings and diagnostics: stderr only, never stdout. */
export class Logger {
  warnings = 0;
  constructor(
    private readonly verbose: boolean,
    private readonly quiet: boolean,
  ) {}

  warn(message: string): void {
    this.warnings += 1;
    if (!this.quiet) process.stderr.write(`corpus-cli: warning: ${sanitizeForTerminal(message)}\n`);
  }

  info(message: string): void {
    if (this.verbose && !this.quiet) process.stderr.write(`corpus-cli: ${sanitizeForTerminal(message)}\n`);
  }
}

/** A bad argument: the CLI prints the message on one line and exits 2. */
export class UsageError extends Error {}
