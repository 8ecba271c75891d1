/** The machine's state, printed at the top and the end of the bench so that its figures can be judged. */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { ROOT } from "./measure.js";

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

export async function machineState(): Promise<string> {
  const cpus = os.cpus();
  const idle = await idleCpus();
  return [
    `date: ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
    `machine: ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ` +
      `node ${process.version}, ${os.platform()} ${os.release()}`,
    `code: ${codeVersion()}`,
    `load average (1, 5, 15 min) at start: ${loadAverage()}; idle CPUs over the last second: ${idle.toFixed(1)}`,
  ].join("\n");
}
