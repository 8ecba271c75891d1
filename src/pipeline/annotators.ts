/**
 * What annotates a document that the cache does not hold: this thread, or a pool of worker threads fed in
 * batches. Which one a run uses is decided in pool-decision.ts.
 */
import type { AnnotateOptions } from "./result.js";
import type { WorkerTask, WorkItem, WorkOutcome } from "./worker.js";

/**
 * What runs a batch in worker threads and answers it: a piscina pool (pool-decision.ts), or the two stages' one
 * thread (task-thread.ts).
 */
export interface TaskRunner {
  run(task: unknown): Promise<unknown>;
  destroy(): Promise<void>;
}

export interface Annotator {
  /** Reads the item if it is a file, and annotates it. */
  annotate(item: WorkItem): Promise<WorkOutcome>;
  close(): Promise<void>;
}

/**
 * A batch is sent to a worker early once this big, even if workers are busy: bounds one message's size,
 * and how long the oldest document in the window waits for the rest of its batch (results come back per
 * batch). The window of documents in flight (run.ts) holds several batches per worker.
 */
export const MAX_BATCH_DOCUMENTS = 32;
const MAX_BATCH_CHARS = 512 * 1024;

/**
 * The most documents this thread's annotator (inProcessAnnotator) takes as one batch, and the window of documents in
 * flight when a run has one thread (run.ts): each stage runs over the whole batch (annotateDocuments), so the larger
 * the batch the longer a stage's tables and code stay in the CPU's caches. In process, 4,096 Reuters documents,
 * annotateDocuments in chunks of 512 alternated, 8 rounds, CPU medians (load 13-17): batches of 128 0.924x those of
 * 32 (7 of 8 rounds lower), 256 0.962x those of 128 (6 of 8), 64 0.945x those of 32. 128: most of the gain, and a
 * batch's intermediate data (~174 KB a document, note23) stays ~22 MB. Not the pool's batches (MAX_BATCH_DOCUMENTS):
 * those bound a message's size and how long the oldest document waits for its batch.
 */
export const ONE_THREAD_BATCH_DOCUMENTS = 128;

/**
 * The most documents the n-th batch a run sends may hold: 1, 2, 4, … up to MAX_BATCH_DOCUMENTS. The window sends
 * its first batches at once, and a batch comes back whole, so with full batches from the third on this thread
 * (the two stages' second one, staged.ts) waited for the worker's first 32 documents, which it annotates cold:
 * after the first two documents, 55 ms of the worker's CPU in a 1,500-document run (trace points, load 12).
 */
export const batchLimit = (sent: number, most = MAX_BATCH_DOCUMENTS): number => Math.min(most, 2 ** sent);

/**
 * Batches handed to a worker at once: the one it runs and the next, waiting in its own message port, so
 * that a worker which finishes a batch starts the next at once instead of waiting for this thread to be
 * scheduled, hear of it and send another (piscina's default of 1 task per worker). On two cores busy with
 * both workers, that round trip waited for a time slice after each of ~800 batches: 290-420 ms idle per
 * worker in a quiet --jobs 2 run's profile. Time a worker spent between its batches (measured in the
 * worker; annotate --jsonl --no-cache --jobs 2 over 19,779 Reuters files at load 12-16, alternated; each
 * worker of two runs): 9.7 9.0 / 8.8 8.4 s with 1 task per worker against 5.7 6.6 / 6.7 7.3 s with 2; CPU
 * the same within noise (perf task-clock, all threads: 20.8 18.7 s against 19.8 s). PoolAnnotator sends batches early while fewer than
 * this many per worker are in flight, so that, while the workers keep up, none waits in piscina's queue.
 */
export const TASKS_PER_WORKER = 2;

/**
 * Annotates in this thread; the pipeline's modules (and models) are loaded only when first needed. `words`:
 * whether results carry their word counts (see WorkerTask.words).
 */
export async function inProcessAnnotator(options: AnnotateOptions, words = true): Promise<Annotator> {
  const { annotateItems } = await import("./worker.js");
  // The items asked for while the run fills its window, annotated together (annotateItems: stage by stage over
  // the batch) once this thread has nothing else to do (setImmediate: after the window's microtasks) or the batch
  // is full. annotate --jsonl --no-cache --jobs 1 (this thread), 4,000 Reuters documents: see the commit.
  let open: Waiting[] = [];
  const flush = (): void => {
    const batch = open;
    open = [];
    if (batch.length === 0) return;
    let outcomes: WorkOutcome[];
    try {
      // Results stay objects in this thread: the commands that read them would only parse them back.
      outcomes = annotateItems(
        batch.map((w) => w.item),
        options,
        false,
        words,
      );
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => {
      w.resolve(outcomes[i] as WorkOutcome);
    });
  };
  return {
    annotate: (item) =>
      new Promise<WorkOutcome>((resolve, reject) => {
        open.push({ item, resolve, reject });
        if (open.length === 1) setImmediate(flush);
        else if (open.length >= ONE_THREAD_BATCH_DOCUMENTS) flush();
      }),
    close: async () => flush(),
  };
}

