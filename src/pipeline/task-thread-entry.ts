/**
 * The entry of a TaskThread's worker (task-thread.ts): loads the handler module named by workerData (its
 * default export, awaited: the bundle's entries load the bundle and the models first) and answers each task
 * posted to it, in order.
 */

import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";

/**
 * What the worker posts back for the task of that id; `ready` once, when its handler's module has loaded (for the
 * bundle's entries: the bundle, its code cache and the models).
 */
export type TaskAnswer = { id: number; result: unknown } | { id: number; error: string } | { ready: true };

type Handler = (task: unknown) => unknown;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function serve(handlerFile: string): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  const handler: Handler = (await import(pathToFileURL(handlerFile).href)).default;
  port.postMessage({ ready: true } satisfies TaskAnswer);
  port.on("message", async ({ id, task }: { id: number; task: unknown }) => {
    let answer: TaskAnswer;
    try {
      answer = { id, result: await handler(task) };
    } catch (error) {
      answer = { id, error: messageOf(error) };
    }
    port.postMessage(answer);
  });
}

await serve(workerData as string);
