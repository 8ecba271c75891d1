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

/** Cores idle on average since the process started; null if too little time has passed to tell. */
export function idleCoresSinceStart(): number | null {
  const elapsed = performance.now() - startedAt.wall;
  return elapsed < 100 ? null : (idleMs() - startedAt.idle) / elapsed;
}
