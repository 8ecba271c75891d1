/**
 * What the bundle exports (scripts/bundle-cli.ts bundles this module): the CLI's `main`, and the pool's two
 * worker handlers, each loaded on its first call, so that a worker evaluates only its own half of the
 * pipeline's modules (the bundle's modules are evaluated when first imported). `main` is loaded on its call
 * too: a worker loads the same bundle, and evaluating the CLI's own modules (commander, chalk, the printer) at
 * the bundle's start took 10-19 ms of each worker's CPU before its first batch, 3-6 ms without them (the
 * bundle run in a fresh process, /proc/thread-self/schedstat, 3 and 4 runs).
 */
// First, as in main.ts: the pool decision measures how idle the machine has been from here on.
import "../pipeline/started.js";
import type { StatedFiles } from "../cache/code-memo.js";

export async function main(argv: readonly string[], stated?: StatedFiles): Promise<void> {
  return (await import("./main.js")).main(argv, stated);
}

export const workerHandlers = {
  annotate: async () => (await import("../pipeline/worker.js")).default,
  extract: async () => {
    const stage = await import("../pipeline/extract-worker.js");
    stage.loadModels();
    return stage.default;
  },
};

export type WorkerHandlerName = keyof typeof workerHandlers;
