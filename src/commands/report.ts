import { type Command, Option } from "commander";
import { PERIODS, type Period } from "../aggregate/periods.js";
import { DEFAULT_REPORT_OPTIONS, ReportAggregator } from "../aggregate/report.js";
import { type CommonOptions, positiveInt, withCommonOptions } from "../cli/options.js";
import type { CommandContext, CommandRun } from "../cli/run.js";
import { reportRows } from "../format/views/report.js";
import { overviewColumns } from "../format/views/summary.js";

interface ReportCommandOptions extends CommonOptions {
  html?: string;
  by: Period;
  top: number;
  maxQuotes: number;
  maxDocuments: number;
}

const D = DEFAULT_REPORT_OPTIONS;

export function registerReport(program: Command, context: CommandContext): void {
  withCommonOptions(
    program
      .command("report")
      .description("one self-contained HTML report: entities, timelines, networks, quotes, documents")
      .argument(
        "[paths...]",
        "files, folders, glob patterns or - for stdin (default: ./seeds or the sample corpus)",
      )
      .option("--html <file>", "write the HTML report to FILE (- for stdout)")
      .addOption(new Option("--by <period>", "period of the timelines").choices(PERIODS).default(D.by))
      .option("-n, --top <n>", "entities per type in the top lists", positiveInt("--top"), D.topEntities)
      .option(
        "--max-quotes <n>",
        "quotes in the quote browser (a sample when there are more)",
        positiveInt("--max-quotes"),
        D.maxQuotes,
      )
      .option(
        "--max-documents <n>",
        "document summaries (those with the most quotes and entities)",
        positiveInt("--max-documents"),
        D.maxDocuments,
      )
      .addHelpText(
        "after",
        "\nExamples:\n  corpus-cli report articles/ --html report.html\n  corpus-cli report articles/ --json | jq .overview",
      ),
  ).action((paths: string[], options: ReportCommandOptions) =>
    // --html FILE is where the report goes: the printer opens it as --output (a --for-merge part goes to
    // stdout, and merge refuses to replay a stored --html FILE).
    context.action(runReport)(paths, options.forMerge ? options : withHtmlOutput(options)),
  );
}

function withHtmlOutput(options: ReportCommandOptions): ReportCommandOptions {
  const output = options.html !== undefined && options.html !== "-" ? options.html : options.output;
  return { ...options, ...(output ? { output } : {}) };
}

async function runReport({ printer, results }: CommandRun, options: ReportCommandOptions): Promise<number> {
  const html = options.html !== undefined;
  const aggregator = new ReportAggregator({
    ...D,
    by: options.by,
    topEntities: options.top,
    maxQuotes: options.maxQuotes,
    maxDocuments: options.maxDocuments,
  });
  for await (const result of results) aggregator.add(result);
  const found = aggregator.documentCount > 0 ? 0 : 1;
  // An HTML file asked for is always a page, even of nothing, rather than an empty file.
  if (found !== 0 && !html) return found;
  const report = aggregator.result();
  // The renderer (graphology, the bundled chart library) loads only when a page is written: ~0.1 s of start-up.
  if (html) {
    const { renderReport } = await import("../format/report/html.js");
    printer.write(renderReport(report));
  } else if (printer.format === "json" || printer.format === "jsonl") printer.json(report);
  else {
    printer.printRows(overviewColumns, reportRows(report));
    printer.note("Write the HTML report with --html FILE.");
  }
  return found;
}
