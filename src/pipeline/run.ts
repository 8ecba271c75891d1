/**
 * The per-document pipeline of a run: each file found in the cache or read and annotated (steps.ts), by
 * this thread or a pool of workers (pool-decision.ts, annotators.ts), with a bounded window of documents in
 * flight whose results are yielded in the files' order (ordered-map.ts).
 */
import { availableParallelism } from "node:os";
import type { ResultCache } from "../cache/store.js";
import type { ReadTally } from "../corpus/diagnostics.js";
import type { FileIdentity, InputFile } from "../corpus/index.js";
import type { Source } from "../corpus/sources.js";
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
  /** Counts documents read and skipped, for --verbose. */
  tally?: ReadTally;
  /** The files' identities when already stated (by their index in `files`), so as not to state them twice. */
  identities?: readonly (FileIdentity | null)[];
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

/** Each file as one text document, in order: the sources of a run without records. */
async function* textSources(files: readonly InputFile[]): AsyncGenerator<Source> {
  for (let i = 0; i < files.length; i++)
    yield { kind: "file", seq: i, fileIndex: i, file: files[i] as InputFile, format: "text" };
}

/**
 * Reads, annotates (or finds in the cache) and yields the documents of `sources` (corpus/sources.ts: the
 * documents of `files`, records of JSON Lines and CSV files included; without them each file is one text
 * document), in order, one at a time, skipped ones included (with the diagnostics that say why).
 */
export async function* annotateIndexed(
  files: readonly InputFile[],
  options: PipelineOptions,
  sources: AsyncIterable<Source> = textSources(files),
): AsyncGenerator<IndexedResult> {
  // Chosen at the first cache miss, so that a run served from the cache loads no models at all.
  const chosen: { annotator: Promise<Annotator> | null } = { annotator: null };
  const steps = documentSteps(
    options.cache,
    async (doc, source) => {
      chosen.annotator ??= chooseAnnotator(
        files.slice(source.fileIndex),
        options,
        source.kind === "document",
      );
      return (await chosen.annotator).annotate(doc);
    },
    options.tally,
    options.identities,
  );
  try {
    yield* orderedMap(sources, Math.max(MIN_WINDOW, options.jobs * WINDOW_PER_JOB), steps);
  } finally {
    if (chosen.annotator) await (await chosen.annotator).close();
    options.cache?.flush();
  }
}
