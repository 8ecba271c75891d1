// First: the pool decision measures how idle the machine has been from here on (pipeline/started.ts).
import "../pipeline/started.js";
import { Command, CommanderError } from "commander";
import type { StatedFiles } from "../cache/code-memo.js";
import { AtomicFile } from "../corpus/atomic-file.js";
import { exitQuietlyOnClosedPipe } from "../format/printer.js";
import { DamagedResultError } from "../pipeline/packed.js";
import type { DocumentResult } from "../pipeline/result.js";
import { UsageError } from "./logger.js";
import { CommandContext, type ResultsSource } from "./run.js";
import { PACKAGE_VERSION } from "./version.js";

type Register = (program: Command, context: CommandContext) => void;

/**
 * Each command's module, in the order help lists them, loaded on demand: a run loads only its own
 * command's (its aggregation and views), not the nine others' (see buildProgram).
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  entities: async () => (await import("../commands/entities.js")).registerEntities,
  quotes: async () => (await import("../commands/quotes.js")).registerQuotes,
  summary: async () => (await import("../commands/summary.js")).registerSummary,
  stats: async () => (await import("../commands/stats.js")).registerStats,
  timeline: async () => (await import("../commands/timeline.js")).registerTimeline,
  network: async () => (await import("../commands/network.js")).registerNetwork,
  report: async () => (await import("../commands/report.js")).registerReport,
  annotate: async () => (await import("../commands/annotate.js")).registerAnnotate,
  cache: async () => (await import("../commands/cache.js")).registerCache,
  merge: async () => {
    const { registerMerge } = await import("../commands/merge.js");
    return (program, context) => registerMerge(program, context, replay);
  },
};

/**
 * The program, its commands wired to `context` (where results come from, where the exit code goes).
 * When the command line names a command first, only that one is registered: what commander does with
 * the line is the same (the other commands play no part in it), and the others are not loaded; --version
 * first needs none. Any other line (help, an unknown command and its suggestion) gets all of them.
 */
async function buildProgram(context: CommandContext, argv: readonly string[]): Promise<Command> {
  const program = new Command("corpus-cli")
    .description("Who is in a corpus of news articles, where, and who said what.")
    .version(PACKAGE_VERSION, "-V, --version")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const first = argv[0];
  const names =
    first === "-V" || first === "--version"
      ? [] // commander prints the version and stops at the first word
      : first !== undefined && Object.hasOwn(COMMANDS, first)
        ? [first]
        : Object.keys(COMMANDS);
  const registers = await Promise.all(names.map((name) => (COMMANDS[name] as () => Promise<Register>)()));
  for (const register of registers) register(program, context);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs one command line (without the program name) over `source`'s results; returns its exit code. */
export async function runProgram(argv: readonly string[], source: ResultsSource): Promise<number> {
  const context = new CommandContext(source);
  await (await buildProgram(context, argv)).parseAsync(argv as string[], { from: "user" });
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

/**
 * Exit codes: 0 results, 1 nothing found, 2 usage or I/O error (one line on stderr, no stack trace). `stated`: the
 * program's files bin/bundled-cli.js stated to check the bundle (see cache/code-memo.ts).
 */
export async function main(argv: readonly string[], stated?: StatedFiles): Promise<void> {
  exitQuietlyOnClosedPipe();
  // Ctrl-C: stop at once, leaving no temporary output file behind (cache writes are transactions).
  process.once("SIGINT", () => {
    AtomicFile.abortAll();
    process.exit(130);
  });
  try {
    process.exitCode = await runProgram(
      argv.slice(2),
      stated ? { kind: "paths", stated } : { kind: "paths" },
    );
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
