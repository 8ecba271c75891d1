import type { Command } from "commander";
import { type CommonOptions, withCommonOptions } from "../cli/options.js";
import type { CommandContext, CommandRun } from "../cli/run.js";

interface QuotesOptions extends CommonOptions {
  speaker?: string;
  includePartial?: boolean;
}

/** Distinct speaker names remembered for "did you mean": bounded, since a corpus may hold millions of quotes. */
const MAX_SPEAKER_NAMES = 100_000;

export function registerQuotes(program: Command, context: CommandContext): void {
  withCommonOptions(
    program
      .command("quotes")
      .description("direct quotes with their speaker, cue verb, document and date")
      .argument(
        "[paths...]",
        "files, folders, glob patterns or - for stdin (default: ./seeds or the sample corpus)",
      )
      .option(
        "-s, --speaker <name>",
        "only quotes by this speaker (full name, alias or surname; case and accents ignored)",
      )
      .option(
        "--include-partial",
        "also quoted fragments that are not a direct statement (scare quotes, titles)",
      )
      .addHelpText(
        "after",
        "\nExamples:\n  corpus-cli quotes articles/ --speaker Merkel\n  corpus-cli quotes --jsonl | jq -r '.speaker.name' | sort | uniq -c",
      ),
  ).action(context.action(runQuotes, { parts: { fields: ["quotes"], words: false } }));
}

async function runQuotes({ printer, logger, pieces }: CommandRun, options: QuotesOptions): Promise<number> {
  // Loaded here, not with the command: a run that finds its whole output in the cache (cli/memo.ts)
  // aggregates nothing and does not load them.
  const [{ nearestNames }, { quotePieces }, { quoteColumns, quoteJson }] = await Promise.all([
    import("../aggregate/nearest.js"),
    import("../aggregate/quote-pieces.js"),
    import("../format/views/quotes.js"),
  ]);
  const sink = printer.rows(quoteColumns, quoteJson);
  const speakers = new Set<string>();
  let shown = 0;
  const filter = {
    includePartial: options.includePartial === true,
    speaker: options.speaker,
    maxSpeakers: MAX_SPEAKER_NAMES,
  };
  // The corpus's quotes from its pieces (kept in the cache: a grown corpus reads only its new pieces).
  for await (const piece of pieces(quotePieces(filter))) {
    for (const name of piece.speakers) if (speakers.size < MAX_SPEAKER_NAMES) speakers.add(name);
    for (const row of piece.rows) sink.write(row);
    shown += piece.rows.length;
  }
  sink.end();
  if (shown === 0 && options.speaker !== undefined) {
    const near = nearestNames(options.speaker, speakers);
    logger.warn(
      `no quotes by "${options.speaker}"${near.length > 0 ? `; nearest speakers: ${near.join(", ")}` : ""}`,
    );
  }
  return shown > 0 ? 0 : 1;
}
