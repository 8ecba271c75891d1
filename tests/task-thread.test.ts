import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TaskThread } from "../src/pipeline/task-thread.js";
import { ROOT } from "./helpers/cli.js";

/** The compiled entry (npm run build): a worker cannot start from the TypeScript source. */
const ENTRY = path.join(ROOT, "dist/pipeline/task-thread-entry.js");
const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-task-thread-"));

/** A handler module whose default export is `body` (a function of the task). */
function handler(name: string, body: string): string {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, `export default ${body};\n`);
  return file;
}

const DOUBLE = handler("double", "(n) => n * 2");
const SLOW_FIRST = handler(
  "slow-first",
  'async (n) => { if (n === 1) await new Promise((r) => setTimeout(r, 50)); return "done " + n; }',
);
const REFUSES = handler(
  "refuses",
  '(word) => { if (word === "bad") throw new Error("refused " + word); return word; }',
);
const STOPS = handler("stops", '(word) => (word === "stop" ? process.exit(3) : word)');
const BROKEN = handler("broken", '(() => { throw new Error("no handler"); })()');

describe("TaskThread (the two stages' worker without piscina)", () => {
  it.each([
    ["a handler's result per task", DOUBLE, [1, 2, 3], ["ok 2", "ok 4", "ok 6"]],
    [
      "each answer to its own task, however long a task takes",
      SLOW_FIRST,
      [1, 2],
      ["ok done 1", "ok done 2"],
    ],
    [
      "a task whose handler throws rejected, the next answered",
      REFUSES,
      ["bad", "good"],
      ["error refused bad", "ok good"],
    ],
    [
      "the tasks pending when the thread stops rejected",
      STOPS,
      ["stop"],
      ["error the worker thread stopped (exit code 3)"],
    ],
    [
      "every task rejected when the handler's module fails to load",
      BROKEN,
      ["a", "b"],
      ["error no handler", "error no handler"],
    ],
  ])("%s", async (_name, file, tasks, expected) => {
    const thread = new TaskThread(file, ENTRY);
    const answers = await Promise.all(
      tasks.map((task) =>
        thread.run(task).then(
          (result) => `ok ${result}`,
          (error: Error) => `error ${error.message}`,
        ),
      ),
    );
    await thread.destroy();
    expect(answers).toEqual(expected);
  });
});

describe("TaskThread after its thread stopped", () => {
  it.each([
    ["its handler's module failed to load", BROKEN, "a", "no handler"],
    ["its handler exited", STOPS, "stop", "the worker thread stopped (exit code 3)"],
  ])("rejects a task sent after (%s) at once", async (_name, file, first, reason) => {
    const thread = new TaskThread(file, ENTRY);
    await expect(thread.run(first)).rejects.toThrow(reason);
    await expect(thread.run("later")).rejects.toThrow(reason);
    await thread.destroy();
  });
});

describe("TaskThread.ready (pool-decision.ts sets the run's V8 flags only then)", () => {
  it.each([
    ["settles before the first answer once the handler's module has loaded", DOUBLE, 1, true],
    ["never settles when the handler's module fails to load", BROKEN, "a", false],
  ])("%s", async (_name, file, task, expected) => {
    const thread = new TaskThread(file, ENTRY);
    let ready = false;
    thread.ready.then(() => {
      ready = true;
    });
    await thread.run(task).catch(() => {});
    await thread.destroy();
    expect(ready).toBe(expected);
  });
});
