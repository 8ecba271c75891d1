/** The machine's state, printed at the top and the end of the bench so that its figures can be judged. */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { median, ROOT, timed } from "./measure.js";

export const loadAverage = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

/** The commit measured, with "+changes" when the worktree differs from it. */
function codeVersion(): string {
  const git = (...args: string[]): string =>
    spawnSync("git", ["-C", ROOT, ...args], { encoding: "utf8" }).stdout?.trim() ?? "";
  const head = git("rev-parse", "--short", "HEAD") || "unknown";
  return git("status", "--porcelain", "--untracked-files=no") ? `${head}+changes` : head;
}

/** How many CPUs were idle over a second (from the kernel's idle time, which, unlike the load average, does not lag). */
async function idleCpus(): Promise<number> {
  const idle = (): number => os.cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);
  const [before, start] = [idle(), performance.now()];
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return (idle() - before) / (performance.now() - start);
}

/**
 * What starting node costs on this machine (`node -e 0`, user+sys CPU, median of 3 runs): every row pays it once per
 * process, and section 5's short run feels it most. NODE_EXTRA_CA_CERTS, when set (a proxy's or a company's
 * certificates), makes every node process parse that file before any script runs, once per process (a worker thread
 * does not): on the session-21 machine (144 certificates) `node -e 0` took 0.05 s of CPU against 0.01 s without it,
 * and `annotate --jsonl --no-cache` of one Reuters document 0.20-0.22 s against 0.16-0.18 s (3 runs each). That cost is the
 * machine's setup, not corpus-cli's, and it is in both sides of section 5; a user's machine may not have it.
 */
function nodeStart(): string {
  const cpu = (env: NodeJS.ProcessEnv = {}): number =>
    median([0, 1, 2].map(() => timed(["-e", "0"], env).cpu));
  const now = `node start (node -e 0, CPU, median of 3): ${cpu().toFixed(2)} s`;
  if (!process.env.NODE_EXTRA_CA_CERTS) return now;
  // An empty value makes node skip the file (only a non-empty path is read).
  return `${now}; NODE_EXTRA_CA_CERTS is set, a file of certificates every node process parses at start: ${cpu({ NODE_EXTRA_CA_CERTS: "" }).toFixed(2)} s without it`;
}

export async function machineState(): Promise<string> {
  const cpus = os.cpus();
  const idle = await idleCpus();
  return [
    `date: ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
    `machine: ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ` +
      `node ${process.version}, ${os.platform()} ${os.release()}`,
    `code: ${codeVersion()}`,
    nodeStart(),
    `load average (1, 5, 15 min) at start: ${loadAverage()}; idle CPUs over the last second: ${idle.toFixed(1)}`,
  ].join("\n");
}
