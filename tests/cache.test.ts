import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { syntheticArticle, writeSyntheticCorpus } from "../scripts/bench/synthetic.js";
import { contentHash } from "../src/cache/key.js";
import { ResultCache, type StoredRow } from "../src/cache/store.js";
import { FileIdentities } from "../src/corpus/identity.js";
import { makeDocument } from "../src/corpus/read.js";
import { annotateDocument } from "../src/pipeline/annotate.js";
import { pack, unpack } from "../src/pipeline/packed.js";
import type { Diagnostic } from "../src/types.js";
import { type CliResult, ONE_PIECE, runCliAsync } from "./helpers/cli.js";

/** Every test has its own cache folder: nothing here reads or writes the user's cache. */
let cacheDir: string;
let corpus: string;

/**
 * One piece (ONE_PIECE): the counts of files read and not read are the whole corpus's. Spawned without blocking
 * the test worker (runCliAsync): at a load of 23-28 one small run took 10-20 s, and a worker kept from its event
 * loop for over 60 s by spawnSync (five runs in a test here) cannot answer vitest's RPC, which fails the whole
 * run ("Timeout calling onTaskUpdate").
 */
function cli(...args: string[]): Promise<CliResult> {
  return runCliAsync(args, { env: { CORPUS_CLI_CACHE_DIR: cacheDir, ...ONE_PIECE } });
}

/** How many files a --verbose run found unchanged through the file index, without reading them. */
function unreadFiles(stderr: string): number {
  const match = /(\d+) unchanged file\(s\) not read/.exec(stderr);
  if (!match) throw new Error(`no cache line in: ${stderr}`);
  return Number(match[1]);
}

/**
 * The file index trusts only files last changed more than 2 s before they were read (see RACY_MS in
 * src/cache/store.ts); a test that wants it used waits that long after writing its files.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_100));

/**
 * The opposite: every file and folder under `dir` changed "in the future", so no run trusts the file index or keeps
 * a corpus-level result, however long a loaded machine takes to start it. A corpus left at "written moments ago"
 * settles once a run starts more than RACY_MS after beforeEach wrote it: seen at load 20 (a node start over 2 s),
 * where the warm run was served the whole corpus-level result and printed no per-document cache line.
 */
