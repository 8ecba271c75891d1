import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliResult, runCli, runCliAsync } from "../helpers/cli.js";

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

/*
 * --verbose is no part of a corpus-level result's key (cli/memo.ts): a run keeps every warning tagged with the
 * runs that show it (cli/logger.ts), so a --verbose run after a plain one is served from the plain run's result
 * (or, for a grown corpus, its pieces) and lists each typography problem, as a --verbose run that reads every
 * document does; a plain run after it shows the one-line count again.
 */
describe("--verbose served from a plain run's results", () => {
  const warningsOf = (r: CliResult) =>
    r.stderr.split("\n").filter((l) => l.startsWith("corpus-cli: warning: "));
  const SERVED = /unchanged file\(s\): the result of the last run over them, from the cache/;
  /** Every file a piece of its own (a path's hash is 0 modulo 1): which pieces a grown corpus reuses is fixed. */
  const EVERY_FILE_A_PIECE = { CORPUS_CLI_PIECE_FILES: "1" };
  let corpus: string;

  beforeAll(async () => {
    corpus = mkdtempSync(path.join(tmpdir(), "corpus-cli-diagnostics-verbose-"));
    writeFileSync(
      path.join(corpus, "a.txt"),
      "Ilse Varga spoke.\n\n“The bridge will open, said Ilse Varga in Tarnby.\n",
    );
    writeFileSync(
      path.join(corpus, "b.txt"),
      "Oren Mallet arrived.\n“Fares will rise, he said.\nMallet left Tarnby.\n",
    );
    writeFileSync(path.join(corpus, "c.txt"), "Nobody spoke in Tarnby.\n");
    // A run keeps its results only for files changed RACY_MS (2 s) before it stated them.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
  });

  const run = (args: string[], cacheDir: string) =>
    runCliAsync([...args, "--jobs", "1", corpus], {
      env: { CORPUS_CLI_CACHE_DIR: cacheDir, ...EVERY_FILE_A_PIECE },
    });
  const freshCache = () => mkdtempSync(path.join(tmpdir(), "corpus-cli-diagnostics-verbose-cache-"));

  it.each([["entities"], ["quotes"], ["stats"], ["annotate"]])(
    "%s: plain, then --verbose (served, each problem listed), then plain (the count)",
    async (command) => {
      const args = [command, "--format", "json"];
      const cold = await run([...args, "-v"], freshCache());
      expect(warningsOf(cold)).toHaveLength(2);
      expect(cold.stderr).not.toMatch(SERVED);
      const cache = freshCache();
      const plain = await run(args, cache);
      expect(warningsOf(plain)).toEqual([
        "corpus-cli: warning: 2 quotation-mark problems in 2 documents; --verbose lists them",
      ]);
      const verbose = await run([...args, "-v"], cache);
      expect(verbose.stderr).toMatch(SERVED);
      expect(warningsOf(verbose)).toEqual(warningsOf(cold));
      expect(verbose.stdout).toBe(cold.stdout);
      const again = await run(args, cache);
      expect(again.stderr).toBe(plain.stderr);
      expect(again.stdout).toBe(plain.stdout);
    },
  );

  // A grown corpus's run reads the new file and takes the other files' pieces, with the warnings they gave.
  it.each([
    ["--verbose", ["-v"], 3],
    ["plain", [] as string[], 1],
  ])("a grown corpus, %s: the new file read, the kept pieces' warnings given", async (_, flags, count) => {
    const grown = mkdtempSync(path.join(tmpdir(), "corpus-cli-diagnostics-grown-"));
    for (const name of ["a.txt", "b.txt", "c.txt"])
      writeFileSync(path.join(grown, name), readFileSync(path.join(corpus, name)));
    const grownRun = (args: string[], cacheDir: string) =>
      runCliAsync([...args, "--jobs", "1", grown], {
        env: { CORPUS_CLI_CACHE_DIR: cacheDir, ...EVERY_FILE_A_PIECE },
      });
    const args = ["entities", "--format", "json", ...flags];
    const cache = freshCache();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await grownRun(["entities", "--format", "json"], cache)).status).toBe(0);
    writeFileSync(path.join(grown, "d.txt"), "Petra Holm waited.\n“The ferry is late, said Petra Holm.\n");
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const again = await grownRun(args, cache);
    const cold = await grownRun(args, freshCache());
    // The new file's document only (said with --verbose).
    if (flags.length > 0)
      expect(/(\d+) hit\(s\), (\d+) miss\(es\)/.exec(again.stderr)?.slice(1)).toEqual(["0", "1"]);
    expect(warningsOf(cold)).toHaveLength(count);
    expect(warningsOf(again)).toEqual(warningsOf(cold));
    expect(again.stdout).toBe(cold.stdout);
  });
});
