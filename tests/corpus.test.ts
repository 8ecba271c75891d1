import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../src/corpus/decode.js";
import { parseHeader } from "../src/corpus/header.js";
import { InputError, listInputs } from "../src/corpus/inputs.js";
import { readDocument } from "../src/corpus/read.js";

describe("parseHeader", () => {
  it.each([
    [" date 2020-10-07 President Rouhani said.", "2020-10-07", {}, 17],
    ["date 2020-10-07\nBody text.", "2020-10-07", {}, 16],
    ["date: 2021-01-31\r\nBody.", "2021-01-31", {}, 18],
    ["title Storm hits coast\ndate 2019-05-01\nBody.", "2019-05-01", { title: "Storm hits coast" }, 39],
    [
      "source Reuters\nurl https://example.com/a\n\nBody.",
      null,
      { source: "Reuters", url: "https://example.com/a" },
      42,
    ],
    ["date 2020-02-30 is not a date", null, {}, 0],
    ["Title IX cases rose.", null, {}, 0],
    ["The date 2020-10-07 appears later.", null, {}, 0],
    ["", null, {}, 0],
  ])("%j", (text, date, headers, bodyStart) => {
    expect(parseHeader(text)).toEqual({ date, headers, bodyStart });
  });
});

describe("decodeText", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it("removes a UTF-8 BOM and keeps CRLF", () => {
    const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...enc("a\r\nb")]));
    expect(decoded).toEqual({ ok: true, text: "a\r\nb", encoding: "utf-8" });
  });
  it("reads Windows-1252 when the bytes are not UTF-8", () => {
    const decoded = decodeText(new Uint8Array([0x93, 0x68, 0x69, 0x94, 0x20, 0xe9]));
    expect(decoded).toEqual({ ok: true, text: "“hi” é", encoding: "windows-1252" });
  });
  it.each([
    [
      "utf-16le",
      [0xff, 0xfe],
      (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ],
    [
      "utf-16be",
      [0xfe, 0xff],
      (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ],
  ] as const)("reads %s announced by its byte-order mark, without the mark", (encoding, bom, units) => {
    const text = "date 2024-01-02\r\n\u201cWe will,\u201d said Ana Ruiz in S\u00e3o Paulo.";
    const decoded = decodeText(new Uint8Array([...bom, ...units(text)]));
    expect(decoded).toEqual({ ok: true, text, encoding });
  });
  it.each([
    ["a lone surrogate", [0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00], "LE"],
    // fast-check's counterexample (seed -788719090) to the decode property, whose refusal reasons predated UTF-16.
    ["an odd byte after the mark", [0xff, 0xfe, 0x00], "LE"],
    ["an odd byte after a big-endian mark", [0xfe, 0xff, 0x00, 0x41, 0x00], "BE"],
  ])("refuses UTF-16 that does not decode (%s)", (_, bytes, order) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({
      ok: false,
      code: "undecodable",
      reason: `not valid UTF-16${order} despite its byte-order mark`,
    });
  });
  it("refuses binary data", () => {
    const bytes = new Uint8Array(1000).map((_, i) => i % 7);
    expect(decodeText(bytes)).toEqual({ ok: false, code: "binary", reason: "binary file" });
  });
  it("keeps a lone NUL in text instead of truncating", () => {
    const decoded = decodeText(enc(`${"word ".repeat(50)}\u0000 tail`));
    expect(decoded.ok && decoded.text.endsWith("\u0000 tail")).toBe(true);
  });
  it("treats an empty file as an empty document", () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: "", encoding: "utf-8" });
  });
  // The thread's one UTF-8 decoder: each document is decoded afresh, whatever the one before it held.
  it.each([
    ["a document cut inside a character", [0x61, 0xe2, 0x80], "Dana Whitlow", "utf-8"],
    ["a Windows-1252 document", [0x93, 0x68, 0x69, 0x94], "“Acme” café", "utf-8"],
    ["a document with a BOM", [0xef, 0xbb, 0xbf, 0x61], "\ufeffAcme", "utf-8"],
    ["a document without a BOM", [0x61], "\ufeffAcme", "utf-8"],
  ] as const)("decodes a document after %s as on its own", (_, before, text, encoding) => {
    decodeText(new Uint8Array(before));
    expect(decodeText(enc(text))).toEqual({ ok: true, text: text.replace(/^\ufeff/, ""), encoding });
  });
});

describe("listInputs", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-inputs-"));
  mkdirSync(path.join(dir, "b/c"), { recursive: true });
  for (const f of ["a.txt", "b/z.md", "b/c/y.txt", "b/skip.json", ".hidden.txt"])
    writeFileSync(path.join(dir, f), "x");
  symlinkSync(dir, path.join(dir, "b/loop"));

  it("walks folders recursively, sorted, filtered by extension, ids relative to the root", async () => {
    const { files, warnings } = await listInputs([dir], { extensions: [".txt", ".md"] });
    expect(files.map((f) => f.id)).toEqual(["a.txt", "b/c/y.txt", "b/z.md"]);
    expect(warnings.map((w) => w.message)).toEqual(["folder already visited (symlink loop?), skipped"]);
  });
  it("reads a file given twice once", async () => {
    const file = path.join(dir, "a.txt");
    const { files } = await listInputs([file, dir, file], { extensions: [".txt"] });
    expect(files.map((f) => f.id)).toEqual(["a.txt", "b/c/y.txt"]);
  });
  it("expands glob patterns", async () => {
    const { files } = await listInputs([`${dir}/b/**/*.txt`], { extensions: [".txt"] });
    expect(files.map((f) => f.id)).toEqual(["c/y.txt"]);
  });
  it("rejects a missing path", async () => {
    await expect(listInputs([path.join(dir, "missing")], { extensions: [".txt"] })).rejects.toBeInstanceOf(
      InputError,
    );
  });
  it("turns an unreadable file into a warning", async () => {
    const result = await readDocument({ path: path.join(dir, "b"), id: "b" });
    expect(result.ok).toBe(false);
  });
});
