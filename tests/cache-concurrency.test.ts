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
  it("opens a new cache file from three processes at once, then takes their writes without a warning", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-concurrent-"));
    const openAt = Date.now() + 1_000;
    const opened = await Promise.all([1, 2, 3].map(() => writer(dir, openAt, "fill")));
    expect(opened).toEqual([1, 2, 3].map(() => ({ status: 0, stderr: "" })));
    const writeAt = Date.now() + 1_000;
    const wrote = await Promise.all([1, 2, 3].map(() => writer(dir, writeAt, "write")));
    expect(wrote).toEqual([1, 2, 3].map(() => ({ status: 0, stderr: "" })));
  }, 60_000);
});
