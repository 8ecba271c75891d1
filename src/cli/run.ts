import { readFileSync } from "node:fs";
import { cacheDirectory, pipelineFingerprint } from "../cache/key.js";
import { ResultCache } from "../cache/store.js";
import { AtomicFile } from "../corpus/atomic-file.js";
import { ReadTally } from "../corpus/diagnostics.js";
import { formatOf, isRecordFormat } from "../corpus/formats.js";
import { defaultInputs, InputError, type InputFile, listInputs } from "../corpus/index.js";
import { documentSources } from "../corpus/sources.js";
import { Printer } from "../format/printer.js";
import { PARTIAL_MARK, PartialWriter } from "../merge/partial.js";
import { type AnnotateOptions, DEFAULT_ANNOTATE_OPTIONS, type DocumentResult } from "../pipeline/result.js";
import { annotateIndexed, defaultJobs } from "../pipeline/run.js";
import { formatShard, inShard, parseShard, ShardError } from "../shard/select.js";
import { Logger, UsageError } from "./logger.js";
import { type CommonOptions, chosenFormat, extensions, fieldOptions } from "./options.js";
import { Progress } from "./progress.js";

export interface CommandRun {
  printer: Printer;
  logger: Logger;
  /** Annotated documents, in stable path order, one at a time. */
  results: AsyncGenerator<DocumentResult>;
}

const VERSION = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

/** Results that `merge` replays through a command instead of annotating a corpus (see replayResults). */
let replayed: AsyncGenerator<DocumentResult> | null = null;

/**
 * Makes the next startRun yield these results, whatever its paths: `merge` re-runs a shard's command
 * line over the merged results of all shards, so the command's own aggregation produces the output.
 */
export function replayResults(results: AsyncGenerator<DocumentResult>): void {
  replayed = results;
}

/** Output nobody reads: a --for-merge run prints its results, not the command's output. */
const discard = { write: () => true };

/** Wires the common options to the core: which files, which printer, which logger. */
export async function startRun(
  paths: readonly string[],
  options: CommonOptions,
  annotate: Partial<AnnotateOptions> = {},
): Promise<CommandRun> {
  const logger = new Logger(options.verbose === true, options.quiet === true);
  if (replayed) {
    const results = replayed;
    replayed = null;
    const out = options.output ? openOutput(options.output) : undefined;
    const printer = new Printer({
      format: chosenFormat(options),
      color: options.color,
      ...(out ? { out } : {}),
      ...tableOptions(options, logger),
    });
    return { printer, logger, results };
  }
  const annotateOptions: AnnotateOptions = { ...DEFAULT_ANNOTATE_OPTIONS, ...annotate };
  let inputs = [...paths];
  if (inputs.length === 0) {
    const fallback = defaultInputs();
    inputs = fallback.inputs;
    logger.info(`no PATH given: reading ${fallback.source}`);
  }
  let files: InputFile[];
  try {
    const listed = await listInputs(inputs, { extensions: extensions(options) });
    for (const w of listed.warnings) logger.warn(`${w.path}: ${w.message}`);
    files = listed.files;
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
  const all = files.length;
  const shard = options.shard === undefined ? null : parseShardOption(options.shard);
  if (shard)
    logger.info(`shard ${formatShard(shard)} of ${all} file(s): documents picked by a hash of their id`);
  else logger.info(`${files.length} file(s) to read`);
  // Documents (a file each, or a record each of JSON Lines and CSV files), this shard's only; each with
  // its place in the unsharded run (seq), which `merge` uses to restore one run's order.
  const tally = new ReadTally();
  const sources = documentSources(files, {
    format: options.inputFormat ?? "auto",
    fields: fieldOptions(options),
    tally,
    ...(shard ? { keep: (id: string) => inShard(id, shard) } : {}),
  });
  const jobs = options.jobs && options.jobs > 0 ? options.jobs : defaultJobs();
  const fingerprint = pipelineFingerprint(annotateOptions);
  const cache =
    options.cache === false ? null : ResultCache.open(cacheDirectory(), fingerprint, (m) => logger.warn(m));
  const format = chosenFormat(options);
  const progress = new Progress({
    total: files.length,
    // A bar on the terminal that also shows streamed results would be torn by every line. Its total counts
    // files: with a records file (many documents each, counted only as they stream) there is no bar.
    enabled:
      options.quiet !== true &&
      !(process.stdout.isTTY && format !== "table" && !options.forMerge) &&
      !files.some((f) => isRecordFormat(formatOf(f.path, options.inputFormat ?? "auto"))),
  });
  const indexed = annotateIndexed(
    files,
    {
      annotate: annotateOptions,
      jobs,
      jobsExplicit: options.jobs !== undefined && options.jobs > 0,
      cache,
      warn: (m) => logger.warn(m),
      info: (m) => logger.info(m),
      tally,
    },
    sources,
  );
  const partial = options.forMerge
    ? new PartialWriter((text) => process.stdout.write(text), {
        format: PARTIAL_MARK,
        version: VERSION,
        fingerprint,
        argv: process.argv.slice(2),
        paths: [...paths],
        shard: shard ? formatShard(shard) : null,
        files: all,
      })
    : null;
  if (partial) keepExitCodeZeroWhenNothingFound();
  async function* results(): AsyncGenerator<DocumentResult> {
    let finished = false;
    try {
      for await (const { seq, result } of indexed) {
        progress.tick();
        partial?.add(seq, result);
        yield result;
      }
      partial?.end();
      finished = true;
    } finally {
      progress.stop();
      cache?.close();
      if (cache) {
        const { hits, unread, misses, writes } = cache.stats;
        logger.info(
          `cache ${cache.file}: ${hits} hit(s), ${misses} miss(es), ${writes} written; ${unread} unchanged file(s) not read`,
        );
      }
      // --verbose ends with what was read and what was skipped, and why.
      if (finished) logger.info(tally.summary());
    }
  }
  // With --for-merge the command still runs (so it exits as it would), but its output goes nowhere,
  // and its own messages ("no quotes by ...") are about a slice, not the corpus: they are silenced.
  const out = partial ? discard : options.output ? openOutput(options.output) : undefined;
  const commandLogger = partial ? new Logger(false, true) : logger;
  const printer = new Printer({
    format,
    color: options.color,
    ...(out ? { out } : {}),
    ...tableOptions(options, commandLogger),
  });
  return { printer, logger: commandLogger, results: results() };
}

/** --columns, and where the printer says which columns it left out (--verbose). */
function tableOptions(options: CommonOptions, logger: Logger) {
  return { ...(options.columns ? { columns: options.columns } : {}), diagnostics: logger };
}

function parseShardOption(text: string) {
  try {
    return parseShard(text);
  } catch (error) {
    if (error instanceof ShardError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * A --for-merge run succeeded if it wrote its results, even when its slice holds nothing the command
 * would print (an empty shard must not fail a Hadoop or Spark job): "nothing found" (1) becomes 0.
 */
function keepExitCodeZeroWhenNothingFound(): void {
  process.once("beforeExit", () => {
    if (process.exitCode === 1) process.exitCode = 0;
  });
}

/** --output FILE: committed (renamed into place) by main() when the command ends without an error. */
function openOutput(file: string): AtomicFile {
  try {
    return new AtomicFile(file);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}
