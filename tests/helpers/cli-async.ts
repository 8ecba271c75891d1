import { execFile } from "node:child_process";
import { BIN, type CliResult, ROOT, TEST_CACHE_DIR } from "./cli.js";

/**
 * The built CLI, spawned like runCli but without blocking the test worker: a file of many spawns run
 * synchronously can starve vitest's worker of its event loop long enough on a busy machine for its RPC
 * to time out ("Timeout calling onTaskUpdate").
 */
export function runCliAsync(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: "", FORCE_COLOR: undefined, CORPUS_CLI_CACHE_DIR: TEST_CACHE_DIR },
      },
      (error, stdout, stderr) => {
        const code = error ? (error as { code?: number | string }).code : 0;
        resolve({ stdout, stderr, status: typeof code === "number" ? code : null });
      },
    ).stdin?.end();
  });
}
