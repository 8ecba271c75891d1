/**
 * The one line reader of src/corpus (bytes.ts textLines) under its two sets of rules: a records file's (JSON Lines)
 * and merge's inputs' (file-lines.ts readFileLines, which read them with Node's readline before and keeps its
 * edges: a lone "\r" ends a line, a BOM stays, blank lines are passed over but counted).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileChunks, type Line, type LineRules, textLines } from "../src/corpus/bytes.js";
import { readFileLines } from "../src/corpus/file-lines.js";

const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-lines-"));
let n = 0;
function fixture(content: string | Buffer): string {
  const file = path.join(dir, `${n++}.txt`);
  writeFileSync(file, content);
  return file;
}

async function* chunksOf(pieces: readonly (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const piece of pieces) yield Buffer.from(piece);
}

const shown = (line: Line): string =>
  "tooLong" in line ? `${line.number}:too long` : `${line.number}:${line.text}`;

async function linesOf(pieces: readonly (string | Buffer)[], rules?: LineRules): Promise<string[]> {
  const out: string[] = [];
  for await (const line of textLines(chunksOf(pieces), rules)) out.push(shown(line));
  return out;
}

const MERGE: LineRules = { loneCr: true, keepBom: true, maxChars: Number.POSITIVE_INFINITY };

async function mergeLines(file: string): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readFileLines(file, "part.jsonl", (message) => new Error(`failed: ${message}`)))
    out.push(`${line.number}:${line.text}`);
  return out;
}

describe("textLines: a records file's rules", () => {
  it.each([
    ["lines, the last without its end", ["a\nb"], ["1:a", "2:b"]],
    ["\\r\\n ends a line, its \\r dropped", ["a\r\nb\r\n"], ["1:a", "2:b"]],
    ["\\r\\n split between chunks", ["a\r", "\nb"], ["1:a", "2:b"]],
    ["a lone \\r stays in the line", ["a\rb\nc"], ["1:a\rb", "2:c"]],
    ["a BOM is dropped", ["\uFEFFa\nb"], ["1:a", "2:b"]],
    [
      "blank lines are lines (the reader of records passes over them)",
      ["a\n\n \nb\n"],
      ["1:a", "2:", "3: ", "4:b"],
    ],
    ["nothing", [], []],
    ["a line over many chunks", ["ab", "cd", "ef", "\ngh"], ["1:abcdef", "2:gh"]],
    ["a character split between chunks", [Buffer.from([0x61, 0xc3]), Buffer.from([0xa9, 0x0a])], ["1:aé"]],
  ])("%s", async (_, pieces, expected) => {
    expect(await linesOf(pieces)).toEqual(expected);
  });

  it("skips a line longer than the limit, and reads the next", async () => {
    expect(await linesOf(["ab", "cdef", "gh\nij\n"], { maxChars: 4 })).toEqual(["1:too long", "2:ij"]);
    expect(await linesOf(["abcdefgh"], { maxChars: 4 })).toEqual(["1:too long"]);
  });

  it("reads the same lines however the bytes are cut into chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom("a", "é", "\n", "\r", " ", "\uFEFF") }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        async (text, cuts, merge) => {
          const bytes = Buffer.from(text);
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
          const pieces = [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length));
          const rules = merge ? MERGE : undefined;
          expect(await linesOf(pieces, rules)).toEqual(await linesOf([bytes], rules));
        },
      ),
    );
  });
});

describe("readFileLines: merge's inputs, read as readline read them", () => {
  it.each([
    ["\\n and \\r\\n end lines", "a\nb\r\nc", ["1:a", "2:b", "3:c"]],
    ["a lone \\r ends a line", "a\rb\nc", ["1:a", "2:b", "3:c"]],
    ["two \\r are two ends (the blank line between is counted)", "a\r\rb\n", ["1:a", "3:b"]],
    ["a last \\r ends the last line", "a\nb\r", ["1:a", "2:b"]],
    ["a BOM stays in the first line", "\uFEFF{}\n{}", ["1:\uFEFF{}", "2:{}"]],
    ["blank lines are passed over, and counted", "a\n\n  \nb\n", ["1:a", "4:b"]],
    ["an empty file", "", []],
  ])("%s", async (_, content, expected) => {
    expect(await mergeLines(fixture(content))).toEqual(expected);
  });

  it("\\r\\n split at the stream's 64 KiB chunk is one line end", async () => {
    const lines = await mergeLines(fixture(`${"a".repeat(65535)}\r\nb\n`));
    expect(lines.map((l) => l.slice(0, 4))).toEqual(["1:aa", "2:b"]);
  });

  it("reads a gzip-compressed file by its bytes, whatever its name", async () => {
    expect(await mergeLines(fixture(gzipSync("x\r\ny\rz\n")))).toEqual(["1:x", "2:y", "3:z"]);
  });

  it.each([
    [
      "damaged gzip data",
      () => fixture(gzipSync("x\ny\n".repeat(1000)).subarray(0, 40)),
      "unexpected end of file",
    ],
    // Before, readline's stream was opened before the gzip check, which threw: the stream's own error was then
    // unhandled and stopped the process with a stack trace.
    ["a missing file", () => path.join(dir, "missing.jsonl"), "ENOENT"],
  ])("a reading that fails (%s) fails with the file's name", async (_, file, message) => {
    await expect(mergeLines(file())).rejects.toThrow(new RegExp(`^failed: part\\.jsonl: .*${message}`));
  });
});

describe("fileChunks", () => {
  it("hands the chunks of a file through, gunzipped when gzip", async () => {
    const read = async (file: string): Promise<string> => {
      const parts: Buffer[] = [];
      for await (const chunk of fileChunks(file)) parts.push(chunk);
      return Buffer.concat(parts).toString();
    };
    expect(await read(fixture("plain\n"))).toBe("plain\n");
    expect(await read(fixture(gzipSync("packed\n")))).toBe("packed\n");
  });
});
