/**
 * What annotates a document that the cache does not hold: this thread, or a pool of worker threads fed in
 * batches. Which one a run uses is decided in pool-decision.ts.
 */
import type { Piscina } from "piscina";
import type { AnnotateOptions } from "./result.js";
import type { WorkerTask, WorkItem, WorkOutcome } from "./worker.js";

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
 * Annotates in this thread; the pipeline's modules (and models) are loaded only when first needed. `words`:
 * whether results carry their word counts (see WorkerTask.words).
 */
export async function inProcessAnnotator(options: AnnotateOptions, words = true): Promise<Annotator> {
  const { workOutcome } = await import("./worker.js");
  return {
    // Results stay objects in this thread: the commands that read them would only parse them back.
    annotate: async (item) => workOutcome(item, options, false, words),
    close: async () => {},
  };
}

interface Waiting {
  item: WorkItem;
  resolve(outcome: WorkOutcome): void;
  reject(error: unknown): void;
}

/**
 * Sends documents to a pool of worker threads in batches. A batch leaves at once while fewer than two
 * per worker are in flight (one running, one queued behind it, so no worker waits for this thread);
 * otherwise documents gather in the open batch until a worker frees up: batches grow exactly when the
 * workers are the bottleneck, which is when the per-message cost matters.
 */
export class PoolAnnotator implements Annotator {
  private open: Waiting[] = [];
  private openChars = 0;
  private inFlight = 0;

  constructor(
    private readonly pool: Piscina,
    private readonly jobs: number,
    private readonly options: AnnotateOptions,
    /** Whether results carry their word counts (see WorkerTask.words). */
    private readonly words: boolean,
  ) {}

  annotate(item: WorkItem): Promise<WorkOutcome> {
    return new Promise<WorkOutcome>((resolve, reject) => {
      this.open.push({ item, resolve, reject });
      // A file to read is sent as its name: only its count bounds the batch.
      if ("doc" in item) this.openChars += item.doc.text.length;
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
    const task: WorkerTask = { items: batch.map((w) => w.item), options: this.options, words: this.words };
    (this.pool.run(task) as Promise<WorkOutcome[]>)
      .then(
        (outcomes) => {
          batch.forEach((w, i) => {
            w.resolve(
              outcomes[i] ?? { read: null, outcome: { ok: false, error: "no result from the worker" } },
            );
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
