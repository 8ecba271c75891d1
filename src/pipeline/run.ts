import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { availableParallelism, cpus } from "node:os";
import { fileURLToPath } from "node:url";
import type { Piscina } from "piscina";
import { contentHash } from "../cache/key.js";
import type { ResultCache } from "../cache/store.js";
import { fileIdentity, type InputFile, readDocument } from "../corpus/index.js";
import { readDocumentSync } from "../corpus/read.js";
import type { Diagnostic, Document } from "../types.js";
import type { AnnotateOptions, DocumentResult } from "./annotate.js";
import { pack, unpack, unpackTarget } from "./packed.js";
import type { Outcome, WorkerTask } from "./worker.js";

export interface PipelineOptions {
  annotate: AnnotateOptions;
  /** Worker threads; 1 annotates in this thread, with no pool. */
  jobs: number;
  /** --jobs was given: honour it even when the machine is busy (see chooseAnnotator). */
  jobsExplicit?: boolean;
  /** Where results are looked up before annotating and stored after; null with --no-cache. */
  cache: ResultCache | null;
  warn(message: string): void;
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
/** A batch is sent to a worker early once this big, even if workers are busy: bounds one message's size. */
const MAX_BATCH_DOCUMENTS = 64;
const MAX_BATCH_CHARS = 512 * 1024;

/**
 * A pool is worth starting only when the work outweighs its start-up: each worker loads the models (see
 * "Large corpora" in the README for the measurements behind these numbers). Below either threshold the
 * documents are annotated in this thread.
 */
export const POOL_MIN_DOCUMENTS = 20;
export const POOL_MIN_BYTES = 384 * 1024;
/**
 * With the default --jobs, a pool starts only if this many cores were idle while the process started and
 * listed its files (our own thread keeps one busy meanwhile). Workers cost 11% more CPU than one thread
 * (each loads the models, documents and results are copied), so when the other cores are busy they only
 * slow the run down: measured on a shared two-core machine with one core taken, 1,500 articles took
 * 6.0–6.5 s with two workers and 4.9–5.2 s in one thread. (The load average would lag by a minute.)
 */
const POOL_MIN_IDLE_CORES = 0.5;

const idleMs = (): number => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);
const startedAt = { wall: performance.now(), idle: idleMs() };

/** Cores idle on average since this module was loaded; null if too little time has passed to tell. */
function idleCoresSinceStart(): number | null {
  const elapsed = performance.now() - startedAt.wall;
  return elapsed < 100 ? null : (idleMs() - startedAt.idle) / elapsed;
}

/** Above this many files the corpus is big enough without summing their sizes. */
const POOL_SURE_DOCUMENTS = 2_000;

const WORKER_FILE = fileURLToPath(new URL("./worker.js", import.meta.url));

interface Annotator {
  annotate(doc: Document): Promise<Outcome>;
  close(): Promise<void>;
}

/** Annotates in this thread; the pipeline's modules (and models) are loaded only when first needed. */
async function inProcessAnnotator(options: AnnotateOptions): Promise<Annotator> {
  const { annotateOutcome } = await import("./worker.js");
  return {
    // Results stay objects in this thread: the commands that read them would only parse them back.
    annotate: async (doc) => annotateOutcome(doc, options, false),
    close: async () => {},
  };
}

interface Waiting {
  doc: Document;
  resolve(outcome: Outcome): void;
  reject(error: unknown): void;
}

/**
 * Sends documents to a pool of worker threads in batches. A batch leaves at once while fewer than two
 * per worker are in flight (one running, one queued behind it, so no worker waits for this thread);
 * otherwise documents gather in the open batch until a worker frees up: batches grow exactly when the
 * workers are the bottleneck, which is when the per-message cost matters.
 */
class PoolAnnotator implements Annotator {
  private open: Waiting[] = [];
  private openChars = 0;
  private inFlight = 0;

  constructor(
    private readonly pool: Piscina,
    private readonly jobs: number,
    private readonly options: AnnotateOptions,
  ) {}

