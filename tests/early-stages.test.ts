import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { InputFile } from "../src/corpus/file-list.js";
import { holdsBytesSync } from "../src/corpus/sizes.js";
import { likelyStaged } from "../src/pipeline/two-stages.js";

/**
 * Whether the two stages' worker starts before the pool decision (two-stages.ts likelyStaged): for a records
 * file, from its bytes (holdsBytesSync). Files by their sizes in KB; "-" is stdin, "missing" a file not there.
 */
const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-early-stages-"));
let made = 0;
const file = (spec: number | "-" | "missing"): InputFile => {
  if (spec === "-") return { path: "-", id: "-" };
  const at = path.join(dir, `f${made++}.jsonl`);
  if (spec !== "missing") writeFileSync(at, "x".repeat(spec * 1024));
  return { path: at, id: path.basename(at) };
};
const texts = (count: number): InputFile[] =>
  Array.from({ length: count }, (_, i) => ({ path: `/nowhere/t${i}.txt`, id: `t${i}.txt` }));

describe("likelyStaged: the worker starts before the decision", () => {
  it.each([
    // A records file of 200 KB with two threads: its worker starts early (before session 18, never for records).
    { what: "one records file of 200 KB", files: [file(200)], jobs: 2, records: true, early: true },
    {
      what: "two records files of 100 KB",
      files: [file(100), file(100)],
      jobs: 2,
      records: true,
      early: true,
    },
    // Guards: too small, stdin, a missing file, one thread; text files by their count, as before.
    { what: "a records file of 100 KB", files: [file(100)], jobs: 2, records: true, early: false },
    { what: "records on stdin", files: [file("-")], jobs: 2, records: true, early: false },
    { what: "a missing records file", files: [file("missing")], jobs: 2, records: true, early: false },
    {
      what: "a records file of 200 KB, one thread",
      files: [file(200)],
      jobs: 1,
      records: true,
      early: false,
    },
    { what: "200 text files", files: texts(200), jobs: 2, records: false, early: true },
    { what: "199 text files", files: texts(199), jobs: 2, records: false, early: false },
    { what: "200 text files, four threads", files: texts(200), jobs: 4, records: false, early: false },
  ])("$what: $early", ({ files, jobs, records, early }) => {
    expect(likelyStaged(files, jobs, records, null)).toBe(early);
  });
});

describe("holdsBytesSync (sizes in KB)", () => {
  it.each([
    { sizes: [200], most: 8, holds: true },
    { sizes: [100, 100], most: 8, holds: true },
    { sizes: [160], most: 8, holds: true },
    { sizes: [159], most: 8, holds: false },
    { sizes: [100, 100], most: 1, holds: false },
    { sizes: [], most: 8, holds: false },
  ])("$sizes, the first $most: $holds", ({ sizes, most, holds }) => {
    expect(holdsBytesSync(sizes.map(file), 160 * 1024, most)).toBe(holds);
  });
});
