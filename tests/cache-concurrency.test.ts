import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli.js";

/*
 * Several runs share one cache. Every write must wait for the others (the busy timeout) rather than fail
 * with "database is locked": runs that found all results cached and only renew file-index entries used to
 * begin their transaction with a read, and SQLite fails such a transaction's first write at once, without
 * waiting, when another run committed in between (the cause of a warning that came and went under load).
 * Each process below starts at the same moment and writes 100 small batches, as such runs do.
 */
const STORE = pathToFileURL(path.join(ROOT, "dist/cache/store.js")).href;
const DATABASE = pathToFileURL(path.join(ROOT, "dist/cache/database.js")).href;

/**
 * Holds the write lock of a new cache file, still in SQLite's default (rollback) journal mode, until a line
 * comes on its input: what a run does while it switches a new file to WAL. Prints "held" once it has it.
 */
const HOLDER = `
const { default: Database } = await import("better-sqlite3");
const db = new Database(process.argv[1]);
db.exec("CREATE TABLE t (x)");
db.exec("BEGIN IMMEDIATE");
process.stdout.write("held\\n");
process.stdin.once("data", () => { db.exec("COMMIT"); db.close(); process.exit(0); });
`;

/** Opens the cache file with openDatabase in a process of its own, and prints its journal mode. */
const OPENER = `
const { openDatabase } = await import(process.argv[1]);
process.stderr.write("opening\\n");
const db = openDatabase(process.argv[2]);
process.stdout.write(db.pragma("journal_mode", { simple: true }) + "\\n");
db.close();
`;

function node(
  code: string,
  args: string[],
  onOpening: () => void,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", code, ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      if (stderr.startsWith("opening\n")) {
        stderr = stderr.slice("opening\n".length);
        onOpening();
      }
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** A child process holding a new file's write lock (HOLDER), resolved once it holds it. */
function holdLock(file: string): Promise<{ release(): void; closed: Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", HOLDER, file], { cwd: ROOT });
    const closed = new Promise<number | null>((done) => child.on("close", done));
    const release = () => child.stdin.end("release\n");
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      if (chunk.includes("held")) resolve({ release, closed });
    });
    child.on("error", reject);
    child.on("close", (status) => reject(new Error(`the lock holder exited ${status} before holding`)));
  });
}

const WRITER = `
const { ResultCache } = await import(process.argv[1]);
const [dir, startAt, round] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const cache = ResultCache.open(dir, "v", (m) => process.stderr.write(m + "\\n"));
if (round === "fill") cache.put("k", { chars: 1, annotation: "{}", diagnostics: "[]", words: "[]" });
while (Date.now() < startAt) {}
for (let r = 0; round !== "fill" && r < 100; r++) {
  for (let i = 0; i < 10; i++) cache.noteFile({ path: "/f" + i, size: 1, mtimeMs: 1, ctimeMs: 1, ino: r }, "k", []);
  cache.flush();
}
cache.close();
`;

function writer(
  dir: string,
  startAt: number,
  round: string,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      "--input-type=module",
      "-e",
      WRITER,
      STORE,
      dir,
      String(startAt),
      round,
    ]);
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

describe("a cache shared by concurrent runs", () => {
  // Switching a new file to WAL reads its header, then takes the write lock: SQLite fails that step at once
  // ("database is locked", without the busy timeout) when another run holds the lock, as two runs opening
  // a new cache at once do. That run then went without its cache, with a warning (the hostile e2e's 7th
  // line). Opening must wait for the other run instead.
  it("opens a new cache file while another run holds its write lock, once the lock is released", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "corpus-cli-open-")), "annotations.sqlite");
    const holder = await holdLock(file);
    // Released 300 ms after the other process starts opening: opening must wait for it, not fail.
    const opener = await node(OPENER, [DATABASE, file], () => setTimeout(holder.release, 300));
    holder.release();
    expect(opener).toEqual({ status: 0, stdout: "wal\n", stderr: "" });
    expect(await holder.closed).toBe(0);
  });

  it("opens a new cache file from three processes at once, then takes their writes without a warning", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-concurrent-"));
    const openAt = Date.now() + 1_000;
    const opened = await Promise.all([1, 2, 3].map(() => writer(dir, openAt, "fill")));
    expect(opened).toEqual([1, 2, 3].map(() => ({ status: 0, stderr: "" })));
    const writeAt = Date.now() + 1_000;
    const wrote = await Promise.all([1, 2, 3].map(() => writer(dir, writeAt, "write")));
    expect(wrote).toEqual([1, 2, 3].map(() => ({ status: 0, stderr: "" })));
  });
});
