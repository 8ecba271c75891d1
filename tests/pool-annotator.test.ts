import type { Piscina } from "piscina";
import { describe, expect, it } from "vitest";
import { DEFAULT_ANNOTATE_OPTIONS } from "../src/pipeline/annotate.js";
import { batchLimit, PoolAnnotator, TASKS_PER_WORKER, type TaskRunner } from "../src/pipeline/annotators.js";
import { stagedAnnotatorOn } from "../src/pipeline/staged.js";
import type { WorkerTask, WorkItem, WorkOutcome } from "../src/pipeline/worker.js";
import type { Document } from "../src/types.js";

/** A stand-in for piscina: tasks wait until the test finishes them, oldest first. */
class HeldPool {
  readonly running: { task: WorkerTask; finish(): void }[] = [];
  most = 0;

  run(task: WorkerTask): Promise<WorkOutcome[]> {
    return new Promise((resolve) => {
      const outcomes = task.items.map(
        (item): WorkOutcome => ({ read: null, outcome: { ok: false, error: docId(item) } }),
      );
      this.running.push({ task, finish: () => resolve(outcomes) });
      this.most = Math.max(this.most, this.running.length);
    });
  }

  finishOldest(): void {
    this.running.shift()?.finish();
  }

  async destroy(): Promise<void> {}
}

const docId = (item: WorkItem): string => ("doc" in item ? item.doc.id : item.file.id);

const doc = (id: string): WorkItem => ({
  doc: { id, path: id, text: "A short text.", date: null, headers: {}, bodyStart: 0 } as Document,
});

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("PoolAnnotator (batches sent to the workers)", () => {
  it.each([1, 2, 4])(
    "with %i worker(s), sends TASKS_PER_WORKER batches per worker at once, then gathers, and answers each document",
    async (jobs) => {
      const pool = new HeldPool();
      const annotator = new PoolAnnotator(pool as unknown as Piscina, jobs, DEFAULT_ANNOTATE_OPTIONS, false);
      // Fewer than a full batch beyond the first ones: only a finished batch lets the rest leave.
      const gathered = batchLimit(TASKS_PER_WORKER * jobs) - 1;
      const ids = Array.from({ length: TASKS_PER_WORKER * jobs + gathered }, (_, i) => `doc-${i}`);
      const answers = ids.map((id) => annotator.annotate(doc(id)));
      await settle();
      // The first batches leave at once, one document each, until every worker has its batches.
      expect(pool.running.length).toBe(TASKS_PER_WORKER * jobs);
      expect(pool.running.every((r) => r.task.items.length === 1)).toBe(true);
      pool.finishOldest();
      await settle();
      expect(pool.running.at(-1)?.task.items.length).toBe(gathered);
      while (pool.running.length > 0) {
        pool.finishOldest();
        await settle();
      }
      expect(pool.most).toBe(TASKS_PER_WORKER * jobs);
      const outcomes = await Promise.all(answers);
      expect(outcomes.map((o) => ("outcome" in o && !o.outcome.ok ? o.outcome.error : null))).toEqual(ids);
    },
  );
});

describe("PoolAnnotator's first batches (1, 2, 4, … documents: this thread starts on the first results sooner)", () => {
  it.each([
    [1, 3, [1, 1], [1]],
    [1, 7, [1, 1, 4], [1]],
    [1, 67, [1, 1, 4, 8, 16, 32], [5]],
    [2, 67, [1, 1, 1, 1, 16, 32], [15]],
  ])(
    "%i worker(s), %i documents at once: batches %j leave, then %j once one is done",
    async (jobs, count, first, next) => {
      const pool = new HeldPool();
      const annotator = new PoolAnnotator(pool as unknown as Piscina, jobs, DEFAULT_ANNOTATE_OPTIONS, false);
      await expectBatches(pool, annotator, count, first, next);
    },
  );
});

describe("the two stages' batches (staged.ts: up to STAGED_BATCH_DOCUMENTS, where a pool's stop at 32)", () => {
  it.each([
    // 64: the two stages' own limit (fails with a pool's 32: batches 1, 1, 4, 8, 16, 32, 32, then 37 left).
    [131, [1, 1, 4, 8, 16, 32, 64], [5]],
    // Guard: below 32 documents a batch, the same as a pool's.
    [15, [1, 1, 4, 8], [1]],
  ])("%i documents at once: batches %j leave, then %j once one is done", async (count, first, next) => {
    const pool = new HeldPool();
    const annotator = stagedAnnotatorOn(pool as unknown as TaskRunner, DEFAULT_ANNOTATE_OPTIONS, false);
    await expectBatches(pool, annotator, count, first, next);
  });
});

/**
 * Hands `count` documents to `annotator` at once and expects the batches `first` to leave for `pool`, then `next`
 * once the oldest is done; every document is answered in the end.
 */
async function expectBatches(
  pool: HeldPool,
  annotator: { annotate(document: ReturnType<typeof doc>): Promise<unknown> },
  count: number,
  first: number[],
  next: number[],
): Promise<void> {
  const answers = Array.from({ length: count }, (_, i) => annotator.annotate(doc(`doc-${i}`)));
  await settle();
  expect(pool.running.map((r) => r.task.items.length)).toEqual(first);
  pool.finishOldest();
  await settle();
  expect(pool.running.slice(first.length - 1).map((r) => r.task.items.length)).toEqual(next);
  while (pool.running.length > 0) {
    pool.finishOldest();
    await settle();
  }
  expect((await Promise.all(answers)).length).toBe(count);
}

/** A pool whose end the test holds: destroy() settles only when the test says (or fails, told so). */
class EndingPool extends HeldPool {
  destroyed = 0;
  private end: { resolve(): void; reject(error: Error): void } | null = null;

  override destroy(): Promise<void> {
    this.destroyed += 1;
    return new Promise((resolve, reject) => {
      this.end = { resolve, reject };
    });
  }

  ended(error?: Error): void {
    if (error === undefined) this.end?.resolve();
    else this.end?.reject(error);
  }
}

describe("PoolAnnotator.close (the workers end beside what follows the run: annotate's vote)", () => {
  it.each([
    ["the workers still ending", undefined],
    ["the workers failing to end", new Error("the worker thread stopped (exit code 1)")],
  ])("returns at once, %s, having asked them to end once", async (_, error) => {
    const pool = new EndingPool();
    const annotator = new PoolAnnotator(pool as unknown as Piscina, 1, DEFAULT_ANNOTATE_OPTIONS, false);
    let closed = false;
    const closing = annotator.close().then(() => {
      closed = true;
    });
    await settle();
    expect(closed).toBe(true);
    expect(pool.destroyed).toBe(1);
    pool.ended(error);
    await closing;
    await settle();
  });
});
