import type { Command } from "commander";
import { type CommonOptions, positiveInt, withCommonOptions } from "../cli/options.js";
import type { CommandContext, CommandRun } from "../cli/run.js";
import { printsStoredRecords } from "../cli/stored-records.js";
import type { VotedRecords } from "../cli/voted-records.js";
import type { RawJson } from "../format/printer.js";

interface AnnotateCommandOptions extends CommonOptions {
  summarySentences: number;
  includeText?: boolean;
  stream?: boolean;
}

export function registerAnnotate(program: Command, context: CommandContext): void {
  withCommonOptions(
    program
      .command("annotate")
      .description(
        "the per-document record (docs/annotate-contract.md) that other tools consume; use --jsonl",
      )
      .argument(
        "[paths...]",
        "files, folders, glob patterns or - for stdin (default: ./seeds or the sample corpus)",
      )
      .option("--summary-sentences <n>", "sentences in each summary", positiveInt("--summary-sentences"), 3)
      .option(
        "--include-text",
        "add each document's title and text (what offsets index: a page's or record's extracted text) to its record",
      )
      .option(
        "--stream",
        "print each record as its document is done, without the corpus-wide type vote (for `| head`, or a stream)",
      )
      .addHelpText(
        "after",
        "\nExamples:\n  corpus-cli annotate articles/ --jsonl > corpus.jsonl\n  corpus-cli annotate --jsonl | jq -c '{id, date, tokens}'",
      ),
  ).action(
    context.action(runAnnotate, {
      annotate: (options: AnnotateCommandOptions) => ({
        summarySentences: options.summarySentences,
        ...(options.includeText ? { includeText: true } : {}),
      }),
      parts: { fields: "all", words: false },
      // Its output is as big as the cache's annotations: printed from them (see cli/stored-records.ts).
      corpusResult: "records",
      votes: (options: AnnotateCommandOptions) => votes(options),
    }),
  );
}

/**
 * Whether the records take the corpus-wide type vote: not with --stream, nor in a shard's run (--shard: the
 * vote is over the whole corpus, which `merge` of the shards' outputs takes).
 */
const votes = (options: AnnotateCommandOptions): boolean =>
  options.stream !== true && options.shard === undefined;

async function runAnnotate(
  { printer, results, kept }: CommandRun,
  options: AnnotateCommandOptions,
): Promise<number> {
  // Loaded here, not with the command: a run that finds its whole output in the cache (cli/memo.ts)
  // aggregates nothing and does not load them.
  // JSON records take the corpus's type vote (cli/voted-records.ts) unless streamed; a table's columns are
  // counts, which the vote does not change.
  if (votes(options) && printsStoredRecords(printer.format) && kept) {
    // The vote from the corpus's pieces, kept in the cache (cli/voted-pieces.ts): a corpus grown by a file reads
    // the records of that file's piece for the vote, not every record.
    const { printVotedPieces } = await import("../cli/voted-pieces.js");
    const printed = await printVotedPieces(
      kept,
      printer.rows<RawJson>([], (row) => row),
    );
    return printed > 0 ? 0 : 1;
  }
  if (votes(options) && printsStoredRecords(printer.format)) {
    // The first document is asked for before the vote's modules are loaded, so that a run starts its worker
    // thread (pipeline/two-stages.ts) first and evaluates them while that thread starts. Loaded first, they
    // (and the pipeline's modules they import) delayed the worker: the process's CPU when the worker was made,
    // the bench's 1,500 documents --jobs 2, 4 runs each at load 15-18: 143-150 ms against 126-130 ms with
    // --stream, which does not load them.
    const asked = askedAlready(results);
    let records: VotedRecords;
    try {
      await new Promise<void>((resolve) => setImmediate(resolve));
      const voted = await import("../cli/voted-records.js");
      records = new voted.VotedRecords(printer.rows<RawJson>([], (row) => row));
    } catch (error) {
      // The run asked for has begun (a worker thread, files open): closed as leaving a loop over it would.
      await asked[Symbol.asyncIterator]().return?.();
      throw error;
    }
    try {
      for await (const result of asked) records.addResult(result);
      records.end();
    } finally {
      records.close();
    }
    return records.size > 0 ? 0 : 1;
  }
  const { annotationColumns, annotationRecord } = await import("../format/views/annotate.js");
  const sink = printer.rows(annotationColumns, annotationRecord);
  let count = 0;
  for await (const result of results) {
    sink.write(result);
    count += 1;
  }
  sink.end();
  return count > 0 ? 0 : 1;
}

/**
 * `items` with its first item asked for now: the rest as each is asked. Until the first is taken, its failure
 * counts as handled (it is thrown where it is taken); leaving early closes `items` as `for await` would.
 */
export function askedAlready<T>(items: AsyncIterable<T>): AsyncIterable<T> {
  const iterator = items[Symbol.asyncIterator]();
  let first: Promise<IteratorResult<T>> | null = iterator.next();
  first.catch(() => {});
  return {
    [Symbol.asyncIterator]: () => ({
      next: () => {
        const next = first ?? iterator.next();
        first = null;
        return next;
      },
      return: async (value?: unknown) => {
        first = null;
        return (await iterator.return?.(value)) ?? { done: true, value: undefined };
      },
    }),
  };
}
