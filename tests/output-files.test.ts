import {
  appendFileSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { getCorpusResult, putCorpusResult } from "../src/cache/corpus.js";
import { CACHE_FILE, type Db, openDatabase } from "../src/cache/database.js";
import {
  OUTPUTS_DIR,
  OutputFileWriter,
  openOutputFile,
  outputFileName,
  type StoredOutput,
} from "../src/cache/output-files.js";
import { cleanOutputFiles } from "../src/cache/output-folder.js";
import { RecordingOutput } from "../src/cli/memo.js";

/*
 * Commands' whole outputs kept as files beside the cache database (src/cache/output-files.ts): a file
 * that is not exactly what was written under its key must be a miss (null output), never printed.
 */

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-outputs-"));
  db = openDatabase(path.join(dir, CACHE_FILE));
  return () => db.close();
});

/** A key as cli/memo.ts makes them: a SHA-256 in base64url. */
const keyOf = (n: number): string => Buffer.alloc(32, n).toString("base64url");
const outputFile = (key: string): string => path.join(dir, OUTPUTS_DIR, outputFileName(key));

/** Writes `text` as the output file of `key` and records it in a row of `scope`. */
function store(key: string, text: string, scope = "scope"): void {
  const writer = OutputFileWriter.create(dir, key);
  if (!writer) throw new Error("no writer");
  for (let at = 0; at < text.length; at += 1000) expect(writer.write(text.slice(at, at + 1000))).toBe(true);
  const output = writer.finish();
  expect(output).not.toBeNull();
  putCorpusResult(db, dir, key, scope, "code", { output, warnings: ["w1"], exit: 0 });
}

/** What a stored output prints. */
async function printed(output: StoredOutput): Promise<string> {
  const chunks: Uint8Array[] = [];
  await output.copyTo({ write: (bytes) => chunks.push(Buffer.from(bytes)) });
  return Buffer.concat(chunks).toString("utf8");
}

const TEXT = `${'{"id":"a","text":"Zoë said “yes”"}\n'.repeat(3000)}`;

describe("an output file is printed only when it is whole", () => {
  it.each([
    ["intact: a hit, the same bytes", () => {}, "hit"],
    ["missing", (f: string) => rmSync(f), "lost"],
    ["truncated by a byte", (f: string) => truncateSync(f, statSync(f).size - 1), "lost"],
    ["cut before its trailer", (f: string) => truncateSync(f, Buffer.byteLength(TEXT)), "lost"],
    ["longer (appended to)", (f: string) => appendFileSync(f, "x"), "lost"],
    ["its trailer damaged", (f: string) => damageAt(f, statSync(f).size - 3), "lost"],
    ["another key's file in its place", (f: string) => copyFileSync(otherKeysFile(), f), "lost"],
  ] as const)("%s", async (_label, damage, expected) => {
    const key = keyOf(1);
    store(key, TEXT);
    damage(outputFile(key));
    const found = getCorpusResult(db, dir, key);
    expect(found?.warnings).toEqual(["w1"]);
    if (expected === "hit") expect(await printed(found?.output as StoredOutput)).toBe(TEXT);
    else expect(found?.output).toBeNull();
    expect(found?.lost).toBe(expected === "lost");
  });

  it("an output not kept by design (over the budget) is no output, and not lost", () => {
    putCorpusResult(db, dir, keyOf(1), "scope", "code", { output: null, warnings: [], exit: 0 });
    expect(getCorpusResult(db, dir, keyOf(1))).toEqual({ output: null, warnings: [], exit: 0, lost: false });
  });

  it("no row: a miss", () => {
    store(keyOf(1), TEXT);
    expect(getCorpusResult(db, dir, keyOf(2))).toBeUndefined();
  });

  it("a file opened before another run replaces it prints what was opened", async () => {
    const key = keyOf(1);
    store(key, TEXT);
    const opened = openOutputFile(dir, outputFileName(key), Buffer.byteLength(TEXT), key);
    store(key, "other\n");
    expect(await printed(opened as StoredOutput)).toBe(TEXT);
  });
});

