import { type Command, Option } from "commander";
import { CooccurrenceAggregator, QuoteNetworkAggregator } from "../aggregate/network.js";
import { type CommonOptions, entityTypesOption, positiveInt, withCommonOptions } from "../cli/options.js";
import type { CommandContext, CommandRun } from "../cli/run.js";
import { exportGraph, GRAPH_FORMATS, type GraphFormat } from "../format/graph/export.js";
import { edgeColumns, edgeJson, edgeRows } from "../format/views/network.js";

const WEIGHTS = ["sentences", "documents"] as const;

interface NetworkOptions extends CommonOptions {
  quotes?: boolean;
  weight: (typeof WEIGHTS)[number];
  minWeight: number;
  type?: string;
  top?: number;
  export?: GraphFormat;
}

export function registerNetwork(program: Command, context: CommandContext): void {
  withCommonOptions(
    program
      .command("network")
      .description("who appears with whom (same sentence, same document), or who names whom in quotes")
      .argument(
        "[paths...]",
        "files, folders, glob patterns or - for stdin (default: ./seeds or the sample corpus)",
      )
      .option("--quotes", "the quote network: speaker → entities named inside their quotes")
      .addOption(
        new Option("--weight <kind>", "co-occurrence weight that ranks and filters edges")
          .choices(WEIGHTS)
          .default("sentences"),
      )
      .option("--min-weight <n>", "only edges of at least this weight", positiveInt("--min-weight"), 1)
      .option("-t, --type <list>", "entity types, comma-separated (person,country,place,organization)")
      .option("-n, --top <n>", "only the N strongest edges", positiveInt("--top"))
      .addOption(
        new Option("--export <format>", "the whole graph for graph tools, instead of rows").choices(
          GRAPH_FORMATS,
        ),
      )
      .addHelpText(
        "after",
        "\nExamples:\n  corpus-cli network articles/ --type person,country --top 30\n  corpus-cli network articles/ --export gexf -o network.gexf   # open in Gephi\n  corpus-cli network --quotes --json | jq -c '{speaker: .source, named: .target, quotes}'",
      ),
  ).action(context.action(runNetwork));
}

async function runNetwork(
  { printer, logger, results }: CommandRun,
  options: NetworkOptions,
): Promise<number> {
  const types = entityTypesOption(options.type);
  const aggregator = options.quotes
    ? new QuoteNetworkAggregator()
    : new CooccurrenceAggregator(options.weight);
  for await (const { annotation } of results) aggregator.add(annotation);
  const graph = aggregator.result({
    types,
    minWeight: options.minWeight,
    ...(options.top === undefined ? {} : { top: options.top }),
  });
  if (graph.pruned > 0) {
    logger.warn(
      `${graph.pruned} rare pair(s) dropped while counting, to bound memory: a pair seen again after it was dropped counts low by its earlier sightings`,
    );
  }
  if (options.export) printer.write(exportGraph(graph, options.export));
  else printer.printRows(edgeColumns(graph), edgeRows(graph), edgeJson);
  return graph.edges.length > 0 ? 0 : 1;
}