  annotate(doc: Document): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => {
      this.open.push({ doc, resolve, reject });
      this.openChars += doc.text.length;
      const full = this.open.length >= MAX_BATCH_DOCUMENTS || this.openChars >= MAX_BATCH_CHARS;
      if (full || this.inFlight < 2 * this.jobs) this.dispatch();
    });
  }

  private dispatch(): void {
    const batch = this.open;
    if (batch.length === 0) return;
    this.open = [];
    this.openChars = 0;
    this.inFlight += 1;
    const task: WorkerTask = { documents: batch.map((w) => w.doc), options: this.options };
    (this.pool.run(task) as Promise<Outcome[]>)
      .then(
        (outcomes) => {
          batch.forEach((w, i) => {
            w.resolve(outcomes[i] ?? { ok: false, error: "no result from the worker" });
          });
        },
        (error) => {
          for (const w of batch) w.reject(error);
        },
      )
      .finally(() => {
        this.inFlight -= 1;
        this.dispatch();
      });
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/** Sums file sizes (stdin counts as small): only for corpora too small to be sure a pool pays. */
async function totalBytes(files: readonly InputFile[]): Promise<number> {
  let sum = 0;
  for (let i = 0; i < files.length; i += 256) {
    const sizes = await Promise.all(
      files.slice(i, i + 256).map((f) =>
        f.path === "-"
          ? 0
          : stat(f.path).then(
              (s) => s.size,
              () => 0,
            ),
      ),
    );
    for (const size of sizes) sum += size;
  }
  return sum;
}

/**
 * Files sampled from the rest of the corpus to estimate how much of it the cache does not hold. New files
 * cluster (they sort together, and the first of them is where the question is asked): 256 points see a
 * cluster of 200 among 20,000 files, where 64 saw at most one point of it and counted it as 312 files.
 */
const CACHE_SAMPLE = 256;

/**
 * How many of `files`, and how many bytes, the cache does not hold, estimated from an even sample: a run
 * over a cached corpus plus a few new files (the daily case) should not start a pool for them. Measured:
 * 161 new files among 19,979 took 1.37 s in one thread and 1.58 s with two workers. A few ms.
 */
function estimateUncached(
  files: readonly InputFile[],
  cache: ResultCache,
): { documents: number; bytes: number } {
  const step = Math.max(1, files.length / CACHE_SAMPLE);
  let sampled = 0;
  let missed = 0;
  let missedBytes = 0;
  for (let i = step / 2; i < files.length; i += step) {
    const file = files[Math.floor(i)] as InputFile;
    const identity = fileIdentity(file);
    sampled++;
    if (identity && cache.knows(identity)) continue;
    missed++;
    missedBytes += identity?.size ?? 0;
  }
  const scale = files.length / Math.max(1, sampled);
  return { documents: missed * scale, bytes: missedBytes * scale };
}

/** A pool for a big corpus and --jobs > 1; this thread otherwise. Decided at the first cache miss. */
async function chooseAnnotator(
  remaining: readonly InputFile[],
  options: PipelineOptions,
): Promise<Annotator> {
  if (options.jobs <= 1) return inProcessAnnotator(options.annotate);
  if (!existsSync(WORKER_FILE)) {
    // Running from the TypeScript sources (tsx, vitest): there is no compiled worker to start.
    options.info("no compiled worker next to the pipeline: annotating in one thread");
    return inProcessAnnotator(options.annotate);
  }
  const small =
    remaining.length < POOL_MIN_DOCUMENTS ||
    (remaining.length < POOL_SURE_DOCUMENTS && (await totalBytes(remaining)) < POOL_MIN_BYTES);
  if (small) {
    options.info(`small corpus (${remaining.length} file(s) left): annotating in one thread`);
    return inProcessAnnotator(options.annotate);
  }
  // remaining[0] is the miss that asks: the sample is of the files after it.
  const fresh = options.cache ? estimateUncached(remaining.slice(1), options.cache) : null;
  if (fresh && (1 + fresh.documents < POOL_MIN_DOCUMENTS || fresh.bytes < POOL_MIN_BYTES)) {
    options.info(
      `about ${1 + Math.round(fresh.documents)} of ${remaining.length} file(s) left are not in the cache: annotating in one thread`,
    );
    return inProcessAnnotator(options.annotate);
  }
  const idle = idleCoresSinceStart();
  if (!options.jobsExplicit && idle !== null && idle < POOL_MIN_IDLE_CORES) {
    options.info(
      `busy machine (${idle.toFixed(1)} idle core(s) besides this one): annotating in one thread; --jobs N forces a pool`,
    );
    return inProcessAnnotator(options.annotate);
  }
  options.info(`annotating with ${options.jobs} worker threads`);
  // Imported here: a run served from the cache, or a small one, never starts a pool.
  const { Piscina: Pool } = await import("piscina");
  return new PoolAnnotator(
    new Pool({
      filename: WORKER_FILE,
      minThreads: options.jobs,
      maxThreads: options.jobs,
      idleTimeout: 60_000,
    }),
    options.jobs,
    options.annotate,
  );
}

/**
 * Runs `task` over `items` with at most `limit` tasks pending, and yields their results in input order:
 * a reorder buffer of bounded size, so a slow document delays the output but never grows memory.
 */
export async function* orderedMap<T, R>(
  items: Iterable<T>,
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  let index = 0;
  for (const item of items) {
    const pending = task(item, index++);
    // A failure is reported when its turn comes; this only keeps it from counting as unhandled before then.
    pending.catch(() => {});
    queue.push(pending);
    if (queue.length >= limit) yield await (queue.shift() as Promise<R>);
  }
  while (queue.length > 0) yield await (queue.shift() as Promise<R>);
}

/**
 * One input file's outcome, in the order of the files: its result (read problems attached to the result's
 * diagnostics), or, for a file that was skipped, the diagnostics that say why.
 */
export type IndexedResult =
  | { index: number; path: string; result: DocumentResult }
  | { index: number; path: string; result: null; diagnostics: Diagnostic[] };

/**
 * Reads, annotates (or finds in the cache) and yields the documents of `files`, in the order of `files`,
 * one at a time.
 */
export async function* annotateIndexed(
  files: readonly InputFile[],
  options: PipelineOptions,
): AsyncGenerator<IndexedResult> {
  const { cache } = options;
  // Started at the first cache miss, so that a run served from the cache loads no models at all.
  const started: { annotator: Promise<Annotator> | null } = { annotator: null };
  const window = Math.max(MIN_WINDOW, options.jobs * WINDOW_PER_JOB);
  const skipped = (index: number, file: InputFile, diagnostics: Diagnostic[]): IndexedResult => ({
    index,
    path: file.path,
    result: null,
    diagnostics,
  });
  /** The result, with the problems reading its file gave in front of the pipeline's own. */
  const found = (
    index: number,
    file: InputFile,
    result: DocumentResult,
    read: Diagnostic[],
  ): IndexedResult => {
    if (read.length > 0) result.diagnostics.unshift(...read);
    return { index, path: file.path, result };
  };
  const step = async (file: InputFile, index: number): Promise<IndexedResult> => {
    // A file unchanged since a run read it is found by its identity, without being read or hashed.
    const identity = cache ? fileIdentity(file) : null;
    const known = identity ? cache?.getByIdentity(file, identity) : undefined;
    if (known) return found(index, file, known.result, known.diagnostics);
    const read = file.path === "-" ? await readDocument(file) : readDocumentSync(file);
    if (!read.ok) return skipped(index, file, read.diagnostics);
    const doc = read.doc;
    const key = cache ? contentHash(doc) : "";
    const cached = cache?.get(doc, key);
    if (cached) {
      if (identity) cache?.noteFile(identity, key, read.diagnostics);
      return found(index, file, cached, read.diagnostics);
    }
    started.annotator ??= chooseAnnotator(files.slice(index), options);
    const outcome = await (await started.annotator).annotate(doc);
    if (!outcome.ok) {
      return skipped(index, file, [
        ...read.diagnostics,
        { code: "not-annotated", message: `could not be annotated (${outcome.error}), skipped` },
      ]);
    }
    // A worker's result comes packed (the cache's form); one made in this thread is packed only for the cache.
    const packed = "packed" in outcome ? outcome.packed : cache ? pack(outcome.result, doc) : null;
    const result = "packed" in outcome ? unpack(outcome.packed, unpackTarget(doc)) : outcome.result;
    if (!result) {
      return skipped(index, file, [
        ...read.diagnostics,
        { code: "not-annotated", message: "the worker's result does not fit the document, skipped" },
      ]);
    }
    if (packed) {
      cache?.put(doc, packed, key);
      if (identity) cache?.noteFile(identity, key, read.diagnostics);
    }
    return found(index, file, result, read.diagnostics);
  };
  try {
    yield* orderedMap(files, window, step);
  } finally {
    if (started.annotator) await (await started.annotator).close();
    cache?.flush();
  }
}