function unsettle(dir: string): void {
  const ahead = new Date(Date.now() + 3_600_000);
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" }))
    utimesSync(path.join(dir, name), ahead, ahead);
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
  it("misses on the first run, hits on the second, and prints the same both times", async () => {
    unsettle(corpus);
    const cold = await cli("annotate", corpus, "--jsonl", "-v");
    const warm = await cli("annotate", corpus, "--jsonl", "-v");
    expect(cacheStats(cold.stderr)).toEqual({ hits: 0, misses: 8, written: 8 });
    expect(cacheStats(warm.stderr)).toEqual({ hits: 8, misses: 0, written: 0 });
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.stdout).toBe((await cli("annotate", corpus, "--jsonl", "--no-cache")).stdout);
  });

  it("re-annotates only a changed file, and shows its new content", async () => {
    await cli("annotate", corpus, "--jsonl");
    const changed = path.join(corpus, "article-0000.txt");
    writeFileSync(changed, syntheticArticle(999, 2));
    const run = await cli("annotate", corpus, "--jsonl", "-v");
    expect(cacheStats(run.stderr)).toEqual({ hits: 7, misses: 1, written: 1 });
    expect(run.stdout).toBe((await cli("annotate", corpus, "--jsonl", "--no-cache")).stdout);
  });

  it("finds unchanged files by their identity without reading them, and prints the same", async () => {
    writeFileSync(
      path.join(corpus, "cp1252.txt"),
      Buffer.from("\x93We will win,\x94 said Ana Ruiz.\n", "latin1"),
    );
    await settle();
    // CSV: a format whose warm run goes through the file index (JSON's is the corpus-level result).
    const cold = await cli("annotate", corpus, "--csv", "-v");
    const warm = await cli("annotate", corpus, "--csv", "-v");
    expect(unreadFiles(cold.stderr)).toBe(0);
    expect(cacheStats(warm.stderr)).toEqual({ hits: 9, misses: 0, written: 0 });
    expect(unreadFiles(warm.stderr)).toBe(9);
    expect(warm.stdout).toBe(cold.stdout);
    // The warning reading gave is given again, though the file was not read.
    const decoded = (stderr: string) => stderr.split("\n").filter((l) => l.includes("Windows-1252"));
    expect(decoded(warm.stderr)).toEqual(decoded(cold.stderr));
    expect(decoded(warm.stderr)).toHaveLength(1);
  });

  it("re-reads a file rewritten with the same size and its old mtime put back", async () => {
    await settle();
    await cli("annotate", corpus, "--jsonl");
    const changed = path.join(corpus, "article-0000.txt");
    const before = statSync(changed);
    // Same length, different content (a name respelled); then the modification time set back.
    const text = readFileSync(changed, "utf8");
    const respelled = text.replace(
      /([A-Z])([a-z]+)/,
      (_, first: string, rest: string) => `${first}${rest.toUpperCase()}`,
    );
    expect(respelled).not.toBe(text);
    writeFileSync(changed, respelled);
    utimesSync(changed, before.atime, before.mtime);
    expect(statSync(changed).size).toBe(before.size);
    expect(Math.abs(statSync(changed).mtimeMs - before.mtimeMs)).toBeLessThan(1);
    const run = await cli("annotate", corpus, "--jsonl", "-v");
    expect(cacheStats(run.stderr).misses).toBe(1);
    expect(unreadFiles(run.stderr)).toBe(7);
    expect(run.stdout).toBe((await cli("annotate", corpus, "--jsonl", "--no-cache")).stdout);
  });

  it("does not trust the index for a file changed just before it was read (racy timestamps)", async () => {
    // Files whose last change the clock puts within RACY_MS of the read: a warm run reads and hashes them
    // (and still hits by content).
    unsettle(corpus);
    await cli("annotate", corpus, "--jsonl");
    const warm = await cli("annotate", corpus, "--jsonl", "-v");
    expect(cacheStats(warm.stderr).hits).toBe(8);
    expect(unreadFiles(warm.stderr)).toBe(0);
  });

  it("finds a moved file by its content, with its new id and path", async () => {
    await cli("annotate", corpus, "--jsonl");
    const copy = mkdtempSync(path.join(tmpdir(), "corpus-cli-copy-"));
    writeFileSync(path.join(copy, "renamed.txt"), syntheticArticle(1, 3));
    const run = await cli("annotate", copy, "--jsonl", "-v");
    expect(cacheStats(run.stderr).hits).toBe(1);
    const record = JSON.parse(run.stdout);
    expect(record.id).toBe("renamed.txt");
    expect(record.path).toBe(path.join(copy, "renamed.txt"));
  });

  it("keys on the options that change results", async () => {
    await cli("annotate", corpus, "--jsonl");
    const other = await cli("annotate", corpus, "--jsonl", "-v", "--summary-sentences", "1");
    expect(cacheStats(other.stderr).hits).toBe(0);
  });

  it("moves a corrupt cache file aside with a warning, never trusts it, and rebuilds it", async () => {
    const expected = (await cli("annotate", corpus, "--jsonl", "--no-cache")).stdout;
    writeFileSync(path.join(cacheDir, "annotations.sqlite"), "this is not a database ".repeat(500));
    const run = await cli("annotate", corpus, "--jsonl", "-v");
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/cache file .* is corrupt .* moved to/);
    expect(run.stdout).toBe(expected);
    expect(readdirSync(cacheDir).some((f) => f.includes(".corrupt-"))).toBe(true);
    const again = await cli("annotate", corpus, "--jsonl", "-v");
    // All from the rebuilt cache: per document or, once the files are 2 s old, the whole corpus-level result.
    expect(again.stderr).toMatch(
      /8 hit\(s\), 0 miss\(es\)|8 unchanged file\(s\): the result of the last run/,
    );
    expect(again.stdout).toBe(expected);
    expect(again.stderr).not.toContain("corrupt");
  });

  it("--no-cache neither reads nor writes the cache", async () => {
    await cli("annotate", corpus, "--jsonl", "--no-cache");
    expect(existsSync(path.join(cacheDir, "annotations.sqlite"))).toBe(false);
  });

  it("cache info counts the entries and cache clear removes them", async () => {
    // Files changed "just now" whatever the load (seen at load 30+: a corpus result kept).
    unsettle(corpus);
    await cli("stats", corpus, "--json");
    const info = JSON.parse((await cli("cache", "info", "--json")).stdout);
    expect(info).toMatchObject({ entries: 8, current: 8, variants: 1, files: 8 });
    // The corpus' files changed just now: their identities are not trusted yet, so no corpus result.
    expect(info.corpusResults).toBe(0);
    expect(info.file).toBe(path.join(cacheDir, "annotations.sqlite"));
    expect((await cli("cache", "clear", "--stale")).stdout).toBe("0 entries removed\n");
    expect((await cli("cache", "clear")).stdout).toBe("8 entries removed\n");
    expect(JSON.parse((await cli("cache", "info", "--json")).stdout)).toMatchObject({
      entries: 0,
      files: 0,
      corpusResults: 0,
    });
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
    // annotate: a corpus-level result (not kept for annotate) would answer stats without the documents.
    const warm = await runCliAsync(["annotate", big, "--jsonl", "-v"], {
      env: { CORPUS_CLI_CACHE_DIR: cacheDir },
    });
    expect(cacheStats(warm.stderr)).toMatchObject({ hits: 40, misses: 0 });
    expect(warm.stderr).not.toContain("warning");
  });
});

