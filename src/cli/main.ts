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
import type { DocumentResult } from "../pipeline/result.js";
import { UsageError } from "./logger.js";
import { CommandContext, type ResultsSource } from "./run.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};

/** The program, its commands wired to `context` (where results come from, where the exit code goes). */
function buildProgram(context: CommandContext): Command {
  const program = new Command("corpus-cli")
    .description("Who is in a corpus of news articles, where, and who said what.")
    .version(pkg.version, "-V, --version")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerEntities(program, context);
  registerQuotes(program, context);
  registerSummary(program, context);
  registerStats(program, context);
  registerTimeline(program, context);
  registerNetwork(program, context);
  registerReport(program, context);
  registerAnnotate(program, context);
  registerCache(program);
  registerMerge(program, context, replay);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs one command line (without the program name) over `source`'s results; returns its exit code. */
export async function runProgram(argv: readonly string[], source: ResultsSource): Promise<number> {
  const context = new CommandContext(source);
  await buildProgram(context).parseAsync(argv as string[], { from: "user" });
  return context.exitCode;
}

/** `merge`: a shard's command line, run again over the merged results of all shards. */
function replay(
  argv: readonly string[],
  results: AsyncIterable<DocumentResult>,
  quiet: boolean,
): Promise<number> {
  return runProgram(argv, { kind: "replay", results, quiet });
}

/** Exit codes: 0 results, 1 nothing found, 2 usage or I/O error (one line on stderr, no stack trace). */
export async function main(argv: readonly string[]): Promise<void> {
  exitQuietlyOnClosedPipe();
  // Ctrl-C: stop at once, leaving no temporary output file behind (cache writes are transactions).
  process.once("SIGINT", () => {
    AtomicFile.abortAll();
    process.exit(130);
  });
  try {
    process.exitCode = await runProgram(argv.slice(2), { kind: "paths" });
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
