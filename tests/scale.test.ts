import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { syntheticArticle, writeSyntheticCorpus } from "../scripts/bench/synthetic.js";
import { compareIds } from "../src/merge/plain.js";
import { orderedMap } from "../src/pipeline/ordered-map.js";
import { type CliResult, ONE_PIECE, runCliAsync } from "./helpers/cli.js";

/**
 * A run of the binary that does not block the test worker (runCliAsync, which keeps all its output): two or three
 * runs over 2.4 MB take 30-35 s at a load of 15-20, and a worker blocked by spawnSync for over 60 s cannot answer
 * vitest's RPC, which then fails the whole run ("Timeout calling onTaskUpdate", forced with one test blocking 65 s).
 */
function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return runCliAsync(args, { env });
}

describe("orderedMap (the reorder buffer)", () => {
  it.each([1, 3, 16])("yields results in input order with at most %i pending", async (limit) => {
    let pending = 0;
    let most = 0;
    const delays = Array.from({ length: 40 }, (_, i) => (i * 7) % 5);
    const out: number[] = [];
    const task = async (delay: number, index: number) => {
      pending += 1;
      most = Math.max(most, pending);
      await new Promise((resolve) => setTimeout(resolve, delay));
      pending -= 1;
      return index;
    };
    for await (const index of orderedMap(delays, limit, task)) out.push(index);
    expect(out).toEqual(delays.map((_, i) => i));
    expect(most).toBeLessThanOrEqual(limit);
  });

  it("yields the first results while later documents are still being worked on", async () => {
    let release: () => void = () => {};
    const blocked = new Promise<void>((resolve) => {
      release = resolve;
    });
    const started: number[] = [];
    const items = Array.from({ length: 20 }, (_, i) => i);
    const results = orderedMap(items, 4, async (i) => {
      started.push(i);
      if (i === 6) await blocked;
      return i;
    });
    const first: number[] = [];
    for (let i = 0; i < 6; i++) first.push((await results.next()).value as number);
    // Six results are out while document 6 is stuck, and nothing beyond the window (4) was started.
    expect(first).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Math.max(...started)).toBeLessThanOrEqual(9);
    release();
    const rest: number[] = [];
    for await (const n of results) rest.push(n);
    expect(rest).toEqual(items.slice(6));
  });

  it("reports a failed task when its turn comes, after the results before it", async () => {
    const out: number[] = [];
    const run = async () => {
      for await (const n of orderedMap([1, 2, 3], 3, async (n) => {
        if (n === 2) throw new Error("bad document");
        return n;
      }))
        out.push(n);
    };
    await expect(run()).rejects.toThrow("bad document");
    expect(out).toEqual([1]);
  });
});

