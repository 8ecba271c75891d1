import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliAsync, SEEDS } from "../helpers/cli.js";

/*
 * A corpus above the two-stage threshold (200 files): with --jobs 2 a worker thread extracts the mentions
 * and the main thread does the rest (pool-decision.ts); the output is the one thread's, byte for byte.
 */
const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-staged-"));
for (let i = 0; i < 220; i++)
  copyFileSync(
    path.join(SEEDS, "000_45a8fef921a77d2f.txt"),
    path.join(dir, `copy-${String(i).padStart(3, "0")}.txt`),
  );

describe("annotate in two stages", () => {
  it("--jobs 2 writes what --jobs 1 writes, and says it ran in two stages", async () => {
    const [one, two] = await Promise.all([
      runCliAsync(["annotate", "--jsonl", "--no-cache", "--jobs", "1", dir]),
      runCliAsync(["annotate", "--jsonl", "--no-cache", "--jobs", "2", "--verbose", dir]),
    ]);
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stderr).toContain("annotating in two stages");
    expect(two.stdout.split("\n").length).toBe(221);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);
});
