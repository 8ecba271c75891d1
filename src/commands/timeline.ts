import { type Command, Option } from "commander";
import { PERIODS, type Period } from "../aggregate/periods.js";
import { TimelineAggregator } from "../aggregate/timeline.js";
import { type CommonOptions, entityTypesOption, positiveInt, withCommonOptions } from "../cli/options.js";
import type { CommandContext, CommandRun } from "../cli/run.js";
import { timelineCellColumns, timelineCells, timelineColumns } from "../format/views/timeline.js";

interface TimelineOptions extends CommonOptions {
  by: Period;
  entity?: string[];
  type?: string;
  top?: number;
}

export function registerTimeline(program: Command, context: CommandContext): void {
  withCommonOptions(
    program
      .command("timeline")
      .description(
        "mentions and documents per entity per day, week, month or year, from each document's date",
      )
      .argument(
        "[paths...]",
        "files, folders, glob patterns or - for stdin (default: ./seeds or the sample corpus)",
      )
      .addOption(new Option("--by <period>", "period of the counts").choices(PERIODS).default("month"))
      .option(
        "-e, --entity <name>",
        "only this entity (name, alias or surname; case and accents ignored); repeat for several",
        (name: string, names: string[] = []) => [...names, name],
      )
      .option("-t, --type <list>", "entity types, comma-separated (person,country,place,organization)")
      .option("-n, --top <n>", "only the N most mentioned entities", positiveInt("--top"))
      .addHelpText(
        "after",
        "\nExamples:\n  corpus-cli timeline articles/ --type person --top 10 --by week\n  corpus-cli timeline --entity Whitlow --entity Okafor --csv > timeline.csv",
      ),
  ).action(context.action(runTimeline));
}

async function runTimeline(
  { printer, logger, results }: CommandRun,
  options: TimelineOptions,
): Promise<number> {
  const types = entityTypesOption(options.type);
  const aggregator = new TimelineAggregator(options.by);
  for await (const { annotation } of results) aggregator.add(annotation);
  const timeline = aggregator.result({
    types,
    names: options.entity ?? [],
    ...(options.top === undefined ? {} : { top: options.top }),
  });
  if (timeline.undatedDocuments > 0) {
    logger.warn(`${timeline.undatedDocuments} document(s) without a date: counted apart, as "undated"`);
  }
  if (printer.format === "table") {
    const width = Math.max(8, Math.min(timeline.periods.length, printer.width - 90));
    printer.printRows(timelineColumns(timeline, width), timeline.series);
  } else printer.printRows(timelineCellColumns, timelineCells(timeline));
  if (timeline.series.length === 0 && options.entity) {
    logger.warn(`no entity answers to ${options.entity.map((e) => `"${e}"`).join(", ")}`);
  }
  return timeline.series.length > 0 ? 0 : 1;
}
