/**
 * What the bundle exports (scripts/bundle-cli.ts bundles this module): the CLI's `main`, and the pool's two
 * worker handlers, each loaded on its first call, so that a worker evaluates only its own half of the
 * pipeline's modules (the bundle's modules are evaluated when first imported).
 */
export { main } from "./main.js";

export const workerHandlers = {
  annotate: async () => (await import("../pipeline/worker.js")).default,
  extract: async () => (await import("../pipeline/extract-worker.js")).default,
};

export type WorkerHandlerName = keyof typeof workerHandlers;
