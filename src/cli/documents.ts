import { CodeMemo, type StatedFiles } from "../cache/code-memo.js";
import { cacheDirectory, pipelineFingerprint, programFingerprint } from "../cache/key.js";
import type { ResultCache } from "../cache/store.js";
import { ReadTally } from "../corpus/diagnostics.js";
import type { FileList, FileSeq } from "../corpus/file-list.js";
import {
  formatOf,
  type InputFormatOption,
  isRecordFormat,
  RECORD_EXTENSION_ANYWHERE,
} from "../corpus/formats.js";
import { FileIdentities, type IdentitySeq } from "../corpus/identity.js";
import { defaultInputs, InputError, listInputs } from "../corpus/inputs.js";
import type { AnnotateOptions, DocumentResult } from "../pipeline/result.js";
import { formatShard, inShard, parseShard, type Shard, ShardError } from "../shard/select.js";
import { type Logger, UsageError } from "./logger.js";
import { type CommonOptions, chosenFormat, extensions, fieldOptions } from "./options.js";
import { Progress } from "./progress.js";
import type { DiagnosticReporter } from "./report.js";

/**
 * What of each result a command reads, and so all its --for-merge parts carry: the annotation's optional
 * fields it uses (its id, path, date, sizes and sentences are always kept) and whether the word counts
 * (40% of a result, for stats and summary's TF-IDF). A command's parts carry nothing it does not read.
 */
export interface PartContents {
  /** "all": the whole annotation, whatever fields it has. */
  fields: readonly ("mentions" | "entities" | "quotes" | "summary")[] | "all";
  words: boolean;
}

/**
 * The documents of a command line's paths, read and annotated (or found in the cache); their diagnostics
 * go to the reporter as each document's turn comes.
 */
export interface AnnotatedPaths {
  /** Files in the unsharded input list (shards of one corpus agree on it). */
  total: number;
  /** A hash of the unsharded list's ids: shards of one corpus agree on it (see merge/partial.ts). */
  fileList(): Promise<string>;
  shard: Shard | null;
  /** The pipeline fingerprint (code, models, options): see cache/key.ts. */
  fingerprint: string;
  /** The program fingerprint on top of it (all the code): the key of corpus-level results (cli/memo.ts). */
  programFingerprint(): string;
  /** Each document's result, with its place in the unsharded file list (`merge` restores that order). */
  documents(): AsyncGenerator<{ seq: number; result: DocumentResult }>;
  /**
   * The documents of some files only (their places in `files`, ascending; plain text files, each one
   * document whose seq is its place), skipped ones included (result null, after their diagnostics are
   * reported): a run that found the aggregates of the other files' pieces (cli/pieces.ts). `again`: documents
   * this run has reported already (their pieces' warnings given), read a second time: nothing is reported or
   * counted (no progress, diagnostics, tally or cache figures), as `annotate` reads them to print them after
   * its vote from the pieces (cli/voted-pieces.ts).
   */
  documentsOf(
    only: ArrayLike<number>,
    again?: boolean,
  ): AsyncGenerator<{ seq: number; result: DocumentResult | null }>;
  results(): AsyncGenerator<DocumentResult>;
  /** The files listed (this shard's and the others'). */
  files: FileList;
  /** The cache the run reads and writes; null with --no-cache or when it cannot be opened. */
  cache: ResultCache | null;
  /** Whether every document was read or annotated as it would be again (no worker failure). */
  complete(): boolean;
  /** Closes the cache, for a run that does not read its documents (a corpus-level result). */
  close(): void;
  /** Each file's identity (null for one that cannot be stated), stated once, at the first call. */
  identities(): FileIdentities;
}

/**
 * Lists the files of `paths` (the default corpus when none), takes the shard's slice, opens the cache.
 * `parts`: what of each result the command (or its --for-merge parts) reads; the whole result without it.
 * `stated`: program files the run stated already (cache/code-memo.ts).
 */
