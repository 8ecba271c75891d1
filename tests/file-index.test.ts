import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ResultCache, type StoredRow } from "../src/cache/store.js";
import type { FileIdentity } from "../src/corpus/identity.js";

/*
 * The file index read in windows (src/cache/file-index.ts): a run that says which files it will look up
 * must get exactly what one lookup per file gives, whatever the order it asks in.
 */

const longAgo = Date.now() - 3_600_000;
const FILES = 1_100; // over two windows of 512
const identityOf = (n: number): FileIdentity => ({
  path: `/corpus/f${n}.txt`,
  size: 100 + n,
  mtimeMs: longAgo,
  ctimeMs: longAgo,
  ino: 1_000 + n,
});
const annotation = (n: number) => `{"id":"","path":"","n":${n}}`;
const accept = (row: StoredRow) => row.annotation;

/** A cache holding FILES results, each noted as the content of its file. */
function filledCache(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-file-index-"));
  const cache = ResultCache.open(dir, "v", (m) => {
    throw new Error(m);
  }) as ResultCache;
  for (let n = 0; n < FILES; n++) {
    cache.put(`key${n}`, { chars: n, annotation: annotation(n), diagnostics: "[]", words: "{}" });
    cache.noteFile(identityOf(n), `key${n}`, []);
  }
  cache.close();
  return dir;
}

const dir = filledCache();

/** What each identity finds, with the run's files announced (`expected`) or not. */
function lookups(identities: readonly FileIdentity[], expected: readonly FileIdentity[] | null): unknown[] {
  const cache = ResultCache.open(dir, "v", () => {}) as ResultCache;
  if (expected) cache.expectFiles(expected);
  const found = identities.map((i) => cache.getByIdentity(i, accept)?.result ?? null);
  cache.close();
  return found;
}

const all = Array.from({ length: FILES }, (_, n) => identityOf(n));

describe("file index in windows: the same answers as one lookup per file", () => {
  it.each([
    ["in order", all],
    ["backwards", [...all].reverse()],
    ["every 97th, then the first again", [...all.filter((_, n) => n % 97 === 0), all[0] as FileIdentity]],
  ])("%s", (_label, order) => {
    const windowed = lookups(order, all);
    expect(windowed).toEqual(lookups(order, null));
    expect(windowed).toEqual(order.map((i) => annotation(i.ino - 1_000)));
  });

  it.each([
    ["size changed", { size: 1 }],
    ["mtime changed", { mtimeMs: longAgo + 1 }],
    ["ctime changed", { ctimeMs: longAgo + 1 }],
    ["inode changed (replaced by another file)", { ino: 1 }],
    ["changed just before it was read (racy)", { mtimeMs: Date.now(), ctimeMs: Date.now() }],
  ])("a file whose %s is not found", (_label, change) => {
    const changed = { ...identityOf(600), ...change };
    const listed = all.map((i, n) => (n === 600 ? changed : i));
    expect(lookups([changed], listed)).toEqual([null]);
    expect(lookups([changed], null)).toEqual([null]);
  });

  it("a file not announced, or not in the index, is looked up alone", () => {
    const stranger = { ...identityOf(5), path: "/elsewhere/f5.txt" };
    expect(lookups([identityOf(5), stranger], all.slice(0, 3))).toEqual([annotation(5), null]);
  });
});
