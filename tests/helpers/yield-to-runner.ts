import { afterEach } from "vitest";

/*
 * The end-to-end tests spawn the CLI with spawnSync, which blocks this worker's event loop, and a file of
 * such tests never gives it a turn between tests: vitest's runner moves on in microtasks. The worker then
 * cannot read the main process's answers to its progress reports, and on a loaded machine a file taking more
 * than 60 s in total fails the whole run with "[vitest-worker]: Timeout calling onTaskUpdate", though every
 * test passed (seen with tests/merge.test.ts: 80 s). One turn of the event loop after each test bounds the
 * blocked stretch by the longest single test. (Checked: a file of eight 10 s spawnSync tests fails the
 * run without this, passes with it.)
 */
afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
