import type { Command } from "commander";
import { type CommonOptions, positiveInt, withCommonOptions } from "../cli/options.js";
import type { CommandContext, CommandRun } from "../cli/run.js";
import { printsStoredRecords } from "../cli/stored-records.js";
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
  { printer, results }: CommandRun,
  options: AnnotateCommandOptions,
): Promise<number> {
  // Loaded here, not with the command: a run that finds its whole output in the cache (cli/memo.ts)
  // aggregates nothing and does not load them.
  const { annotationColumns, annotationRecord } = await import("../format/views/annotate.js");
  // JSON records take the corpus's type vote (cli/voted-records.ts) unless streamed; a table's columns are
  // counts, which the vote does not change.
  if (votes(options) && printsStoredRecords(printer.format)) {
    const { VotedRecords } = await import("../cli/voted-records.js");
    const records = new VotedRecords(printer.rows<RawJson>([], (row) => row));
    try {
      for await (const result of results) records.addResult(result);
      records.end();
    } finally {
      records.close();
    }
    return records.size > 0 ? 0 : 1;
  }
  const sink = printer.rows(annotationColumns, annotationRecord);
  let count = 0;
  for await (const result of results) {
    sink.write(result);
    count += 1;
  }
  sink.end();
  return count > 0 ? 0 : 1;
}