export async function annotatePaths(
  paths: readonly string[],
  options: CommonOptions,
  annotate: AnnotateOptions,
  logger: Logger,
  reporter: DiagnosticReporter,
  parts?: PartContents,
  stated?: StatedFiles,
): Promise<AnnotatedPaths> {
  let inputs = [...paths];
  if (inputs.length === 0) {
    const fallback = defaultInputs();
    inputs = fallback.inputs;
    logger.info(`no PATH given: reading ${fallback.source}`);
  }
  let files: FileList;
  try {
    const listed = await listInputs(inputs, { extensions: extensions(options) });
    for (const w of listed.warnings) reporter.report(w.path, [{ code: "unreadable", message: w.message }]);
    files = listed.files;
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
  const total = files.length;
  const shard = options.shard === undefined ? null : parseShardOption(options.shard);
  if (shard)
    logger.info(`shard ${formatShard(shard)} of ${total} file(s): documents picked by a hash of their id`);
  else logger.info(`${files.length} file(s) to read`);
  const tally = new ReadTally();
  // With a cache, the code's digests are known by its files' identities (cache/code-memo.ts): 22-28 ms less.
  const codeMemo = options.cache === false ? undefined : CodeMemo.open(cacheDirectory(), stated);
  // Without a cache only --for-merge reads the fingerprint, and the SQLite binding is not loaded: hashing the
  // code (~20 ms) and loading better-sqlite3 (~25 ms) were a fixed cost of every --no-cache run (profiled on
  // the bench's 1,500 documents, where such costs decide the ratio to compromise).
  let fingerprint: string | undefined;
  const fingerprintOnce = (): string => {
    fingerprint ??= pipelineFingerprint(annotate, undefined, codeMemo);
    return fingerprint;
  };
  const cache =
    options.cache === false
      ? null
      : // Found results carry only the annotation's fields the command reads (cache/parts.ts).
        (await import("../cache/store.js")).ResultCache.open(
          cacheDirectory(),
          fingerprintOnce(),
          (m) => logger.warn(m),
          parts?.fields ?? "all",
        );
  const progress = new Progress({
    total: files.length,
    // A bar on the terminal that also shows streamed results would be torn by every line.
    // Its total counts files: with a records file (many documents each) there is no bar.
    enabled:
      options.quiet !== true &&
      !(process.stdout.isTTY && chosenFormat(options) !== "table" && !options.forMerge) &&
      !someRecordsFile(files, options.inputFormat ?? "auto"),
  });
  let failed = false;
  let identities: FileIdentities | undefined;
  async function* outcomes(
    only?: ArrayLike<number>,
    again = false,
  ): AsyncGenerator<{ seq: number; result: DocumentResult | null }> {
    // Some files only: a view of the list, their identities' too (nothing copied per file of the corpus).
    const read: FileSeq = only ? { length: only.length, at: (i) => files.at(only[i] as number) } : files;
    const known = identities;
    const stated: IdentitySeq | undefined =
      known && only ? { length: only.length, at: (i) => known.at(only[i] as number) } : known;
    // The readers and the pipeline are loaded here, not with the CLI: a run that finds its whole output
    // in the cache (cli/memo.ts) reads no document and never loads them (~40 ms of a 0.35 s warm run).
    const [{ documentSources }, { annotateIndexed, defaultJobs }] = await Promise.all([
      import("../corpus/sources.js"),
      import("../pipeline/run.js"),
    ]);
    // Documents (a file each, or a record each of JSON Lines and CSV files), this shard's only; each with
    // its place in the unsharded run (seq), which `merge` uses to restore one run's order.
    const counted = again ? new ReadTally() : tally;
    const sources = documentSources(read, {
      format: options.inputFormat ?? "auto",
      fields: fieldOptions(options),
      tally: counted,
      ...(shard ? { keep: (id: string) => inShard(id, shard) } : {}),
    });
    // Files stated before (to look for a corpus-level result) have their index entries read in windows.
    if (cache && stated) cache.expectFiles(stated);
    const jobs = options.jobs && options.jobs > 0 ? options.jobs : defaultJobs();
    const indexed = annotateIndexed(
      read,
      {
        annotate,
        jobs,
        jobsExplicit: options.jobs !== undefined && options.jobs > 0,
        cache,
        info: (m) => logger.info(m),
        tally: counted,
        words: parts?.words !== false,
        ...(stated ? { identities: stated } : {}),
      },
      sources,
    );
    let finished = false;
    try {
      for await (const outcome of indexed) {
        if (!again) progress.tick();
        if (outcome.result === null) {
          if (outcome.diagnostics.some((d) => d.code === "not-annotated")) failed = true;
          if (!again) reporter.report(outcome.path, outcome.diagnostics);
          if (only) yield { seq: only[outcome.seq] as number, result: null };
          continue;
        }
        if (!again) reporter.report(outcome.path, outcome.result.diagnostics);
        yield { seq: only ? (only[outcome.seq] as number) : outcome.seq, result: outcome.result };
      }
      finished = true;
    } finally {
      progress.stop();
      // Flushed, not closed: the command may still store its corpus-level result (run.ts closes it).
      cache?.flush();
      if (cache && !again) {
        const { hits, unread, misses, writes } = cache.stats;
        logger.info(
          `cache ${cache.file}: ${hits} hit(s), ${misses} miss(es), ${writes} written; ${unread} unchanged file(s) not read`,
        );
      }
      // --verbose ends with what was read and what was skipped, and why.
      if (finished && !again) logger.info(tally.summary());
    }
  }
  async function* documents(): AsyncGenerator<{ seq: number; result: DocumentResult }> {
    for await (const { seq, result } of outcomes()) if (result !== null) yield { seq, result };
  }
  async function* results(): AsyncGenerator<DocumentResult> {
    for await (const { result } of documents()) yield result;
  }
  return {
    total,
    fileList: async () => (await import("../merge/partial.js")).fileListHash(files.map((f) => f.id)),
    shard,
    get fingerprint() {
      return fingerprintOnce();
    },
    programFingerprint: () => programFingerprint(fingerprintOnce(), undefined, codeMemo),
    documents,
    documentsOf: (only, again) => outcomes(only, again),
    results,
    files,
    cache,
    complete: () => !failed,
    close: () => cache?.close(),
    identities: () => {
      identities ??= FileIdentities.of(files);
      return identities;
    },
  };
}

/** Whether some file of the list is read as a records file (many documents): its names searched at once first. */
function someRecordsFile(files: FileList, format: InputFormatOption): boolean {
  if (format === "auto" && !files.namesMayMatch(RECORD_EXTENSION_ANYWHERE)) return false;
  return files.somePath((_, name) => isRecordFormat(formatOf(name, format)));
}

function parseShardOption(text: string): Shard {
  try {
    return parseShard(text);
  } catch (error) {
    if (error instanceof ShardError) throw new UsageError(error.message);
    throw error;
  }
}