// Each test spawns the binary twice over 2.4 MB: ~5 s on an idle machine, but 30-35 s (vitest's default limit) at a load
// of 15-20 (measured in sessions 7 and 8), when the test failed by its clock alone. Nothing here is timed. Spawned
// without blocking, a run past the limit is cut short and its runs go on beside the next test's: at a load of 25-30,
// with merge.test's runs beside them, two runs over 2.4 MB passed 180 s (10 tests of 19; those that passed took 8-127 s).
describe("worker pool (built binary)", { timeout: 600_000 }, () => {
  let corpus: string;
  beforeAll(() => {
    // Big enough (≈ 2.4 MB over 120 files in nested folders) that --jobs 3 starts a pool (over 2 MB); --jobs 2
    // runs in two stages (a worker extracting mentions, the main thread the rest) at any size (pool-decision.ts).
    corpus = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-scale-")), 120, 68);
  });

  const TWO_STAGES = "annotating in two stages";
  const POOL_OF_3 = "annotating with 3 worker threads";
  it.each([
    ["annotate", "--jsonl", "2", TWO_STAGES],
    ["stats", "--json", "2", TWO_STAGES],
    ["entities", "--json", "2", TWO_STAGES],
    ["quotes", "--jsonl", "2", TWO_STAGES],
    ["summary", "--json", "2", TWO_STAGES],
    ["annotate", "--jsonl", "3", POOL_OF_3],
    ["summary", "--json", "3", POOL_OF_3],
  ])("%s %s prints the same with --jobs %s as with --jobs 1", async (command, format, jobs, says) => {
    const one = await runCli([command, corpus, format, "--no-cache", "--jobs", "1"]);
    const pool = await runCli([command, corpus, format, "--no-cache", "--jobs", jobs, "--verbose"]);
    expect(one.status).toBe(0);
    expect(pool.status).toBe(0);
    expect(pool.stderr).toContain(says);
    expect(pool.stdout).toBe(one.stdout);
  });

  it("keeps the folder-walk order of the documents", async () => {
    const out = await runCli(["annotate", corpus, "--jsonl", "--no-cache", "--jobs", "2"]);
    const ids = out.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).id as string);
    expect(ids).toHaveLength(120);
    expect(ids[0]).toBe("a/article-0001.txt");
    expect(ids.at(-1)).toBe("c/article-0119.txt");
    // A folder's own files, then its subfolders in name order: a/*.txt, a/b/*.txt, then ./*.txt, then c/.
    expect(ids.indexOf("a/b/article-0002.txt")).toBe(30);
    expect(ids.indexOf("article-0000.txt")).toBe(60);
    expect([...ids].sort(compareIds)).toEqual(ids);
  });

  it.each([
    ["2", TWO_STAGES],
    ["3", POOL_OF_3],
  ])(
    "says what was wrong with files the workers read (--jobs %s), as one thread does",
    async (jobs, says) => {
      const dir = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-broken-")), 120, 68);
      writeFileSync(path.join(dir, "a", "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
      writeFileSync(
        path.join(dir, "a", "latin.txt"),
        Buffer.from("Jos\xe9 Garc\xeda lives in Madrid.\n", "latin1"),
      );
      writeFileSync(path.join(dir, "b-empty.txt"), "");
      const args = ["annotate", dir, "--jsonl", "--no-cache", "--verbose"];
      const one = await runCli([...args, "--jobs", "1"]);
      const pool = await runCli([...args, "--jobs", jobs]);
      expect(pool.stderr).toContain(says);
      const warnings = (stderr: string) => stderr.split("\n").filter((line) => line.includes("warning:"));
      expect(warnings(one.stderr).join("\n")).toMatch(/binary\.txt.*skipped[\s\S]*latin\.txt.*Windows-1252/);
      expect(warnings(pool.stderr)).toEqual(warnings(one.stderr));
      expect(pool.stderr.trim().split("\n").at(-1)).toBe(one.stderr.trim().split("\n").at(-1));
      expect(pool.stdout).toBe(one.stdout);
    },
  );

  it("annotates a small corpus in one thread, without a pool", async () => {
    const small = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-small-")), 5, 2);
    const out = await runCli(["annotate", small, "--jsonl", "--no-cache", "--jobs", "2", "--verbose"]);
    expect(out.status).toBe(0);
    expect(out.stderr).toContain("annotating in one thread");
    expect(out.stdout.trim().split("\n")).toHaveLength(5);
  });

  it("annotates a few new files of a cached corpus in one thread, though the corpus is big", async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), "corpus-cli-scale-cache-"));
    // One piece: the daily run reads the whole corpus, and the cache's estimate of new work decides (cut in
    // pieces, it reads only the new files' piece: see the next test).
    const env = { CORPUS_CLI_CACHE_DIR: cacheDir, ...ONE_PIECE };
    // The file index trusts a file only 2 s after it last changed (racy timestamps): let the corpus settle.
    const settle = () => new Promise((resolve) => setTimeout(resolve, 2_100));
    await settle();
    const cold = await runCli(["annotate", corpus, "--jsonl", "--jobs", "2", "--verbose"], env);
    expect(cold.stderr).toContain(TWO_STAGES);
    // New files first in the walk order, so that the whole corpus is still ahead at the first miss.
    const added = [path.join(corpus, "a", "0-new-1.txt"), path.join(corpus, "a", "0-new-2.txt")];
    added.forEach((file, i) => {
      writeFileSync(file, syntheticArticle(901 + i, 6));
    });
    try {
      const daily = await runCli(["annotate", corpus, "--jsonl", "--jobs", "2", "--verbose"], env);
      expect(daily.status).toBe(0);
      expect(daily.stderr).toMatch(
        /about \d+ of 122 file\(s\) left are not in the cache: annotating in one thread/,
      );
      expect(daily.stderr).not.toContain("worker threads");
      expect(daily.stderr).toContain("120 unchanged file(s) not read");
      expect(daily.stdout.trim().split("\n")).toHaveLength(122);
    } finally {
      for (const file of added) rmSync(file);
    }
  });

  it("annotates only the pieces with new files of a cached corpus cut in pieces, in one thread", async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), "corpus-cli-scale-pieces-"));
    // About 8 files a piece: the new files' pieces hold a few of the 122 files.
    const env = { CORPUS_CLI_CACHE_DIR: cacheDir, CORPUS_CLI_PIECE_FILES: "8" };
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    // --verbose in both runs: it is in the pieces' key (it lists the quotation-mark problems a run only counts).
    await runCli(["annotate", corpus, "--jsonl", "--jobs", "2", "--verbose"], env);
    const added = [path.join(corpus, "a", "0-new-1.txt"), path.join(corpus, "c", "0-new-2.txt")];
    added.forEach((file, i) => {
      writeFileSync(file, syntheticArticle(911 + i, 6));
    });
    try {
      const daily = await runCli(["annotate", corpus, "--jsonl", "--jobs", "2", "--verbose"], env);
      expect(daily.status).toBe(0);
      expect(daily.stderr).toContain("annotating in one thread");
      expect(daily.stderr).not.toContain("worker threads");
      const read = Number(/(\d+) document\(s\) read/.exec(daily.stderr)?.[1]);
      expect(read).toBeGreaterThanOrEqual(2);
      expect(read).toBeLessThan(122);
      const uncached = await runCli(["annotate", corpus, "--jsonl", "--no-cache", "--jobs", "1"]);
      expect(daily.stdout).toBe(uncached.stdout);
    } finally {
      for (const file of added) rmSync(file);
    }
  });

  it("rejects a bad --jobs and a bad --shard with exit code 2", async () => {
    expect((await runCli(["stats", corpus, "--jobs", "two"])).status).toBe(2);
    const shard = await runCli(["stats", corpus, "--shard", "5/4"]);
    expect(shard.status).toBe(2);
    expect(shard.stderr).toContain("between 1 and 4");
  });
});
