import { describe, expect, it } from "vitest";
import type { ResultCache } from "../src/cache/store.js";
import type { AnnotatedPaths } from "../src/cli/documents.js";
import { keepRecordLines, MAX_STORED_INPUT_BYTES } from "../src/cli/stored-records.js";
import type { Printer } from "../src/format/printer.js";

/** A cache that only records whether the whole output was handed to it. */
function recordingCache(): { cache: ResultCache; stored: string[] } {
  const stored: string[] = [];
  const cache = {
    storeRecordLines: (_identities: unknown, _names: unknown, key: string) => {
      stored.push(key);
      return true;
    },
  } as unknown as ResultCache;
  return { cache, stored };
}

function corpusOf(sizes: readonly number[]): AnnotatedPaths {
  const files = sizes.map((_, n) => ({ id: `f${n}.txt`, path: `/c/f${n}.txt` }));
  const identities = sizes.map((size, n) => ({
    path: `/c/f${n}.txt`,
    size,
    mtimeMs: 1,
    ctimeMs: 1,
    ino: n,
  }));
  return { files, identities: () => identities } as unknown as AnnotatedPaths;
}

const jsonl = { format: "jsonl" } as Printer;

describe("keepRecordLines: the whole JSON Lines output is kept only for a corpus small enough to hold", () => {
  it.each([
    ["well under the limit", [10, 20], 100, true],
    ["exactly at the limit", [50, 50], 100, true],
    ["one byte over", [50, 51], 100, false],
  ])("%s", (_label, sizes, limit, kept) => {
    const { cache, stored } = recordingCache();
    keepRecordLines(cache, corpusOf(sizes), jsonl, "key", limit);
    expect(stored).toEqual(kept ? ["key"] : []);
  });

  it("defaults to a limit that keeps Reuters-sized corpora (17 MB) and refuses a gigabyte", () => {
    expect(MAX_STORED_INPUT_BYTES).toBeGreaterThan(17 * 1024 * 1024);
    const big = recordingCache();
    keepRecordLines(big.cache, corpusOf([600 * 1024 * 1024, 600 * 1024 * 1024]), jsonl, "key");
    expect(big.stored).toEqual([]);
  });

  it("keeps nothing for JSON output (its warm run streams records)", () => {
    const { cache, stored } = recordingCache();
    keepRecordLines(cache, corpusOf([10]), { format: "json" } as Printer, "key");
    expect(stored).toEqual([]);
  });
});
