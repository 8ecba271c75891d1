import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { registerAnnotate } from "../commands/annotate.js";
import { registerCache } from "../commands/cache.js";
import { registerEntities } from "../commands/entities.js";
import { registerMerge } from "../commands/merge.js";
import { registerNetwork } from "../commands/network.js";
import { registerQuotes } from "../commands/quotes.js";
import { registerReport } from "../commands/report.js";
import { registerStats } from "../commands/stats.js";
import { registerSummary } from "../commands/summary.js";
import { registerTimeline } from "../commands/timeline.js";
import { AtomicFile } from "../corpus/atomic-file.js";
import { exitQuietlyOnClosedPipe } from "../format/printer.js";
import { DamagedResultError } from "../pipeline/packed.js";
import { UsageError } from "./logger.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};

export function buildProgram(): Command {
  const program = new Command("corpus-cli")
    .description("Who is in a corpus of news articles, where, and who said what.")
    .version(pkg.version, "-V, --version")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerEntities(program);
  registerQuotes(program);
  registerSummary(program);
  registerStats(program);
  registerTimeline(program);
  registerNetwork(program);
  registerReport(program);
  registerAnnotate(program);
  registerCache(program);
  registerMerge(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Exit codes: 0 results, 1 nothing found, 2 usage or I/O error (one line on stderr, no stack trace). */
export async function main(argv: readonly string[]): Promise<void> {
  exitQuietlyOnClosedPipe();
  // Ctrl-C: stop at once, leaving no temporary output file behind (cache writes are transactions).
  process.once("SIGINT", () => {
    AtomicFile.abortAll();
    process.exit(130);
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
    AtomicFile.commitAll();
  } catch (error) {
    AtomicFile.abortAll();
    if (error instanceof CommanderError) {
      // Help and version are not errors; commander already printed its one-line message for the rest.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`corpus-cli: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof DamagedResultError) {
      process.stderr.write(`corpus-cli: ${error.message}; run \`corpus-cli cache clear\` and try again\n`);
      process.exitCode = 2;
      return;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code)) {
      process.stderr.write(`corpus-cli: ${(error as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}
