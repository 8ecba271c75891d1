import type { Piscina } from "piscina";
import { describe, expect, it } from "vitest";
import { DEFAULT_ANNOTATE_OPTIONS } from "../src/pipeline/annotate.js";
import { PoolAnnotator, TASKS_PER_WORKER } from "../src/pipeline/annotators.js";
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
      const ids = Array.from({ length: TASKS_PER_WORKER * jobs + 20 }, (_, i) => `doc-${i}`);
      const answers = ids.map((id) => annotator.annotate(doc(id)));
      await settle();
      // The first batches leave at once, one document each, until every worker has its batches.
      expect(pool.running.length).toBe(TASKS_PER_WORKER * jobs);
      expect(pool.running.every((r) => r.task.items.length === 1)).toBe(true);
      pool.finishOldest();
      await settle();
      expect(pool.running.at(-1)?.task.items.length).toBe(20);
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
