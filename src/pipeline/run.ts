/**
 * The per-document pipeline of a run: each file found in the cache or read and annotated (steps.ts), by
 * this thread or a pool of workers (pool-decision.ts, annotators.ts), with a bounded window of documents in
 * flight whose results are yielded in the files' order (ordered-map.ts).
 */
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import type { ResultCache } from "../cache/store.js";
import type { ReadTally } from "../corpus/diagnostics.js";
import { type FileSeq, filesFrom, type IdentitySeq, type InputFile } from "../corpus/index.js";
import type { Source } from "../corpus/sources.js";
import { type Annotator, MAX_BATCH_DOCUMENTS, ONE_THREAD_BATCH_DOCUMENTS } from "./annotators.js";
import { orderedMap } from "./ordered-map.js";
import { chooseAnnotator } from "./pool-decision.js";
import type { AnnotateOptions } from "./result.js";
import { documentSteps, type IndexedResult } from "./steps.js";
import { HEAP_FLAG, INLINING_FLAG, SMALL_CORPUS_FLAGS } from "./v8-flags.js";

export type { IndexedResult } from "./steps.js";

export interface PipelineOptions {
  annotate: AnnotateOptions;
  /** Worker threads; 1 annotates in this thread, with no pool. */
  jobs: number;
  /** --jobs was given: honour it even when the machine is busy (see chooseAnnotator). */
  jobsExplicit?: boolean;
  /** Where results are looked up before annotating and stored after; null with --no-cache. */
  cache: ResultCache | null;
  info(message: string): void;
  /** Counts documents read and skipped, for --verbose. */
  tally?: ReadTally;
  /**
   * Whether the results' word counts are read (stats, summary): without a cache to store them, a worker
   * leaves them out of its results, 40% of their size. Read unless said otherwise.
   */
  words?: boolean;
  /** The files' identities when already stated (by their index in `files`), so as not to state them twice. */
  identities?: IdentitySeq;
}

/** The default for --jobs: one worker per core the process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Documents in flight at once (being read, annotated, or waiting for their turn to be yielded): in one
 * thread, one batch of its annotator (annotators.ts ONE_THREAD_BATCH_DOCUMENTS: a smaller window would cut its batches); with a pool, enough for every worker to have a batch running and one
 * queued behind it while the oldest batch's results wait for their turn, and still a batch gathering, so
 * that no worker waits for the window to move. Results come back a batch at a time, and the window must
 * hold several batches per worker: with 64 documents in flight and batches of up to 64, one worker sat
 * idle while the other finished the batch holding the oldest document (both workers 45% idle, 19,779
 * files: --jobs 2 took 0.89× the wall time of --jobs 1). Few enough that memory holds a window of
 * documents, never the corpus.
 */
const WINDOW_IN_ONE_THREAD = ONE_THREAD_BATCH_DOCUMENTS;
const BATCHES_PER_JOB = 4;

const windowFor = (jobs: number): number =>
  jobs <= 1 ? WINDOW_IN_ONE_THREAD : (jobs * BATCHES_PER_JOB + 1) * MAX_BATCH_DOCUMENTS;

/**
 * Only a corpus of fewer text files than this gets a small corpus's flags (v8-flags.ts: the raised budget, less
 * inlining): a long run pays for them. The budget, lead, quiet
 * machine, the full corpus (19,779 files) --jobs 1, alternated, wall / user+sys: 8x 15.40 / 17.9, 14.79 / 17.4,
 * 17.30 / 20.2 s against V8's default 13.92 / 17.7, 13.63 / 17.2, 15.27 / 19.2 s (npm run bench: --jobs 1
 * 17.30 s against 13.94 s at the session's start); setting the default back after the first 2,000 documents did
 * not win it back (15.34 / 19.0 and 15.40 / 19.5 against 13.77 / 18.1 and 13.43 / 17.1). Measured wins at 1,500
 * files, losses at 19,779; between them the cut is not measured. A records file (JSON Lines, CSV) is many
 * documents in one file and keeps the default.
 */
const BUDGET_MAX_FILES = 2_000;

/**
 * Sets the V8 flags of a run about to annotate: a small corpus's, else for two stages less inlining (v8-flags.ts
 * INLINING_FLAG: V8's helper threads then share the two cores with ours); else none.
 */
function annotatingFlags(small: boolean, twoStages = false): void {
  if (small) for (const flag of SMALL_CORPUS_FLAGS) setFlagsFromString(flag);
  else if (twoStages) setFlagsFromString(INLINING_FLAG);
}

/** Each file as one text document, in order: the sources of a run without records. */
async function* textSources(files: FileSeq): AsyncGenerator<Source> {
  for (let i = 0; i < files.length; i++)
    yield { kind: "file", seq: i, fileIndex: i, file: files.at(i) as InputFile, format: "text" };
}

/**
 * Reads, annotates (or finds in the cache) and yields the documents of `sources` (corpus/sources.ts: the
 * documents of `files`, records of JSON Lines and CSV files included; without them each file is one text
 * document), in order, one at a time, skipped ones included (with the diagnostics that say why).
 */
export async function* annotateIndexed(
  files: FileSeq,
  options: PipelineOptions,
  sources: AsyncIterable<Source> = textSources(files),
): AsyncGenerator<IndexedResult> {
  if (options.cache) setFlagsFromString(HEAP_FLAG);
  // Chosen at the first cache miss, so that a run served from the cache loads no models at all.
  const chosen: { annotator: Promise<Annotator> | null } = { annotator: null };
  const steps = documentSteps(
    options.cache,
    async (item, source) => {
      const small = source.kind !== "document" && files.length < BUDGET_MAX_FILES;
      chosen.annotator ??= chooseAnnotator(
        filesFrom(files, source.fileIndex),
        {
          ...options,
          words: options.words !== false || options.cache !== null,
          setFlags: (twoStages) => annotatingFlags(small, twoStages),
        },
        source.kind === "document",
      );
      return (await chosen.annotator).annotate(item);
    },
    options.tally,
    options.identities,
  );
  try {
    yield* orderedMap(sources, windowFor(options.jobs), steps);
  } finally {
    if (chosen.annotator) await (await chosen.annotator).close();
    options.cache?.flush();
  }
}
