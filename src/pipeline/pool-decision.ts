/**
 * Whether a run annotates in this thread or starts a pool of worker threads: decided once, at the first
 * document the cache does not hold, from the work left (files, bytes, how much of it the cache holds) and
 * from how busy the machine is.
 */
import { existsSync } from "node:fs";
import type { Piscina } from "piscina";
import type { ResultCache } from "../cache/store.js";
import { corpusBytes, type FileSeq, filesFrom, holdsBytesSync } from "../corpus/index.js";
import { type Annotator, inProcessAnnotator, PoolAnnotator, TASKS_PER_WORKER } from "./annotators.js";
import type { AnnotateOptions } from "./result.js";
import { countsOwnThreads, idleCoresSinceStart, idleCoresSoFar } from "./started.js";
import type { TaskThread } from "./task-thread.js";
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
   * with the budget set before it started, 23-26 ms without.
   */
  setFlags(): void;
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

/**
 * Below the pool's size, a run of at least this many documents (or bytes, for a records file) is split in two
 * stages when two threads may run and the other cores were idle (see busy: --jobs 2 given skips that test), a
 * worker extracting mention spans and this thread doing the rest (see extract-worker.ts): each thread compiles
 * only its own half of the code. Below it, the worker's start is not paid back (its start with its first document, the bundle, the models and the first compiles: 0.24-0.30 s of
 * CPU, see scripts/bundle-cli.ts). The two stages cost more CPU in all than one thread, and halve this thread's: measured with the
 * first N Reuters documents, --jobs 1 against --jobs 2 (two stages), user+sys CPU, 5 alternated runs at load
 * 12-19, median: 300 docs (0.29 MB) 1.32 s against 1.53 s (+16%), 800 (0.82 MB) 2.19 against 2.46 (+12%), 1,500
 * (1.47 MB) 3.17 against 3.59 (+13%), 3,000 (2.84 MB, above the pool's size) 4.65 against 4.70 (+1%; 3 runs); a
 * pool of two whole-pipeline workers 1.97, 2.91, 4.16 and 6.64 s (+31% to +49%). Session 8's quiet side by side
 * (1,500 docs) found no wall time gained (one thread 1.84 1.69 1.91 s, two stages 1.81 1.82 1.98 s), when this
 * thread still split each document again and summarized it, and the worker loaded ~150 modules before its first
 * batch. Session 12, the same 1,500 documents, bundled workers, per-thread CPU (/proc task stat and schedstat),
 * 3 alternated runs at load 16-18: one thread's own 2.31-2.71 s (all threads 2.72-3.19 s); two stages this thread
 * 1.23-1.42 s, the worker 1.21-1.49 s, V8's helpers 0.47-0.55 s (all 2.91-3.46 s, +7%). On two idle cores the wall
 * time is about the larger of either stage and half the total (~1.6 s against ~2.5 s in those loaded seconds),
 * so the default --jobs runs the two stages here too when the other core was idle; on a busy machine one thread
 * costs less. Not measured on an idle machine (the host held a load of 15-23 all session).
 */
const STAGED_MIN_DOCUMENTS = 200;
const STAGED_MIN_BYTES = 160 * 1024;

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
  const early = startStagesEarly(remaining, options, records, fresh);
  const annotator = await chooseWith(remaining, options, records, fresh, early);
  if (early !== null && !early.taken)
    early.workers.then(
      (workers) => workers.destroy(),
      () => {},
    );
  return annotator;
}

/** The two stages' worker started before the decision (startStagesEarly); `taken` once the run uses it. */
interface EarlyWorker {
  workers: Promise<TaskThread>;
  taken: boolean;
}

/**
 * The idle cores a first glance must see (idleCoresSoFar) for the worker to start before the decision: below,
 * the machine is taken as busy and the decision (POOL_MIN_IDLE_CORES over at least 100 ms) is awaited. Without
 * the glance, a stopped early worker cost 42-47 ms of CPU on a machine at load 14 (3 runs).
 */
const EARLY_MIN_IDLE_CORES = 0.25;

/** The most records files likelyStaged states (a run's remaining files may be many; one or a few is usual). */
const RECORD_FILES_STATED = 8;

/** How much of the corpus the cache does not hold (estimateUncached), or null without a cache. */
export type Uncached = { documents: number; bytes: number } | null;

/**
 * Whether a run of `jobs` threads over `remaining` (`fresh`: what the cache does not hold) is likely to run in two
 * stages, before its decision: enough documents left, or for records (JSON Lines, CSV; stagedPays counts them as
 * many) enough bytes, stated at once. Until session 18 a records run's worker waited for the decision: 1,500 Reuters
 * records, default --jobs, the idle measure reading an idle machine (load 17-18), 5 alternated pairs: the worker
 * started 776 ms (median) after the main thread, against 315 ms from here (README: Many cores).
 */
export function likelyStaged(remaining: FileSeq, jobs: number, records: boolean, fresh: Uncached): boolean {
  if (jobs !== 2) return false;
  if (records) return holdsBytesSync(remaining, STAGED_MIN_BYTES, RECORD_FILES_STATED);
  return (fresh ? 1 + fresh.documents : remaining.length) >= STAGED_MIN_DOCUMENTS;
}

/**
 * The worker of two stages, started before the corpus's size and the machine's idle time are known, when a run
 * of two threads is likely to use it: its start (a thread, the bundle, the models: about 0.1 s of its CPU) then
 * runs beside this thread's measure of the idle cores and its own start (~0.1 s), where it used to follow them.
 * On a busy machine, or a corpus smaller than the count said, it is stopped unused. Only where the idle measure
 * can count this process's own threads as ours (started.ts): else the worker would make the machine look busy.
 */
function startStagesEarly(
  remaining: FileSeq,
  options: PoolChoice,
  records: boolean,
  fresh: Uncached,
): EarlyWorker | null {
  if (!countsOwnThreads() || !existsSync(EXTRACT_WORKER_FILE)) return null;
  if (!likelyStaged(remaining, options.jobs, records, fresh)) return null;
  // A machine seen busy at a first glance would make the decision one thread: the worker's start would be lost.
  const glance = idleCoresSoFar();
  if (!options.jobsExplicit && glance !== null && glance < EARLY_MIN_IDLE_CORES) return null;
  return { workers: stageThread(), taken: false };
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

/** The two stages' worker thread, started now (a plain worker: its start costs this thread less, task-thread.ts). */
async function stageThread(): Promise<TaskThread> {
  const { TaskThread } = await import("./task-thread.js");
  return new TaskThread(EXTRACT_WORKER_FILE);
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
  workers.ready.then(options.setFlags);
  return stagedAnnotatorOn(workers, options.annotate, options.words);
}
