/**
 * One worker thread running a piscina-style handler module (its default export: task → result), without
 * piscina: what the two stages need (pool-decision.ts). Measured, the seed-free start of one worker that loads the
 * bundle's extract handler and answers one empty task (/proc/thread-self/schedstat of this thread; 4 alternated
 * runs each, load 6-9): piscina took 27-41 ms of this thread's CPU (importing it 17-29 ms) and 312-523 ms to the
 * first answer, process CPU 255-337 ms; this class 7-8 ms, 153-302 ms, 202-243 ms. Tasks are answered in the order
 * they were sent; the worker takes the next from its own port as soon as it is done, as piscina's does with
 * TASKS_PER_WORKER (annotators.ts).
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { TaskRunner } from "./annotators.js";
import type { TaskAnswer } from "./task-thread-entry.js";

/** The worker's entry, a compiled module beside this one (in the bundle too: it is not bundled). */
const ENTRY = fileURLToPath(new URL("./task-thread-entry.js", import.meta.url));

interface Pending {
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

export class TaskThread implements TaskRunner {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Why the thread stopped (its module failed to load, it exited): a task sent after that fails at once. */
  private stopped: unknown = null;
  private markReady: () => void = () => {};
  /** Settled once the thread has loaded its handler's module; never if that fails. */
  readonly ready = new Promise<void>((resolve) => {
    this.markReady = resolve;
  });

  /**
   * Starts the thread now; `handlerFile`: the module whose default export answers each task; `entry`: the
   * worker's entry (the tests name the compiled one: the sources' is TypeScript).
   */
  constructor(handlerFile: string, entry = ENTRY) {
    this.worker = new Worker(entry, { workerData: handlerFile });
    this.worker.on("message", (answer: TaskAnswer) => this.settle(answer));
    this.worker.on("error", (error) => this.failAll(error));
    this.worker.on("exit", (code) =>
      this.failAll(new Error(`the worker thread stopped (exit code ${code})`)),
    );
    // Idle, the thread does not keep the process alive (a run that stops early, an early worker left unused).
    this.worker.unref();
  }

  run(task: unknown): Promise<unknown> {
    if (this.stopped !== null) return Promise.reject(this.stopped);
    const id = this.nextId++;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, task });
    });
  }

  async destroy(): Promise<void> {
    await this.worker.terminate();
  }

  private settle(answer: TaskAnswer): void {
    if ("ready" in answer) {
      this.markReady();
      return;
    }
    const waiting = this.pending.get(answer.id);
    if (waiting === undefined) return;
    this.pending.delete(answer.id);
    if (this.pending.size === 0) this.worker.unref();
    if ("error" in answer) waiting.reject(new Error(answer.error));
    else waiting.resolve(answer.result);
  }

  private failAll(error: unknown): void {
    this.stopped ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
