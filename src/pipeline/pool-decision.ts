/**
 * Whether a run annotates in this thread or starts a pool of worker threads: decided once, at the first
 * document the cache does not hold, from the work left (files, bytes, how much of it the cache holds) and
 * from how busy the machine is.
 */
import { existsSync } from "node:fs";
import type { Piscina } from "piscina";
import type { ResultCache } from "../cache/store.js";
import { corpusBytes, type FileSeq, filesFrom } from "../corpus/index.js";
import { type Annotator, inProcessAnnotator, PoolAnnotator, TASKS_PER_WORKER } from "./annotators.js";
import type { AnnotateOptions } from "./result.js";
import { idleCoresSinceStart } from "./started.js";
import {
  type EarlyWorker,
  STAGED_MIN_BYTES,
  STAGED_MIN_DOCUMENTS,
  stageThread,
  startStagesEarly,
  type Uncached,
} from "./two-stages.js";
import { estimateUncached } from "./uncached.js";
import { EXTRACT_WORKER_FILE, WORKER_FILE } from "./worker-files.js";

export interface PoolChoice {
  annotate: AnnotateOptions;
  /** Worker threads asked for; 1 annotates in this thread. */
  jobs: number;
  /** --jobs was given: honour it even when the machine is busy. */
  jobsExplicit?: boolean;
  cache: ResultCache | null;
  info(message: string): void;
  /** Whether a worker's results carry their word counts (see WorkerTask.words). */
  words: boolean;
  /**
   * Sets the V8 flags the run wants for annotating (run.ts: a small corpus's interrupt budget). Called before
   * this thread annotates or a pool starts, and only once the two stages' worker has loaded: a V8 flag set
   * while a thread boots makes V8 refuse Node's own code cache in it, because a code cache is only taken
   * under the flags it was made with (v8-flags.ts), so the thread compiles Node's internal modules from their
   * source. Measured in a fresh worker at load 12, 3 runs each: its CPU before its first line of our code 52-58 ms
   * with the budget set before it started, 23-26 ms without. `twoStages`: this thread and one worker will both be
   * busy (v8-flags.ts INLINING_FLAG).
   */
  setFlags(twoStages?: boolean): void;
}

/**
 * A pool is worth starting only when the work outweighs what it adds: each worker loads the models and,
 * above all, compiles the pipeline's hot code itself (V8's optimizing compiler runs once per thread: about
 * 1.4 s of CPU per worker over 5,000 documents, which one thread gets for free on the other core). Measured
 * by CPU time per thread (perf, task-clock) at load 10-16, where both cores busy gives the wall time as half
 * the CPU and one thread's wall as its own thread's CPU: Reuters articles, --jobs 2 against --jobs 1,
 * 800 files (0.75 MB) 1.04x, 1,500 (1.34 MB) 1.07x, 3,000 (2.6 MB) 0.98x, 5,000 (3.9 MB) 0.88x, 19,779
 * (16.5 MB) 0.75x (the quiet bench measured 1.13x at 1,500 and 0.74-0.76x at 19,779). Break-even is near
 * 2.3 MB, so below 2 MB (or 20 files) the documents are annotated in this thread.
 */
const POOL_MIN_DOCUMENTS = 20;
const POOL_MIN_BYTES = 2 * 1024 * 1024;
/**
 * With the default --jobs, a pool starts only if this many cores were idle while the process started and
 * listed its files (our own thread keeps one busy meanwhile). Workers cost 11-15% more CPU than one thread
 * (each loads the models and compiles the hot code, see above), so when the other cores are busy they only
 * slow the run down: measured on a shared two-core machine with one core taken, 1,500 articles took
 * 6.0–6.5 s with two workers and 4.9–5.2 s in one thread. (The load average would lag by a minute.)
 */
const POOL_MIN_IDLE_CORES = 0.5;

/** A pool for a big corpus and --jobs > 1; this thread otherwise. Decided at the first cache miss. */
export async function chooseAnnotator(
  remaining: FileSeq,
  options: PoolChoice,
  records = false,
): Promise<Annotator> {
  if (options.jobs <= 1 || !existsSync(WORKER_FILE)) {
    // Without a compiled worker next to the pipeline, the run is from the TypeScript sources (tsx, vitest).
    if (options.jobs > 1) options.info("no compiled worker next to the pipeline: annotating in one thread");
    return inThisThread(options);
  }
  // remaining[0] is the miss that asks: the sample is of the files after it.
  // (The file index knows no records file, so for records the estimate would only say "all new".)
  const fresh = options.cache && !records ? estimateUncached(filesFrom(remaining, 1), options.cache) : null;
  const early = existsSync(EXTRACT_WORKER_FILE) ? startStagesEarly(remaining, options, records, fresh) : null;
  // The thread is made once its module is imported (a promise's turn): awaited here, it is made before the
  // corpus's size is stated (corpusBytes issues up to 256 stat calls at once, which ran first).
  if (early !== null) await early.workers.catch(() => {});
  const annotator = await chooseWith(remaining, options, records, fresh, early);
  if (early !== null && !early.taken)
    early.workers.then(
      (workers) => workers.destroy(),
      () => {},
    );
  return annotator;
}

