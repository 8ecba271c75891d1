import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Progress } from "../src/cli/progress.js";

/** A stand-in for stderr: records what a progress bar draws. */
function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = {
    isTTY,
    columns: 80,
    write: (text: string) => {
      written.push(text);
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
  };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

describe("progress bar", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ["a terminal, after a second", true, true, 1_500, true],
    ["a terminal, a run shorter than a second", true, true, 500, false],
    ["a pipe", false, true, 1_500, false],
    ["--quiet", true, false, 1_500, false],
  ])("on %s: drawn = %s", (_, isTTY, enabled, elapsed, drawn) => {
    const { stream, written } = fakeStream(isTTY as boolean);
    const progress = new Progress({ total: 10, enabled: enabled as boolean, stream });
    progress.tick();
    vi.advanceTimersByTime(elapsed as number);
    progress.tick();
    vi.advanceTimersByTime(200);
    const text = written.join("");
    progress.stop();
    expect(text.includes("documents")).toBe(drawn);
    if (drawn) expect(text).toContain("/10 documents");
  });
});