describe("file index (ResultCache.getByIdentity)", () => {
  const WINDOWS_1252: Diagnostic = {
    code: "windows-1252",
    message: "not valid UTF-8, decoded as Windows-1252",
  };
  const doc = makeDocument("a.txt", "/corpus/a.txt", "Ana Ruiz said \u201cyes\u201d.\n");
  const file = { id: "a.txt", path: "/corpus/a.txt" };
  const accept = (row: StoredRow) =>
    unpack(
      { chars: row.chars, annotation: row.annotation, diagnostics: row.diagnostics },
      { ...file, chars: null },
      row.words,
    );
  const longAgo = Date.now() - 60_000;
  const identity = { path: "/corpus/a.txt", size: 30, mtimeMs: longAgo, ctimeMs: longAgo, ino: 7 };

  function cacheWithEntry(changedAt = longAgo): ResultCache {
    const cache = ResultCache.open(cacheDir, "test-variant", (m) => {
      throw new Error(m);
    }) as ResultCache;
    const packed = pack(annotateDocument(doc), doc);
    if (!packed) throw new Error("not packable");
    const key = contentHash(doc);
    cache.put(key, packed);
    cache.noteFile({ ...identity, mtimeMs: changedAt, ctimeMs: changedAt }, key, [WINDOWS_1252]);
    cache.flush();
    return cache;
  }

  // Two files with one text, annotated in different write batches (a copy far from its original): the
  // second write of the result must not move it, or the first file's entry points at nothing and the next
  // run reads that file again (and misses annotate's corpus-level result).
  it("keeps a file's entry when the same content is written again for a copy, in a later batch", () => {
    const cache = cacheWithEntry();
    const packed = pack(annotateDocument(doc), doc);
    if (!packed) throw new Error("not packable");
    const copy = { ...identity, path: "/corpus/copy-of-a.txt", ino: 8 };
    cache.put(contentHash(doc), packed);
    cache.noteFile(copy, contentHash(doc), []);
    cache.flush();
    expect(cache.getByIdentity(identity, accept)?.result.annotation.id).toBe("a.txt");
    expect(cache.knownAnnotations(FileIdentities.from([identity, copy]), () => {})).toBe(true);
    cache.close();
  });

  it("finds a file whose path, size, times and inode are all unchanged, with its read diagnostics", () => {
    const cache = cacheWithEntry();
    const known = cache.getByIdentity(identity, accept);
    expect(known?.result.annotation.id).toBe("a.txt");
    expect(known?.diagnostics).toEqual([WINDOWS_1252]);
    cache.close();
  });

  it.each([
    ["size", { size: 31 }],
    ["mtime", { mtimeMs: longAgo + 1 }],
    ["ctime (a write with the mtime put back)", { ctimeMs: longAgo + 0.5 }],
    ["inode (replaced by another file)", { ino: 8 }],
    ["path", { path: "/corpus/b.txt" }],
  ])("does not find it when its %s differs", (_, change) => {
    const cache = cacheWithEntry();
    expect(cache.getByIdentity({ ...identity, ...change }, accept)).toBeUndefined();
    cache.close();
  });

  it("does not trust an entry for a file changed moments before it was read", () => {
    const now = Date.now();
    const cache = cacheWithEntry(now);
    expect(cache.getByIdentity({ ...identity, mtimeMs: now, ctimeMs: now }, accept)).toBeUndefined();
    cache.close();
  });
});
