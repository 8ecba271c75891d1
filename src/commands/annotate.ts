import type { Command } from "commander";
import { type CommonOptions, positiveInt, withCommonOptions } from "../cli/options.js";
import { startRun } from "../cli/run.js";
import { annotationColumns, annotationRecord } from "../format/views/annotate.js";

interface AnnotateCommandOptions extends CommonOptions {
  summarySentences: number;
  includeText?: boolean;
}

export function registerAnnotate(program: Command): void {
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
  ).action(async (paths: string[], options: AnnotateCommandOptions) => {
    process.exitCode = await runAnnotate(paths, options);
  });
}

async function runAnnotate(paths: string[], options: AnnotateCommandOptions): Promise<number> {
  const { printer, logger, results } = await startRun(paths, options, {
    summarySentences: options.summarySentences,
    ...(options.includeText ? { includeText: true } : {}),
  });
  const sink = printer.rows(annotationColumns, annotationRecord);
  let count = 0;
  for await (const result of results) {
    for (const d of result.diagnostics) logger.warn(`${d.document}:${d.offset}: ${d.message}`);
    sink.write(result);
    count += 1;
  }
  sink.end();
  return count > 0 ? 0 : 1;
}
