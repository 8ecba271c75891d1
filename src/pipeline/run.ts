/**
 * The per-document pipeline of a run: each file found in the cache or read and annotated (steps.ts), by
 * this thread or a pool of workers (pool-decision.ts, annotators.ts), with a bounded window of documents in
 * flight whose results are yielded in the files' order (ordered-map.ts).
 */
import { availableParallelism } from "node:os";
import type { ResultCache } from "../cache/store.js";
import type { InputFile } from "../corpus/index.js";
import type { Annotator } from "./annotators.js";
import { orderedMap } from "./ordered-map.js";
import { chooseAnnotator } from "./pool-decision.js";
import type { AnnotateOptions } from "./result.js";
import { documentSteps, type IndexedResult } from "./steps.js";

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
}

/** The default for --jobs: one worker per core the process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Documents in flight at once per job (being read, annotated, or waiting for their turn to be yielded):
 * enough to keep every worker busy while the reader and the printer work, few enough that memory holds a
 * window of documents, never the corpus.
 */
const WINDOW_PER_JOB = 32;
const MIN_WINDOW = 16;

/**
 * Reads, annotates (or finds in the cache) and yields the documents of `files`, in the order of `files`,
 * one at a time, skipped files included (with the diagnostics that say why).
 */
export async function* annotateIndexed(
  files: readonly InputFile[],
  options: PipelineOptions,
): AsyncGenerator<IndexedResult> {
  // Chosen at the first cache miss, so that a run served from the cache loads no models at all.
  const chosen: { annotator: Promise<Annotator> | null } = { annotator: null };
  const steps = documentSteps(options.cache, async (doc, index) => {
    chosen.annotator ??= chooseAnnotator(files.slice(index), options);
    return (await chosen.annotator).annotate(doc);
  });
  try {
    yield* orderedMap(files, Math.max(MIN_WINDOW, options.jobs * WINDOW_PER_JOB), steps);
  } finally {
    if (chosen.annotator) await (await chosen.annotator).close();
    options.cache?.flush();
  }
}
