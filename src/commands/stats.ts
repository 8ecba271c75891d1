import type { Command } from "commander";
import type { CorpusStats } from "../aggregate/stats.js";
import { type CommonOptions, positiveInt, withCommonOptions } from "../cli/options.js";
import type { CommandContext, CommandRun } from "../cli/run.js";

interface StatsOptions extends CommonOptions {
  top: number;
  byDocument?: boolean;
}

export function registerStats(program: Command, context: CommandContext): void {
  withCommonOptions(
    program
      .command("stats")
      .description("documents, sentences, tokens, distinct words, date range and top TF-IDF terms")
      .argument(
        "[paths...]",
        "files, folders, glob patterns or - for stdin (default: ./seeds or the sample corpus)",
      )
      .option("-n, --top <n>", "how many top terms", positiveInt("--top"), 10)
      .option("--by-document", "one row per document")
      .addHelpText(
        "after",
        "\nExamples:\n  corpus-cli stats articles/\n  corpus-cli stats --by-document --json | jq '.[0]'",
      ),
  ).action(context.action(runStats, { parts: { fields: [], words: true } }));
}

async function runStats({ printer, results, pieces }: CommandRun, options: StatsOptions): Promise<number> {
  // Loaded here, not with the command: a run that finds its whole output in the cache (cli/memo.ts)
  // aggregates nothing and does not load them.
  const [{ StatsAggregator, statsPieces }, { corpusStatsRows, documentColumns, termColumns }] =
    await Promise.all([import("../aggregate/stats.js"), import("../format/views/stats.js")]);
  const stats = new StatsAggregator(options.byDocument === true);
  if (options.byDocument) for await (const result of results) stats.add(result);
  // The corpus's counts, from its pieces (kept in the cache: a grown corpus reads only its new pieces).
  else for await (const piece of pieces(statsPieces)) stats.merge(piece);
  if (stats.documents === 0) return 1;
  if (options.byDocument) {
    printer.printRows(documentColumns, stats.byDocument(options.top));
    return 0;
  }
  const corpus: CorpusStats = stats.corpus(options.top);
  if (printer.format === "json" || printer.format === "jsonl") {
    printer.json(corpus);
    return 0;
  }
  printer.printRows(corpusStatsRows.columns, corpusStatsRows.rows(corpus));
  if (printer.format === "table") {
    printer.heading("Top terms (TF-IDF)");
    printer.printRows(termColumns(corpus.topTerms), corpus.topTerms);
  }
  return 0;
}
