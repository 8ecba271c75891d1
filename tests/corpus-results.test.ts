import { mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { syntheticArticle, writeSyntheticCorpus } from "../scripts/bench/synthetic.js";
import { type CliResult, runCliAsync } from "./helpers/cli.js";

/*
 * Corpus-level results (src/cli/memo.ts): a command run again over an unchanged corpus prints its stored
 * output, which must be the very bytes (and warnings, and exit code) of a run that reads every document,
 * with or without the cache; a file added or edited must never be answered from the older corpus's result.
 */

/** A verbose run says when its output came from the corpus-level result. */
const FROM_CACHE = /unchanged file\(s\): the result of the last run over them, from the cache/;

/** The file identities are trusted only for files changed 2 s before a run stats them (RACY_MS). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_100));

/** The warnings of a run (its other stderr lines, --verbose's, differ between cached and uncached runs). */
const warnings = (r: CliResult) => r.stderr.split("\n").filter((l) => l.includes("warning:"));

let cacheDir: string;
let corpus: string;
const cli = (args: string[]) => runCliAsync([...args, "-v"], { env: { CORPUS_CLI_CACHE_DIR: cacheDir } });

beforeAll(async () => {
  cacheDir = mkdtempSync(path.join(tmpdir(), "corpus-cli-corpus-results-"));
  corpus = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-corpus-")), 6, 3);
  // A quotation-mark problem: a warning every run must give again.
  writeFileSync(
    path.join(corpus, "open-quote.txt"),
    "Ana Ruiz said: \u201cWe will win in Lyon.\n\nThe end.\n",
  );
  await settle();
});

const COMMANDS: string[][] = [
  ["entities", "--json"],
  ["entities"],
  ["entities", "--type", "person", "--by-document", "--csv"],
  ["quotes", "--jsonl"],
  ["quotes", "--speaker", "Nobody Known"],
  ["summary", "--json"],
  ["summary", "--sentences", "1", "--csv"],
  ["stats", "--json"],
  ["stats", "--by-document"],
  ["timeline", "--json"],
  ["network", "--json"],
  ["annotate", "--jsonl"],
  ["annotate", "--json", "--include-text"],
];

describe("corpus-level results", () => {
  it.each(COMMANDS.map((args) => [args.join(" "), args] as const))(
    "%s: the same output, warnings and exit code cold, warm and without the cache",
    async (_, args) => {
      const command = [args[0] as string, corpus, ...args.slice(1)];
      const uncached = await cli([...command, "--no-cache"]);
      expect(warnings(uncached).some((w) => w.includes("open-quote.txt"))).toBe(true);
      const cold = await cli(command);
      const warm = await cli(command);
      expect(cold.stderr).not.toMatch(FROM_CACHE);
      expect(warm.stderr).toMatch(FROM_CACHE);
      for (const run of [cold, warm]) {
        expect(run.stdout).toBe(uncached.stdout);
        expect(warnings(run)).toEqual(warnings(uncached));
        expect(run.status).toBe(uncached.status);
      }
    },
  );

  it("is never used for a corpus with a file added or edited, and is renewed", async () => {
    const command = ["stats", corpus, "--json"];
    await cli(command);
    expect((await cli(command)).stderr).toMatch(FROM_CACHE);
    writeFileSync(path.join(corpus, "added.txt"), syntheticArticle(4242, 2));
    const added = await cli(command);
    expect(added.stderr).not.toMatch(FROM_CACHE);
    expect(JSON.parse(added.stdout).documents).toBe(8);
    expect(added.stdout).toBe((await cli([...command, "--no-cache"])).stdout);
    writeFileSync(path.join(corpus, "added.txt"), syntheticArticle(4343, 4));
    const edited = await cli(command);
    expect(edited.stderr).not.toMatch(FROM_CACHE);
    expect(edited.stdout).not.toBe(added.stdout);
    expect(edited.stdout).toBe((await cli([...command, "--no-cache"])).stdout);
    await settle();
    await cli(command);
    const again = await cli(command);
    expect(again.stderr).toMatch(FROM_CACHE);
    expect(again.stdout).toBe(edited.stdout);
  });

  it("annotate --json: an output not kept prints the stored records; with those gone, it annotates", async () => {
    const command = ["annotate", corpus, "--json"];
    const uncached = await cli([...command, "--no-cache"]);
    await cli(command);
    expect((await cli(command)).stderr).toMatch(FROM_CACHE);
    const db = new Database(path.join(cacheDir, "annotations.sqlite"));
    // As when the output was over the output files' budget, or its file was lost.
    db.prepare("UPDATE corpus_results SET output = NULL, file = NULL, bytes = NULL").run();
    const fromRecords = await cli(command);
    expect(fromRecords.stderr).toMatch(FROM_CACHE);
    expect(fromRecords.stdout).toBe(uncached.stdout);
    db.prepare("DELETE FROM files WHERE path LIKE ?").run("%open-quote.txt");
    db.prepare("UPDATE corpus_results SET output = NULL, file = NULL, bytes = NULL").run();
    db.close();
    const refilled = await cli(command);
    expect(refilled.stderr).not.toMatch(FROM_CACHE);
    expect(refilled.stdout).toBe(uncached.stdout);
    expect(warnings(refilled)).toEqual(warnings(uncached));
  });

  it("annotate --jsonl over a megabyte: kept in a file beside the cache, printed again byte for byte", async () => {
    const big = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-big-")), 120, 12);
    const own = mkdtempSync(path.join(tmpdir(), "corpus-cli-big-cache-"));
    const run = (args: string[]) =>
      runCliAsync(["annotate", big, "--jsonl", "-v", ...args], {
        env: { CORPUS_CLI_CACHE_DIR: own },
      });
    await settle();
    const cold = await run([]);
    const outputs = readdirSync(path.join(own, "outputs"));
    expect(outputs).toHaveLength(1);
    expect(cold.stdout.length).toBeGreaterThan(1024 * 1024);
    const warm = await run([]);
    expect(warm.stderr).toMatch(FROM_CACHE);
    expect(warm.stdout).toBe(cold.stdout);
    expect(cold.stdout).toBe((await run(["--no-cache"])).stdout);
    // A file cut short is never printed: the run prints each file's stored record, and keeps the output
    // again.
    const file = path.join(own, "outputs", outputs[0] as string);
    const whole = statSync(file).size;
    truncateSync(file, whole - 1);
    const cut = await run([]);
    expect(cut.stdout).toBe(cold.stdout);
    expect(statSync(file).size).toBe(whole);
    const renewed = await run([]);
    expect(renewed.stderr).toMatch(FROM_CACHE);
    expect(renewed.stdout).toBe(cold.stdout);
    const info = JSON.parse(
      (await runCliAsync(["cache", "info", "--json"], { env: { CORPUS_CLI_CACHE_DIR: own } })).stdout,
    );
    expect(info.outputBytes).toBeGreaterThan(1024 * 1024);
    await runCliAsync(["cache", "clear"], { env: { CORPUS_CLI_CACHE_DIR: own } });
    expect(readdirSync(path.join(own, "outputs"))).toEqual([]);
    // Five annotate runs of 120 files and two cache commands: 146 s at a load of 23-28 (session 26), near 180 s.
  }, 360_000);

  it("annotate --jsonl --output: the stored output, written to the file", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "corpus-cli-out-")), "records.jsonl");
    const command = ["annotate", corpus, "--jsonl", "--output", out];
    const uncached = await cli(["annotate", corpus, "--jsonl", "--no-cache"]);
    await cli(command);
    const warm = await cli(command);
    expect(warm.stderr).toMatch(FROM_CACHE);
    expect(warm.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(uncached.stdout);
  });

  it("keys on the options and the output's width", async () => {
    const command = ["entities", corpus];
    await cli(command);
    const narrow = await runCliAsync([...command, "-v"], {
      env: { CORPUS_CLI_CACHE_DIR: cacheDir, COLUMNS: "40" },
    });
    expect(narrow.stderr).not.toMatch(FROM_CACHE);
    const top = await cli([...command, "--top", "1"]);
    expect(top.stderr).not.toMatch(FROM_CACHE);
    expect(top.stdout).not.toBe(narrow.stdout);
  });

  it("are counted by cache info and removed by cache clear", async () => {
    const command = ["stats", corpus];
    await cli(command);
    const env = { env: { CORPUS_CLI_CACHE_DIR: cacheDir } };
    const info = JSON.parse((await runCliAsync(["cache", "info", "--json"], env)).stdout);
    expect(info.corpusResults).toBeGreaterThan(0);
    await runCliAsync(["cache", "clear"], env);
    const cleared = JSON.parse((await runCliAsync(["cache", "info", "--json"], env)).stdout);
    expect(cleared.corpusResults).toBe(0);
    expect((await cli(command)).stderr).not.toMatch(FROM_CACHE);
  });
});
