/**
 * A run in two stages (extract-worker.ts, staged.ts): how much work makes it pay, and its worker started before the
 * pool decision (pool-decision.ts) when the run is likely to use it.
 */
import { type FileSeq, holdsBytesSync } from "../corpus/index.js";
import { countsOwnThreads, idleCoresSoFar } from "./started.js";
import type { TaskThread } from "./task-thread.js";
import { EXTRACT_WORKER_FILE } from "./worker-files.js";

/**
 * Below the pool's size, a run of at least this many documents (or bytes, for a records file) is split in two
 * stages when two threads may run and the other cores were idle (pool-decision.ts busy: --jobs 2 given skips that test), a
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
export const STAGED_MIN_DOCUMENTS = 200;
export const STAGED_MIN_BYTES = 160 * 1024;

/** The two stages' worker started before the decision (startStagesEarly); `taken` once the run uses it. */
export interface EarlyWorker {
  workers: Promise<TaskThread>;
  taken: boolean;
}

/**
 * The idle cores a first glance must see (idleCoresSoFar) for the worker to start before the decision: below,
 * the machine is taken as busy and the decision (pool-decision.ts POOL_MIN_IDLE_CORES, over at least 100 ms) is awaited. Without
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
export function startStagesEarly(
  remaining: FileSeq,
  options: { jobs: number; jobsExplicit?: boolean },
  records: boolean,
  fresh: Uncached,
): EarlyWorker | null {
  if (!countsOwnThreads()) return null;
  if (!likelyStaged(remaining, options.jobs, records, fresh)) return null;
  // A machine seen busy at a first glance would make the decision one thread: the worker's start would be lost.
  const glance = idleCoresSoFar();
  if (!options.jobsExplicit && glance !== null && glance < EARLY_MIN_IDLE_CORES) return null;
  return { workers: stageThread(), taken: false };
}

/** The two stages' worker thread, started now (a plain worker: its start costs this thread less, task-thread.ts). */
export async function stageThread(): Promise<TaskThread> {
  const { TaskThread } = await import("./task-thread.js");
  return new TaskThread(EXTRACT_WORKER_FILE);
}
