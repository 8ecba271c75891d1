import type { Command } from "commander";
import { cacheInfo, clearCache } from "../cache/admin.js";
import { CACHE_FILE } from "../cache/database.js";
import { cacheDirectory, pipelineFingerprint, programFingerprint } from "../cache/key.js";
import { OUTPUT_FILES_BUDGET } from "../cache/output-files.js";
import { Printer } from "../format/printer.js";
import { cacheInfoColumns, cacheInfoRows } from "../format/views/cache.js";
import { DEFAULT_ANNOTATE_OPTIONS } from "../pipeline/result.js";

/** The fingerprint of a default run: entries written with other options count as "other versions". */
const currentVariant = (): string => pipelineFingerprint(DEFAULT_ANNOTATE_OPTIONS);

export function registerCache(program: Command): void {
  const cache = program
    .command("cache")
    .description("the cache of per-document results: where it is, how big, and clearing it")
    .addHelpText(
      "after",
      "\nThe cache lives in $CORPUS_CLI_CACHE_DIR, else $XDG_CACHE_HOME/corpus-cli, else ~/.cache/corpus-cli.\nExamples:\n  corpus-cli cache info\n  corpus-cli cache clear --stale",
    );
  cache
    .command("info")
    .description("the cache's location, size and number of entries")
    .option("--json", "one JSON object")
    .option("--no-color", "never colour the output")
    .action((options: { json?: boolean; color: boolean }) => {
      const directory = cacheDirectory();
      const info = cacheInfo(directory, currentVariant());
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify(info ?? { file: `${directory}/${CACHE_FILE}`, bytes: 0, outputBytes: 0, outputBudget: OUTPUT_FILES_BUDGET, entries: 0, current: 0, variants: 0, files: 0, corpusResults: 0 }, null, 2)}\n`,
        );
        return;
      }
      if (!info) {
        process.stdout.write(`no cache yet at ${directory}/${CACHE_FILE}\n`);
        return;
      }
      const printer = new Printer({ format: "table", color: options.color });
      printer.printRows(cacheInfoColumns, cacheInfoRows(info));
    });
  cache
    .command("clear")
    .description("delete the cached results (safe while another run is using the cache)")
    .option("--stale", "only entries that this version with default options would never read")
    .action((options: { stale?: boolean }) => {
      const variant = currentVariant();
      const removed = clearCache(
        cacheDirectory(),
        variant,
        programFingerprint(variant),
        options.stale === true,
      );
      process.stdout.write(`${removed} entr${removed === 1 ? "y" : "ies"} removed\n`);
    });
  for (const sub of cache.commands) sub.exitOverride();
}