describe("output files on disk stay bounded", () => {
  it("a newer result of the same command line removes the older one's file", () => {
    store(keyOf(1), TEXT, "s");
    store(keyOf(2), TEXT, "s");
    store(keyOf(3), TEXT, "t");
    expect(existsSync(outputFile(keyOf(1)))).toBe(false);
    expect(readdirSync(path.join(dir, OUTPUTS_DIR)).sort()).toEqual(
      [outputFileName(keyOf(2)), outputFileName(keyOf(3))].sort(),
    );
  });

  it("beyond the budget, the oldest results and their files go", () => {
    const bytes = Buffer.byteLength(TEXT);
    for (const n of [1, 2, 3]) {
      const writer = OutputFileWriter.create(dir, keyOf(n)) as OutputFileWriter;
      writer.write(TEXT);
      const output = writer.finish();
      putCorpusResult(db, dir, keyOf(n), `scope ${n}`, "code", { output, warnings: [], exit: 0 }, 2 * bytes);
    }
    expect(getCorpusResult(db, dir, keyOf(1))).toBeUndefined();
    expect(existsSync(outputFile(keyOf(1)))).toBe(false);
    expect(getCorpusResult(db, dir, keyOf(3))?.output?.bytes).toBe(bytes);
  });

  it("an output over the budget is not kept, and leaves no file", () => {
    const writer = OutputFileWriter.create(dir, keyOf(1), 10) as OutputFileWriter;
    expect(writer.write("0123456789a")).toBe(false);
    expect(writer.finish()).toBeNull();
    expect(readdirSync(path.join(dir, OUTPUTS_DIR))).toEqual([]);
  });

  it.each([
    ["a file no row names, old", "x.out", 120_000, false],
    ["a file no row names, just written (another run's, not yet recorded)", "x.out", 0, true],
    ["a temporary file of a killed run, two hours old", ".x.out.1.2.tmp", 7_200_000, false],
    ["a temporary file being written", ".x.out.1.2.tmp", 120_000, true],
  ])("cleaning: %s", (_label, name, age, kept) => {
    store(keyOf(1), TEXT);
    const file = path.join(dir, OUTPUTS_DIR, name);
    writeFileSync(file, "orphan");
    const when = (Date.now() - age) / 1000;
    utimesSync(file, when, when);
    cleanOutputFiles(dir, new Set([outputFileName(keyOf(1))]), 60_000);
    expect(existsSync(file)).toBe(kept);
    expect(existsSync(outputFile(keyOf(1)))).toBe(true);
  });
});

describe("RecordingOutput: small outputs in the row, bigger ones in a file, as they are printed", () => {
  const sink = () => ({
    written: [] as string[],
    write(t: string | Uint8Array) {
      this.written.push(String(t));
    },
  });

  it.each([
    ["small: kept as text", 10, "text"],
    ["over a megabyte: kept in a file", 1500, "file"],
  ] as const)("%s", (_label, kilobytes, kind) => {
    const out = sink();
    const recording = new RecordingOutput(out);
    recording.spillTo(() => OutputFileWriter.create(dir, keyOf(1)));
    const line = `${"é".repeat(1023)}\n`;
    for (let n = 0; n < kilobytes; n++) recording.write(line);
    const output = recording.finish();
    expect(out.written.join("")).toBe(line.repeat(kilobytes));
    if (kind === "text") expect(output).toBe(line.repeat(kilobytes));
    else {
      expect(output).toEqual({ file: outputFileName(keyOf(1)), bytes: Buffer.byteLength(line) * kilobytes });
      putCorpusResult(db, dir, keyOf(1), "s", "c", { output, warnings: [], exit: 0 });
    }
  });

  const spills: [string, () => OutputFileWriter | null][] = [
    ["nowhere to spill to", () => null],
    ["bytes printed (a stored output)", () => OutputFileWriter.create(dir, keyOf(1))],
  ];
  it.each(spills)("nothing kept: %s", (label, spill) => {
    const recording = new RecordingOutput(sink());
    recording.spillTo(spill);
    for (let n = 0; n < 1500; n++) recording.write(`${"a".repeat(1023)}\n`);
    if (label.startsWith("bytes")) recording.write(new Uint8Array([65]));
    expect(recording.finish()).toBeNull();
    expect(existsSync(path.join(dir, OUTPUTS_DIR)) ? readdirSync(path.join(dir, OUTPUTS_DIR)) : []).toEqual(
      [],
    );
  });
});

/** Overwrites one byte of a file. */
function damageAt(file: string, at: number): void {
  const fd = openSync(file, "r+");
  writeSync(fd, Buffer.from("?"), 0, 1, at);
  closeSync(fd);
}

/** The output file of another key, holding the same text. */
function otherKeysFile(): string {
  store(keyOf(9), TEXT, "another scope");
  return outputFile(keyOf(9));
}
