import { describe, expect, it } from "vitest";
import { type CpuClock, idleCoresSince } from "../src/pipeline/started.js";

/*
 * The pool decision's idle measure (src/pipeline/started.ts) over invented clock readings: 100 ms of wall time on
 * two cores, this thread busy all along unless it waited.
 */
const at = (wall: number, idle: number, process: number, thread: number | null): CpuClock => ({
  wall,
  idle,
  process,
  thread,
});

describe("idle cores since a reading", () => {
  it.each([
    // the other core idle, nothing of ours on it
    { name: "other core idle", start: at(0, 0, 0, 0), now: at(100, 100, 100, 100), waited: 0, idle: 1 },
    // another process took the other core
    { name: "other core taken", start: at(0, 0, 0, 0), now: at(100, 0, 100, 100), waited: 0, idle: 0 },
    // our own worker took 80 ms of the other core: it was ours to take, so the core counts as idle
    { name: "our worker on it", start: at(0, 0, 0, 0), now: at(100, 20, 180, 100), waited: 0, idle: 1 },
    // the same without this thread's CPU: the worker's time looks like another process's
    { name: "no thread clock", start: at(0, 0, 0, null), now: at(100, 20, 180, null), waited: 0, idle: 0.2 },
    // this thread waited 40 ms of the 100: its own core's idle time then is not counted
    { name: "own wait", start: at(0, 0, 0, 0), now: at(100, 140, 60, 60), waited: 40, idle: 1 },
  ])("$name: $idle cores", ({ start, now, waited, idle }) => {
    expect(idleCoresSince(start, now, waited)).toBeCloseTo(idle, 5);
  });
});
