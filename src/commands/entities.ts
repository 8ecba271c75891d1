import { type Command, Option } from "commander";
import { ENTITY_TYPES } from "../aggregate/entity-types.js";
import { type CommonOptions, entityTypesOption, positiveInt, withCommonOptions } from "../cli/options.js";
import type { CommandContext, CommandRun } from "../cli/run.js";
import type { EntityRow } from "../format/views/entities.js";
import { compareNames } from "../text/collate.js";
import type { CorpusEntityRecord } from "../types.js";

const SORTS = ["mentions", "documents", "name"] as const;

interface EntitiesOptions extends CommonOptions {
  type?: string;
  top?: number;
  minCount: number;
  byDocument?: boolean;
  sort: (typeof SORTS)[number];
}

export function registerEntities(program: Command, context: CommandContext): void {
  withCommonOptions(
    program
      .command("entities")
      .description("people, countries, places and organizations under canonical names, with counts")
      .argument(
        "[paths...]",
        "files, folders, glob patterns or - for stdin (default: ./seeds or the sample corpus)",
      )
      .option("-t, --type <list>", `entity types, comma-separated (${ENTITY_TYPES.join(",")})`)
      .option("-n, --top <n>", "only the first N entities", positiveInt("--top"))
      .option(
        "--min-count <n>",
        "only entities mentioned at least N times (a country's demonyms count)",
        positiveInt("--min-count"),
        1,
      )
      .option("--by-document", "one row per document and entity")
      .addOption(new Option("--sort <key>", "order of the rows").choices(SORTS).default("mentions"))
      .addHelpText(
        "after",
        "\nExamples:\n  corpus-cli entities articles/ --type person --top 20\n  corpus-cli entities --json | jq '.[] | select(.type == \"country\") | .name'",
      ),
    // The mentions too: the places a document settles ("<Town>, <State>") stay places whatever the corpus's vote
    // (resolve/settled-places.ts), as in `annotate`; their offsets tell.
  ).action(context.action(runEntities, { parts: { fields: ["mentions", "entities"], words: false } }));
}

function compare(sort: EntitiesOptions["sort"]): (a: CorpusEntityRecord, b: CorpusEntityRecord) => number {
  const byName = (a: CorpusEntityRecord, b: CorpusEntityRecord) => compareNames(a.name, b.name);
  if (sort === "name") return byName;
  if (sort === "documents") return (a, b) => b.documents - a.documents || b.count - a.count || byName(a, b);
  return (a, b) => b.count - a.count || b.documents - a.documents || byName(a, b);
}

async function runEntities(
  { printer, results, pieces }: CommandRun,
  options: EntitiesOptions,
): Promise<number> {
  const types = entityTypesOption(options.type);
  // Loaded here, not with the command: a run that finds its whole output in the cache (cli/memo.ts)
  // aggregates nothing and does not load them.
  const [{ EntityAggregator, entityPieces }, { byCodePoint }, { entityColumns, entityJson }] =
    await Promise.all([
      import("../aggregate/entities.js"),
      import("../aggregate/order.js"),
      import("../format/views/entities.js"),
    ]);
  const aggregator = new EntityAggregator();
  const perDocument: EntityRow[] = [];
  if (options.byDocument) {
    for await (const { annotation } of results) {
      aggregator.addAnnotation(annotation);
      for (const e of annotation.entities ?? []) perDocument.push({ ...e, id: annotation.id, documents: 1 });
    }
    // The corpus's entities, from its pieces (kept in the cache: a grown corpus reads only its new pieces).
  } else for await (const piece of pieces(entityPieces)) aggregator.merge(piece);
  // A country's demonyms are mentions of it ("Kenyan" in "the Kenyan government"; the table's own column): a
  // country named only so (count 0) was left out by the default --min-count 1 while `annotate`'s record of
  // each of its documents listed it (Reuters bench: 4 countries of 156 records, one of them in
  // 143 documents).
  const keep = (e: CorpusEntityRecord) =>
    types.has(e.type) && e.count + (e.demonyms ?? 0) >= options.minCount;
  const order = compare(options.sort);
  const rows: EntityRow[] = options.byDocument
    ? perDocument.filter(keep).sort((a, b) => byCodePoint(a.id ?? "", b.id ?? "") || order(a, b))
    : aggregator.result().filter(keep).sort(order);
  const shown = options.top === undefined ? rows : rows.slice(0, options.top);
  printer.printRows(entityColumns(shown, options.byDocument === true), shown, entityJson);
  return shown.length > 0 ? 0 : 1;
}
