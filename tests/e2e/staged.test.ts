import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliAsync, SEEDS } from "../helpers/cli.js";

/*
 * A corpus above the two-stage threshold (200 files) and below the pool's (2 MB): with --jobs 2 given, a worker
 * thread extracts the mentions and the main thread does the rest (pool-decision.ts); the output is the one
 * thread's, byte for byte.
 */
const SAMPLE = path.join(SEEDS, "000_45a8fef921a77d2f.txt");
const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-staged-"));
for (let i = 0; i < 220; i++) copyFileSync(SAMPLE, path.join(dir, `copy-${String(i).padStart(3, "0")}.txt`));
/** When the copies were written: the file index trusts them RACY_MS (2 s) later (see the cached test below). */
const written = Date.now();

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
  });

  it("without --jobs, a corpus below the pool's size runs in two stages if the other core was idle, else in one thread", async () => {
    // The default --jobs: two stages halve this thread's CPU but cost more in all (pool-decision.ts), so they run
    // only when the machine's other core was idle: which one this test machine gets depends on its load.
    const [one, run] = await Promise.all([
      runCliAsync(["annotate", "--jsonl", "--no-cache", "--jobs", "1", dir]),
      runCliAsync(["annotate", "--jsonl", "--no-cache", "--verbose", dir]),
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/annotating in two stages|busy machine .*: annotating in one thread/);
    expect(run.stdout).toBe(one.stdout);
  });

  it("a cached corpus with a few new files is annotated in one thread", async () => {
    // Settled explicitly: the daily run's estimate of the files the cache does not hold trusts only files changed
    // RACY_MS before the cold run read them. That held only because the two tests before this one take over 2 s:
    // run alone (-t) with the copies changed "just now" (forced by dating them an hour ahead), every file looked
    // new and the daily run chose two stages.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, written + 2_100 - Date.now())));
    const env = { CORPUS_CLI_CACHE_DIR: mkdtempSync(path.join(tmpdir(), "corpus-cli-staged-cache-")) };
    const args = ["annotate", "--jsonl", "--jobs", "2", "--verbose", dir];
    const cold = await runCliAsync(args, { env });
    expect(cold.stderr).toContain("annotating in two stages");
    // First in the walk order, so that the whole corpus is still ahead at the first miss.
    const added = [path.join(dir, "0-new-1.txt"), path.join(dir, "0-new-2.txt")];
    added.forEach((file, i) => {
      writeFileSync(
        file,
        `${readFileSync(SAMPLE, "utf8")}\nUpdate ${i + 1}: Mayor Ana Ruiz said more later.\n`,
      );
    });
    try {
      const daily = await runCliAsync(args, { env });
      expect(daily.status, daily.stderr).toBe(0);
      expect(daily.stderr).toContain("annotating in one thread");
      expect(daily.stdout.trim().split("\n")).toHaveLength(222);
      expect(daily.stderr).not.toContain("two stages");
    } finally {
      for (const file of added) rmSync(file);
    }
  });
});
