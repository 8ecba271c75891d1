import type { Command } from "commander";
import type { DocumentSummary } from "../aggregate/overview.js";
import { type CommonOptions, positiveInt, withCommonOptions } from "../cli/options.js";
import type { CommandContext, CommandRun } from "../cli/run.js";

interface SummaryCommandOptions extends CommonOptions {
  sentences: number;
  corpus?: boolean;
}

export function registerSummary(program: Command, context: CommandContext): void {
  withCommonOptions(
    program
      .command("summary")
      .description("per-document extractive summaries and a corpus overview")
      .argument(
        "[paths...]",
        "files, folders, glob patterns or - for stdin (default: ./seeds or the sample corpus)",
      )
      .option("--sentences <n>", "sentences per summary", positiveInt("--sentences"), 3)
      .option("--corpus", "only the corpus overview")
      .addHelpText(
        "after",
        "\nExamples:\n  corpus-cli summary articles/ --sentences 2\n  corpus-cli summary --corpus --json | jq .mostQuoted",
      ),
  ).action(
    context.action(runSummary, {
      annotate: (options) => ({ summarySentences: options.sentences }),
      // The mentions for the places a document settles, as `entities` (commands/entities.ts).
      parts: { fields: ["mentions", "entities", "quotes", "summary"], words: true },
    }),
  );
}

async function runSummary({ printer, pieces }: CommandRun, options: SummaryCommandOptions): Promise<number> {
  // Loaded here, not with the command: a run that finds its whole output in the cache (cli/memo.ts)
  // aggregates nothing and does not load them.
  const [{ OverviewAggregator, summaryPieces }, views] = await Promise.all([
    import("../aggregate/overview.js"),
    import("../format/views/summary.js"),
  ]);
  const { documentSummaryColumns, monthColumns, overviewColumns, overviewRows, printDocumentCard } = views;
  const overview = new OverviewAggregator();
  const json = printer.format === "json";
  // --json prints one object {documents, corpus}, its documents written as they come (never held: memory
  // stays flat in corpus size); the other formats stream one row per document.
  const documents = json && !options.corpus ? printer.jsonList<DocumentSummary>("documents") : null;
  const table = printer.format === "table";
  const sink = options.corpus || json || table ? null : printer.rows(documentSummaryColumns, (d) => d);
  // Pieces of the corpus (kept in the cache: a grown corpus reads only its new pieces), each with its
  // documents' lines: a piece's lines are printed as it comes, and never held beyond it.
  const lines = options.corpus ? "none" : documents ? "json" : "objects";
  for await (const piece of pieces(summaryPieces(lines))) {
    overview.merge(piece.overview);
    for (const line of piece.lines) {
      if (typeof line === "string") documents?.writeJson(line);
      else if (sink) sink.write(line);
      else if (table) printDocumentCard(printer, line);
    }
  }
  sink?.end();
  if (overview.documents === 0) return 1;
  const corpus = overview.result();
  if (documents) documents.end({ corpus });
  else if (json) {
    printer.json(corpus);
  } else if (options.corpus && printer.format === "jsonl") {
    printer.json(corpus);
  } else if (printer.format === "table" || (options.corpus && printer.format === "csv")) {
    printer.heading("Corpus");
    printer.printRows(overviewColumns, overviewRows(corpus));
    if (printer.format === "table" && corpus.documentsPerMonth.length > 0) {
      printer.heading("Documents per month");
      printer.printRows(monthColumns(corpus.documentsPerMonth), corpus.documentsPerMonth);
    }
  }
  return 0;
}