async function chooseWith(
  remaining: FileSeq,
  options: PoolChoice,
  records: boolean,
  fresh: Uncached,
  early: EarlyWorker | null,
): Promise<Annotator> {
  // A records file (JSON Lines, CSV) is many documents: only its size tells how much work is left.
  const bytes = await corpusBytes(remaining);
  const small = (!records && remaining.length < POOL_MIN_DOCUMENTS) || bytes < POOL_MIN_BYTES;
  if (small) {
    if (await stagedPays(remaining, bytes, records, options, fresh)) return stagedAnnotator(options, early);
    options.info(`small corpus (${remaining.length} file(s) left): annotating in one thread`);
    return inThisThread(options);
  }
  if (fresh && (1 + fresh.documents < POOL_MIN_DOCUMENTS || fresh.bytes < POOL_MIN_BYTES)) {
    options.info(
      `about ${1 + Math.round(fresh.documents)} of ${remaining.length} file(s) left are not in the cache: annotating in one thread`,
    );
    return inThisThread(options);
  }
  if (!options.jobsExplicit && (await busy(options))) return inThisThread(options);
  // Two threads: the two stages cost the CPU of one thread where two whole-pipeline workers cost 1.45x (see
  // STAGED_MIN_DOCUMENTS). More threads than two stages can use: a pool of whole-pipeline workers.
  if (options.jobs === 2 && existsSync(EXTRACT_WORKER_FILE)) return stagedAnnotator(options, early);
  options.info(`annotating with ${options.jobs} worker threads`);
  options.setFlags();
  return new PoolAnnotator(
    await pool(WORKER_FILE, options.jobs),
    options.jobs,
    options.annotate,
    options.words,
  );
}

/** This thread annotates, with the run's V8 flags. */
function inThisThread(options: PoolChoice): Promise<Annotator> {
  options.setFlags();
  return inProcessAnnotator(options.annotate, options.words);
}

/**
 * Whether a corpus below the pool's size is split in two stages: only with enough work left that the cache does
 * not hold (see STAGED_MIN_DOCUMENTS: a cached corpus with a few new files is annotated in this thread), and with
 * the default --jobs only when the other cores were idle.
 */
async function stagedPays(
  remaining: FileSeq,
  bytes: number,
  records: boolean,
  options: PoolChoice,
  fresh: Uncached,
): Promise<boolean> {
  if (!existsSync(EXTRACT_WORKER_FILE)) return false;
  const documents = fresh ? 1 + fresh.documents : records ? Number.POSITIVE_INFINITY : remaining.length;
  const newBytes = fresh ? fresh.bytes : bytes;
  if (documents < STAGED_MIN_DOCUMENTS || newBytes < STAGED_MIN_BYTES) return false;
  if (options.jobsExplicit === true) return true;
  // This thread runs the pipeline's modules either way: evaluated while the machine's idle time is measured.
  const loading = import("./worker.js");
  const pays = !(await busy(options));
  await loading;
  return pays;
}

/** Whether the other cores were too busy since the process started for a worker to pay (says so if so). */
async function busy(options: PoolChoice): Promise<boolean> {
  const idle = await idleCoresSinceStart();
  if (idle >= POOL_MIN_IDLE_CORES) return false;
  options.info(
    `busy machine (${idle.toFixed(1)} idle core(s) besides this one): annotating in one thread; --jobs N forces a pool`,
  );
  return true;
}

/** A pool of `jobs` workers running `filename`, started now. */
async function pool(filename: string, jobs: number): Promise<Piscina> {
  // Imported here: a run served from the cache, or a small one, never starts a pool.
  const { Piscina: Pool } = await import("piscina");
  return new Pool({
    filename,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
  });
}

/**
 * One worker extracting mention spans, this thread doing the rest of the pipeline (extract-worker.ts); `early`:
 * that worker when it was started before the decision (startStagesEarly).
 */
async function stagedAnnotator(options: PoolChoice, early: EarlyWorker | null): Promise<Annotator> {
  options.info("annotating in two stages: a worker thread extracts mentions, this thread the rest");
  if (early !== null) early.taken = true;
  const [workers, { stagedAnnotatorOn }] = await Promise.all([
    early?.workers ?? stageThread(),
    import("./staged.js"),
  ]);
  workers.ready.then(() => options.setFlags(true));
  return stagedAnnotatorOn(workers, options.annotate, options.words);
}