/**
 * How this thread turns what a worker sent back for an item into its outcome: the outcome itself (a
 * whole-pipeline worker, worker.ts), or the rest of the pipeline over the worker's part (staged.ts).
 */
export type Finish = (items: readonly WorkItem[], sent: readonly unknown[]) => WorkOutcome[];

const asSent: Finish = (items, sent) => items.map((_item, i) => (sent[i] ?? NO_RESULT) as WorkOutcome);

/**
 * Where a run in two stages places the work either thread can do (staged.ts): told as each batch's results
 * arrive, before this thread finishes them, and asked for each batch's task as it leaves.
 */
export interface BatchPlan {
  arrived(): void;
  leaving(task: WorkerTask): WorkerTask;
}

/** What an item gets when its worker sent nothing back for it. */
export const NO_RESULT: WorkOutcome = {
  read: null,
  outcome: { ok: false, error: "no result from the worker" },
};

interface Waiting {
  item: WorkItem;
  resolve(outcome: WorkOutcome): void;
  reject(error: unknown): void;
}

/**
 * Sends documents to a pool of worker threads in batches. A batch leaves at once while fewer than two
 * per worker are in flight (one running, one queued behind it in the worker's own port, see
 * TASKS_PER_WORKER, so no worker waits for this thread);
 * otherwise documents gather in the open batch until a worker frees up: batches grow exactly when the
 * workers are the bottleneck, which is when the per-message cost matters.
 */
export class PoolAnnotator implements Annotator {
  private open: Waiting[] = [];
  private openChars = 0;
  private inFlight = 0;
  /** Batches sent so far. */
  private sent = 0;

  constructor(
    private readonly pool: TaskRunner,
    private readonly jobs: number,
    private readonly options: AnnotateOptions,
    /** Whether results carry their word counts (see WorkerTask.words). */
    private readonly words: boolean,
    private readonly finish: Finish = asSent,
    private readonly plan?: BatchPlan,
    /** The most documents a batch holds (MAX_BATCH_DOCUMENTS; the two stages' own, staged.ts). */
    private readonly maxBatch = MAX_BATCH_DOCUMENTS,
  ) {}

  annotate(item: WorkItem): Promise<WorkOutcome> {
    return new Promise<WorkOutcome>((resolve, reject) => {
      this.open.push({ item, resolve, reject });
      // A file to read is sent as its name: only its count bounds the batch.
      if ("doc" in item) this.openChars += item.doc.text.length;
      const full =
        this.open.length >= batchLimit(this.sent, this.maxBatch) || this.openChars >= MAX_BATCH_CHARS;
      if (full || this.inFlight < TASKS_PER_WORKER * this.jobs) this.dispatch();
    });
  }

  private dispatch(): void {
    const batch = this.open;
    if (batch.length === 0) return;
    this.open = [];
    this.openChars = 0;
    this.inFlight += 1;
    this.sent += 1;
    const made: WorkerTask = { items: batch.map((w) => w.item), options: this.options, words: this.words };
    const task = this.plan ? this.plan.leaving(made) : made;
    const done = (): void => {
      this.inFlight -= 1;
      this.dispatch();
    };
    (this.pool.run(task) as Promise<unknown[]>).then(
      (sent) => {
        this.plan?.arrived();
        // The next batch leaves before this thread finishes this one's documents (staged.ts: the main
        // thread's half of the pipeline), so that the worker does not wait meanwhile.
        done();
        const outcomes = this.finish(
          batch.map((w) => w.item),
          sent,
        );
        for (const [i, w] of batch.entries()) w.resolve(outcomes[i] ?? NO_RESULT);
      },
      (error) => {
        done();
        for (const w of batch) w.reject(error);
      },
    );
  }

  /**
   * Stops the workers without waiting for them to end: their heaps are torn down in their own threads while this
   * one goes on (annotate's corpus vote, cli/voted-records.ts). Waited for, the end of the two stages' worker held
   * the vote back 287 and 54 ms of two runs (7 and 1 ms of this thread's CPU: it only waited; annotate --jsonl
   * --no-cache --jobs 2, the 19,779 Reuters records, load 12-23, trace points); not waited for, 7 ms. A failure to
   * stop them is not the run's (their results are all in).
   */
  async close(): Promise<void> {
    this.pool.destroy().catch(() => {});
  }
}
