import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Annotation } from "../../src/types.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(ROOT, "bin/corpus-cli.js");
export const SEEDS = path.join(ROOT, "seeds");

/**
 * The cache every spawned CLI uses unless a test sets its own: a fresh folder per test file, so that no
 * test reads or fills the user's real cache, and no test's output depends on what an earlier run cached.
 */
export const TEST_CACHE_DIR = mkdtempSync(path.join(tmpdir(), "corpus-cli-test-cache-"));

/**
 * An environment that cuts a corpus in one piece (src/cli/pieces.ts: a piece ends at a path whose 32-bit hash is
 * 0 modulo CORPUS_CLI_PIECE_FILES, so with 2^32 only at a hash of exactly 0). A piece's boundary falls where the
 * paths' hashes say, and a test's corpus lies in a random temporary folder: at the default 512 files a piece, a
 * boundary among 122 paths came up in about one run in five (1 - (511/512)^121 = 21%), and a grown corpus's run
 * then read only the pieces with new files. A test that counts what a run reads or decides sets this.
 */
export const ONE_PIECE = { CORPUS_CLI_PIECE_FILES: String(2 ** 32) } as const;

/**
 * How long one spawned run may take before it is killed (its status then null). A spawnSync blocks the test
 * worker, so vitest's own limit cannot stop it: this is the only bound on a hung run. Two runs over 2.4 MB took
 * 30-35 s at a load of 15-20 (scale.test): at 60 s, a little more load would kill a run that was working.
 */
export const SPAWN_TIMEOUT_MS = 180_000;

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * What a spawned CLI must not inherit from the shell or the CI runner that started the tests (undefined leaves a
 * variable out of the child's environment): FORCE_COLOR would colour output that is not a terminal; $COLUMNS sets
 * the width of tables and prose, and is part of a corpus-level result's key (with COLUMNS=40 exported,
 * corpus-results.test's "keys on the options and the output's width" failed: its run at 40 columns was served the
 * stored result). The locale is pinned: names are sorted by the default locale's collation (text/collate.ts),
 * which puts "Ärzte" after "Zoe" under sv_SE.UTF-8 and before it under C.UTF-8 or en_US.UTF-8, the order of the
 * golden files. A test that wants one of these sets it in its own variables.
 */
const UNINHERITED: NodeJS.ProcessEnv = {
  NO_COLOR: "",
  FORCE_COLOR: undefined,
  COLUMNS: undefined,
  LC_ALL: "C.UTF-8",
};

/** The environment of a spawned CLI: the inherited one, UNINHERITED, the test cache, then the test's own variables. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...UNINHERITED,
    CORPUS_CLI_CACHE_DIR: TEST_CACHE_DIR,
    ...extra,
  };
}

/** Spawns the built binary the way a user would (no TTY, so no colour). */
export function runCli(
  args: readonly string[],
  options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv; maxBuffer?: number } = {},
): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: cliEnv(options.env),
    timeout: SPAWN_TIMEOUT_MS,
    ...(options.maxBuffer ? { maxBuffer: options.maxBuffer } : {}),
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

export function runShell(command: string, cwd = ROOT): CliResult {
  const result = spawnSync("bash", ["-c", command], {
    cwd,
    encoding: "utf8",
    timeout: SPAWN_TIMEOUT_MS,
    env: cliEnv(),
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/**
 * runCli without blocking the test worker: a file of many synchronous spawns can starve vitest's worker of
 * its event loop long enough on a busy machine for its RPC to time out ("Timeout calling onTaskUpdate").
 */
export function runCliAsync(
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cliEnv(options.env) });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    // The same bound as runCli's: vitest's test limit fails the test but leaves its child running, and a hung
    // CLI would then hold a core for the rest of the suite.
    const timer = setTimeout(() => child.kill("SIGKILL"), SPAWN_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, status });
    });
    child.stdin.end(options.input ?? "");
  });
}

/** annotate's records from its stdout, whether printed as JSON Lines (`--jsonl`) or as one JSON array (`--json`). */
export function annotationsOf(stdout: string, format: string): Annotation[] {
  return (
    format === "--json"
      ? JSON.parse(stdout)
      : stdout
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l))
  ) as Annotation[];
}
