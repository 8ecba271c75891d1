/**
 * The CPU milliseconds (user + system) of this test process while `run` runs, with its result. The linearity
 * guards compare CPU time, not wall time: vitest's forks pool runs each test file in its own process, and on a
 * loaded machine (seven jobs on two cores) 20,000 unbalanced quote marks took 34.8 s of wall time for 3.8 s of
 * CPU, so a wall-clock limit failed at random while the code stayed linear.
 */
export function withCpuMillis<T>(run: () => T): { result: T; cpuMillis: number } {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  return { result, cpuMillis: (used.user + used.system) / 1000 };
}

/** CPU a linearity guard allows its hostile input (linear code takes a few seconds of it; quadratic, minutes). */
export const LINEARITY_CPU_MS = 20_000;

/** Wall-clock room for a linearity guard on a loaded machine: the CPU limit is what the test asserts. */
export const LINEARITY_TIMEOUT_MS = 180_000;
