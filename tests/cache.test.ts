import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { syntheticArticle, writeSyntheticCorpus } from "../scripts/bench/synthetic.js";
import { type CliResult, runCli } from "./helpers/cli.js";

/** Every test has its own cache folder: nothing here reads or writes the user's cache. */
let cacheDir: string;
let corpus: string;

function cli(...args: string[]): CliResult {
  return runCli(args, { env: { CORPUS_CLI_CACHE_DIR: cacheDir }, maxBuffer: 64 * 1024 * 1024 });
}

/** "corpus-cli: cache ...: 3 hit(s), 1 miss(es), 1 written" from --verbose. */
function cacheStats(stderr: string): { hits: number; misses: number; written: number } {
  const match = /(\d+) hit\(s\), (\d+) miss\(es\), (\d+) written/.exec(stderr);
  if (!match) throw new Error(`no cache line in: ${stderr}`);
  return { hits: Number(match[1]), misses: Number(match[2]), written: Number(match[3]) };
}

beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), "corpus-cli-cache-"));
  corpus = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-cached-")), 8, 3);
});

describe("result cache", () => {
  it("misses on the first run, hits on the second, and prints the same both times", () => {
    const cold = cli("annotate", corpus, "--jsonl", "-v");
    const warm = cli("annotate", corpus, "--jsonl", "-v");
    expect(cacheStats(cold.stderr)).toEqual({ hits: 0, misses: 8, written: 8 });
    expect(cacheStats(warm.stderr)).toEqual({ hits: 8, misses: 0, written: 0 });
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.stdout).toBe(cli("annotate", corpus, "--jsonl", "--no-cache").stdout);
  });

  it("re-annotates only a changed file, and shows its new content", () => {
    cli("annotate", corpus, "--jsonl");
    const changed = path.join(corpus, "article-0000.txt");
    writeFileSync(changed, syntheticArticle(999, 2));
    const run = cli("annotate", corpus, "--jsonl", "-v");
    expect(cacheStats(run.stderr)).toEqual({ hits: 7, misses: 1, written: 1 });
    expect(run.stdout).toBe(cli("annotate", corpus, "--jsonl", "--no-cache").stdout);
  });

  it("finds a moved file by its content, with its new id and path", () => {
    cli("annotate", corpus, "--jsonl");
    const copy = mkdtempSync(path.join(tmpdir(), "corpus-cli-copy-"));
    writeFileSync(path.join(copy, "renamed.txt"), syntheticArticle(1, 3));
    const run = cli("annotate", copy, "--jsonl", "-v");
    expect(cacheStats(run.stderr).hits).toBe(1);
    const record = JSON.parse(run.stdout);
    expect(record.id).toBe("renamed.txt");
    expect(record.path).toBe(path.join(copy, "renamed.txt"));
  });

  it("keys on the options that change results", () => {
    cli("annotate", corpus, "--jsonl");
    const other = cli("annotate", corpus, "--jsonl", "-v", "--summary-sentences", "1");
    expect(cacheStats(other.stderr).hits).toBe(0);
  });

  it("moves a corrupt cache file aside with a warning, never trusts it, and rebuilds it", () => {
    const expected = cli("annotate", corpus, "--jsonl", "--no-cache").stdout;
    writeFileSync(path.join(cacheDir, "annotations.sqlite"), "this is not a database ".repeat(500));
    const run = cli("annotate", corpus, "--jsonl", "-v");
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/cache file .* is corrupt .* moved to/);
    expect(run.stdout).toBe(expected);
    expect(readdirSync(cacheDir).some((f) => f.includes(".corrupt-"))).toBe(true);
    const again = cli("annotate", corpus, "--jsonl", "-v");
    expect(cacheStats(again.stderr).hits).toBe(8);
    expect(again.stderr).not.toContain("corrupt");
  });

  it("--no-cache neither reads nor writes the cache", () => {
    cli("annotate", corpus, "--jsonl", "--no-cache");
    expect(existsSync(path.join(cacheDir, "annotations.sqlite"))).toBe(false);
  });

  it("cache info counts the entries and cache clear removes them", () => {
    cli("stats", corpus, "--json");
    const info = JSON.parse(cli("cache", "info", "--json").stdout);
    expect(info).toMatchObject({ entries: 8, current: 8, variants: 1 });
    expect(info.file).toBe(path.join(cacheDir, "annotations.sqlite"));
    expect(cli("cache", "clear", "--stale").stdout).toBe("0 entries removed\n");
    expect(cli("cache", "clear").stdout).toBe("8 entries removed\n");
    expect(JSON.parse(cli("cache", "info", "--json").stdout).entries).toBe(0);
  });

  it("survives three runs writing at the same time", async () => {
    const { spawn } = await import("node:child_process");
    const { BIN } = await import("./helpers/cli.js");
    const big = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-concurrent-")), 40, 4);
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, "stats", big, "--json", "--jobs", "1"], {
          env: { ...process.env, CORPUS_CLI_CACHE_DIR: cacheDir },
          stdio: "ignore",
        });
        child.on("close", resolve);
      });
    expect(await Promise.all([run(), run(), run()])).toEqual([0, 0, 0]);
    const warm = runCli(["stats", big, "--json", "-v"], { env: { CORPUS_CLI_CACHE_DIR: cacheDir } });
    expect(cacheStats(warm.stderr)).toMatchObject({ hits: 40, misses: 0 });
    expect(warm.stderr).not.toContain("warning");
  });
});
