import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

/*
 * Problems as data, reported alike by every command: read and decode problems one line each, with the
 * path the reporter adds; the text's own typography (a quotation mark without its partner) summed up in
 * one line unless --verbose lists each with its line number; the same whether results come from the
 * cache or not.
 */
const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-diagnostics-"));
writeFileSync(path.join(dir, "a.txt"), "Anna Berg spoke.\n\n“We will win, said Anna Berg in Oslo.\n");
writeFileSync(path.join(dir, "b.txt"), "Karl Vos arrived.\n“Prices will fall, he said.\nVos left Oslo.\n");
writeFileSync(
  path.join(dir, "c.txt"),
  Buffer.from("\x93We will win,\x94 said Maria Lind in Paris.\n", "latin1"),
);
const cacheDir = mkdtempSync(path.join(tmpdir(), "corpus-cli-diagnostics-cache-"));
const run = (args: string[]) =>
  runCli([...args, "--jobs", "1", dir], { env: { CORPUS_CLI_CACHE_DIR: cacheDir } });

const SUMMARY = "corpus-cli: warning: 2 quotation-mark problems in 2 documents; --verbose lists them";
const DECODED = `corpus-cli: warning: ${path.join(dir, "c.txt")}: not valid UTF-8, decoded as Windows-1252`;

describe("diagnostics on stderr", () => {
  // The first run fills the cache, the second is served from it: both must report the same.
  it.each([
    ["entities", "cold"],
    ["entities", "warm"],
    ["quotes", "warm"],
    ["stats", "warm"],
    ["summary", "warm"],
    ["annotate", "warm"],
  ])("%s (%s cache): one line per read problem, one summary line for the typography", (command) => {
    const { stderr, status } = run([command, "--format", "json"]);
    expect(status).toBe(0);
    expect(stderr.trimEnd().split("\n")).toEqual([DECODED, SUMMARY]);
  });

  it("lists each typography problem with --verbose, with its path and line, and no summary", () => {
    const { stderr } = run(["entities", "--verbose", "--format", "json"]);
    const warnings = stderr.split("\n").filter((line) => line.startsWith("corpus-cli: warning: "));
    expect(warnings).toEqual([
      `corpus-cli: warning: ${path.join(dir, "a.txt")}:3: opening quotation mark never closed; quote cut at the end of its paragraph`,
      `corpus-cli: warning: ${path.join(dir, "b.txt")}:2: opening quotation mark never closed; quote cut at the end of its paragraph`,
      DECODED,
    ]);
  });

  it("says nothing with --quiet", () => {
    expect(run(["entities", "--quiet", "--format", "json"]).stderr).toBe("");
  });
});
