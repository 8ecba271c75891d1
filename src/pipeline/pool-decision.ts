/**
 * Whether a run annotates in this thread or starts a pool of worker threads: decided once, at the first
 * document the cache does not hold, from the work left (files, bytes, how much of it the cache holds) and
 * from how busy the machine is.
 */
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import type { ResultCache } from "../cache/store.js";
import { fileIdentity, type InputFile } from "../corpus/index.js";
import { type Annotator, inProcessAnnotator, PoolAnnotator } from "./annotators.js";
import type { AnnotateOptions } from "./result.js";

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
}

/**
 * A pool is worth starting only when the work outweighs its start-up: each worker loads the models (see
 * "Large corpora" in the README for the measurements behind these numbers). Below either threshold the
 * documents are annotated in this thread.
 */
const POOL_MIN_DOCUMENTS = 20;
const POOL_MIN_BYTES = 384 * 1024;
/**
 * With the default --jobs, a pool starts only if this many cores were idle while the process started and
 * listed its files (our own thread keeps one busy meanwhile). Workers cost 11% more CPU than one thread
 * (each loads the models, documents and results are copied), so when the other cores are busy they only
 * slow the run down: measured on a shared two-core machine with one core taken, 1,500 articles took
 * 6.0–6.5 s with two workers and 4.9–5.2 s in one thread. (The load average would lag by a minute.)
 */
const POOL_MIN_IDLE_CORES = 0.5;

const idleMs = (): number => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);
/**
 * Idle time when this module was loaded, early in the process: the busy-ness measured at the decision
 * covers the process's start and the listing of its files. A snapshot, never changed.
 */
const startedAt = { wall: performance.now(), idle: idleMs() };

/** Cores idle on average since this module was loaded; null if too little time has passed to tell. */
function idleCoresSinceStart(): number | null {
  const elapsed = performance.now() - startedAt.wall;
  return elapsed < 100 ? null : (idleMs() - startedAt.idle) / elapsed;
}

/** Above this many files the corpus is big enough without summing their sizes. */
const POOL_SURE_DOCUMENTS = 2_000;

const WORKER_FILE = fileURLToPath(new URL("./worker.js", import.meta.url));

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
export async function chooseAnnotator(
  remaining: readonly InputFile[],
  options: PoolChoice,
  records = false,
): Promise<Annotator> {
  if (options.jobs <= 1) return inProcessAnnotator(options.annotate, options.words);
  if (!existsSync(WORKER_FILE)) {
    // Running from the TypeScript sources (tsx, vitest): there is no compiled worker to start.
    options.info("no compiled worker next to the pipeline: annotating in one thread");
    return inProcessAnnotator(options.annotate, options.words);
  }
  // A records file (JSON Lines, CSV) is many documents: only its size tells how much work is left.
  const small = records
    ? (await totalBytes(remaining)) < POOL_MIN_BYTES
    : remaining.length < POOL_MIN_DOCUMENTS ||
      (remaining.length < POOL_SURE_DOCUMENTS && (await totalBytes(remaining)) < POOL_MIN_BYTES);
  if (small) {
    options.info(`small corpus (${remaining.length} file(s) left): annotating in one thread`);
    return inProcessAnnotator(options.annotate, options.words);
  }
  // remaining[0] is the miss that asks: the sample is of the files after it.
  // (The file index knows no records file, so for records the estimate would only say "all new".)
  const fresh = options.cache && !records ? estimateUncached(remaining.slice(1), options.cache) : null;
  if (fresh && (1 + fresh.documents < POOL_MIN_DOCUMENTS || fresh.bytes < POOL_MIN_BYTES)) {
    options.info(
      `about ${1 + Math.round(fresh.documents)} of ${remaining.length} file(s) left are not in the cache: annotating in one thread`,
    );
    return inProcessAnnotator(options.annotate, options.words);
  }
  const idle = idleCoresSinceStart();
  if (!options.jobsExplicit && idle !== null && idle < POOL_MIN_IDLE_CORES) {
    options.info(
      `busy machine (${idle.toFixed(1)} idle core(s) besides this one): annotating in one thread; --jobs N forces a pool`,
    );
    return inProcessAnnotator(options.annotate, options.words);
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
    options.words,
  );
}
