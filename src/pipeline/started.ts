/**
 * How idle the machine's other cores have been since the process started, for the pool decision (a pool or two
 * stages only slow a run down when the other cores are busy: see pool-decision.ts). The snapshot is taken when
 * this module is first evaluated: cli/main.ts imports it before anything else. Taken when pool-decision.ts was
 * evaluated instead, it was 9-13 ms old at a --no-cache run's first document, under the 100 ms needed to tell,
 * so a busy machine was never seen (1,500 Reuters documents at load 16, three runs).
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";

const idleMs = (): number => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);

/** The CPU time of all of this process's threads, in ms. */
const processCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * This thread's own CPU time in ms, where the system tells it (Linux: the first field of
 * /proc/thread-self/schedstat, in ns); null elsewhere (Node 20 has no per-thread CPU call).
 */
function threadCpuMs(): number | null {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "latin1").split(" ")[0]) / 1e6;
  } catch {
    return null;
  }
}

/** What idleCoresSince reads: wall time, the CPUs' idle time, the process's CPU and this thread's (all ms). */
export interface CpuClock {
  wall: number;
  idle: number;
  process: number;
  /** null where this thread's own CPU cannot be read. */
  thread: number | null;
}

const clockNow = (): CpuClock => ({
  wall: performance.now(),
  idle: idleMs(),
  process: processCpuMs(),
  thread: threadCpuMs(),
});

/** A snapshot, never changed. */
const startedAt = clockNow();

/**
 * Whether the measure below can tell this process's other threads from other processes: then a worker started
 * before the measure is taken (two-stages.ts starts the two stages' worker early) does not make the machine
 * look busy.
 */
export const countsOwnThreads = (): boolean => startedAt.thread !== null;

/**
 * The shortest time over which idle cores are measured: the CPUs' idle times count in ticks of 10 ms (/proc/stat),
 * and a snapshot 9-13 ms old told nothing (see above).
 */
const WINDOW_MS = 100;

/**
 * Cores idle on average between two clock readings, not counting `waited` ms of this thread's own wait as idle.
 * The CPU this process's other threads took meanwhile (a worker started early, V8's helpers) counts as idle: it was
 * ours to take. Without this thread's own CPU (`thread` null), only the CPUs' idle time counts.
 */
export function idleCoresSince(start: CpuClock, now: CpuClock, waited: number): number {
  const ownOthers =
    start.thread === null || now.thread === null
      ? 0
      : Math.max(0, now.process - start.process - (now.thread - start.thread));
  return Math.max(0, now.idle - start.idle - waited + ownOthers) / (now.wall - start.wall);
}

/**
 * The shortest time a first glance at the idle cores looks over (idleCoresSoFar): two of the CPUs' 10 ms ticks.
 * A glance can only tell a busy machine (no tick idle) from a quiet one, not measure it.
 */
const GLANCE_MS = 20;

/**
 * Cores idle on average since the process started, without waiting: null while less than GLANCE_MS has passed.
 * This thread's own core is busy meanwhile (it is running), so a quiet two-core machine reads about 1.
 */
export function idleCoresSoFar(): number | null {
  const now = clockNow();
  return now.wall - startedAt.wall < GLANCE_MS ? null : idleCoresSince(startedAt, now, 0);
}

/**
 * Cores idle on average since the process started, waiting first for the rest of WINDOW_MS if less has passed; the
 * wait is not counted as idle (this thread's core would be, unless another process took it). A bundled run reaches
 * its first document sooner than that: at a load of 24 on two cores, 2 of 3 runs over 1,500 files decided with no
 * measure at all (then taken as idle) and ran in two stages (session 12).
 */
export async function idleCoresSinceStart(): Promise<number> {
  const wait = Math.max(0, WINDOW_MS - (performance.now() - startedAt.wall));
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return idleCoresSince(startedAt, clockNow(), wait);
}
