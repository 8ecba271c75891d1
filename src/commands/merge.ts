import type { Command } from "commander";
import { UsageError } from "../cli/logger.js";
import type { CommandContext } from "../cli/run.js";
import { spoolStdin } from "../corpus/index.js";
import { sanitizeForTerminal } from "../format/sanitize.js";
import { MergeError } from "../merge/lines.js";
import {
  openPartials,
  outputDefiningArgs,
  type PartialInput,
  partialHeaderOf,
  peekFirstLine,
} from "../merge/partial.js";
import { mergePlain, type PlainInput } from "../merge/plain.js";
import { assertReplayable } from "../merge/replayable.js";
import type { DocumentResult } from "../pipeline/result.js";

/** Runs a stored command line over the merged results (given by main.ts, which knows the commands). */
export type Replay = (
  argv: readonly string[],
  results: AsyncIterable<DocumentResult>,
  quiet: boolean,
) => Promise<number>;

export function registerMerge(program: Command, context: CommandContext, replay: Replay): void {
  program
    .command("merge")
    .description("combine the outputs of sharded runs (--shard I/N) into exactly what one run prints")
    .argument("<files...>", "outputs of the shards (- for stdin)")
    .option("-q, --quiet", "no warnings on stderr")
    .option("--allow-partial", "merge the shards that are there when some are missing (says which)")
    .addHelpText(
      "after",
      `
Two kinds of input (either may be gzip-compressed):
  --for-merge output of any command: merged, then the command is run again over the merged results,
    with the shards' own options, so entities, stats, quotes and summary come out as in one run.
    Checked: exactly one complete run (every shard once, the same file list, no file cut short), or
    exit 2 with nothing on stdout; --allow-partial merges the shards that are there and says which not.
  annotate or quotes --json/--jsonl output: rows interleaved in one run's order (one input folder).
    Checked for order and for a document given twice; a missing shard cannot be seen (use --for-merge).

Examples:
  parallel corpus-cli entities corpus/ --shard {}/4 --for-merge '>' part{}.jsonl ::: 1 2 3 4
  corpus-cli merge part*.jsonl
  corpus-cli merge <(corpus-cli annotate corpus/ --shard 1/2 --jsonl) <(corpus-cli annotate corpus/ --shard 2/2 --jsonl)`,
    )
    .action(
      context.plain(async (files: string[], options: { quiet?: boolean; allowPartial?: boolean }) => {
        try {
          return await runMerge(files, options, replay);
        } catch (error) {
          if (error instanceof MergeError) throw new UsageError(`merge: ${error.message}`);
          throw error;
        }
      }),
    );
}

async function runMerge(
  files: string[],
  options: { quiet?: boolean; allowPartial?: boolean },
  replay: Replay,
): Promise<number> {
  if (files.filter((f) => f === "-").length > 1) throw new MergeError("stdin (-) can be given only once");
  const quiet = options.quiet === true;
  const warn = (message: string) => {
    if (!quiet) process.stderr.write(`corpus-cli: warning: ${sanitizeForTerminal(message)}\n`);
  };
  const partials: PartialInput[] = [];
  const plains: PlainInput[] = [];
  const empty: string[] = [];
  for (const file of files) {
    // Every input is read twice (checked, then merged): stdin is kept in a temporary file.
    const { first, lines } = await peekFirstLine(file === "-" ? await spoolStdin() : file, file);
    const header = partialHeaderOf(first);
    if (header) partials.push({ file, header, lines });
    else if (first) plains.push({ file, first, lines });
    else empty.push(file);
  }
  if (partials.length > 0 && plains.length > 0) {
    throw new MergeError("the inputs mix --for-merge results and ordinary output");
  }
  if (partials.length + plains.length === 0) {
    throw new MergeError("every input is empty: did the shards' runs fail (command not found?)");
  }
  // A --for-merge run always writes its header: an empty file is a shard whose run failed.
  if (partials.length > 0 && empty.length > 0 && !options.allowPartial) {
    throw new MergeError(`${empty.join(", ")}: empty, not a --for-merge output (--allow-partial skips it)`);
  }
  for (const file of empty) warn(`${file} is empty, skipped`);
  // Everything is checked before anything is printed: a merge that fails prints nothing on stdout.
  if (plains.length > 0) {
    await mergePlain(plains, () => {});
    const count = await mergePlain(plains, (text) => process.stdout.write(text), true);
    return count > 0 ? 0 : 1;
  }
  const { header, results, warnings } = openPartials(partials, options.allowPartial === true);
  for await (const _ of results());
  for (const w of warnings) warn(w);
  // The shards' command line without its paths and run-only options (--shard, --for-merge, --jobs...),
  // run again over the merged results.
  const argv = outputDefiningArgs(header);
  assertReplayable(argv);
  return replay(argv, results(), quiet);
}
