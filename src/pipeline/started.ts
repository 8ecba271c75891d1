/**
 * How idle the machine's other cores have been since the process started, for the pool decision (a pool or two
 * stages only slow a run down when the other cores are busy: see pool-decision.ts). The snapshot is taken when
 * this module is first evaluated: cli/main.ts imports it before anything else. Taken when pool-decision.ts was
 * evaluated instead, it was 9-13 ms old at a --no-cache run's first document, under the 100 ms needed to tell,
 * so a busy machine was never seen (1,500 Reuters documents at load 16, three runs).
 */
import { cpus } from "node:os";

const idleMs = (): number => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);

/** A snapshot, never changed. */
const startedAt = { wall: performance.now(), idle: idleMs() };

/**
 * The shortest time over which idle cores are measured: the CPUs' idle times count in ticks of 10 ms (/proc/stat),
 * and a snapshot 9-13 ms old told nothing (see above).
 */
const WINDOW_MS = 100;

/**
 * Cores idle on average since the process started, waiting first for the rest of WINDOW_MS if less has passed; the
 * wait is not counted as idle (this thread's core would be, unless another process took it). A bundled run reaches
 * its first document sooner than that: at a load of 24 on two cores, 2 of 3 runs over 1,500 files decided with no
 * measure at all (then taken as idle) and ran in two stages (session 12).
 */
export async function idleCoresSinceStart(): Promise<number> {
  const wait = Math.max(0, WINDOW_MS - (performance.now() - startedAt.wall));
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const elapsed = performance.now() - startedAt.wall;
  return Math.max(0, idleMs() - startedAt.idle - wait) / elapsed;
}
