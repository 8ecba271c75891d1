/** Timing a child process from outside: wall, CPU and peak memory as the kernel counts them (GNU time). */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(ROOT, "bin/corpus-cli.js");
const TIME = "/usr/bin/time";

export interface Timing {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds, user + system, of the child and all its threads (worker threads included). */
  cpu: number;
  /** Peak resident set of the child, in MB (worker threads share it: one process). */
  rssMb: number;
}

export function requireTime(): void {
  if (!existsSync(TIME)) {
    console.error(`bench: ${TIME} not found (apt-get install time): it measures CPU seconds and peak RSS`);
    process.exit(2);
  }
}

/**
 * Runs `node args...` under GNU time with stdout to /dev/null (stdio "ignore"), so that neither a pipe's
 * back-pressure nor this process's reading is timed; stderr is kept for the error message.
 */
export function timed(args: string[], env: NodeJS.ProcessEnv = {}): Timing {
  const out = path.join(tmpdir(), `corpus-cli-bench-time-${process.pid}`);
  const result = spawnSync(TIME, ["-f", "%e %U %S %M", "-o", out, process.execPath, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`node ${args.join(" ")} exited ${result.status}: ${String(result.stderr).slice(-2000)}`);
  }
  // GNU time may write a "Command exited with non-zero status" line first: the figures are on the last line.
  const last = readFileSync(out, "utf8").trim().split("\n").pop() ?? "";
  rmSync(out, { force: true });
  const [wall, user, sys, kb] = last.split(/\s+/).map(Number);
  if ([wall, user, sys, kb].some((x) => x === undefined || Number.isNaN(x))) {
    throw new Error(`unexpected output of ${TIME}: ${last}`);
  }
  return { wall: wall as number, cpu: (user as number) + (sys as number), rssMb: (kb as number) / 1024 };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export const secs = (x: number): string => `${x.toFixed(2)} s`;
export const runs = (xs: number[]): string => xs.map((x) => x.toFixed(2)).join(" ");
export const mark = (pass: boolean): string => (pass ? "pass" : "FAIL");
export const thousands = (x: number): string => Math.round(x).toLocaleString("en");

/** One row of the closing summary: the measure, our figure, its target and whether it is met. */
export interface SummaryRow {
  measure: string;
  figure: string;
  target: string;
  /** null: reported, no target. */
  pass: boolean | null;
}
