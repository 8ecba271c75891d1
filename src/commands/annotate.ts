import type { Command } from "commander";
import { type CommonOptions, positiveInt, withCommonOptions } from "../cli/options.js";
import type { CommandContext, CommandRun } from "../cli/run.js";

interface AnnotateCommandOptions extends CommonOptions {
  summarySentences: number;
  includeText?: boolean;
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
    }),
  );
}

async function runAnnotate({ printer, results }: CommandRun): Promise<number> {
  // Loaded here, not with the command: a run that finds its whole output in the cache (cli/memo.ts)
  // aggregates nothing and does not load them.
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
