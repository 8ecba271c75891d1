import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { syntheticArticle, writeSyntheticCorpus } from "../scripts/bench/synthetic.js";
import { type CliResult, runCliAsync } from "./helpers/cli.js";

/*
 * A corpus in pieces (src/cli/pieces.ts): a run over a corpus that grew or changed by a file reuses the
 * stored aggregates of the pieces it did not touch, and must print the very bytes (and warnings, and exit
 * code) of a run that reads every document. Pieces of about two files here, so that a small corpus has many.
 */

/** The file identities are trusted only for files changed 2 s before a run stats them (RACY_MS). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_100));

/** The warnings of a run (its other stderr lines, --verbose's, differ between cached and uncached runs). */
const warnings = (r: CliResult) => r.stderr.split("\n").filter((l) => l.includes("warning:"));

/** The documents a verbose run looked up in the per-document cache (hits and misses). */
function documentsLookedUp(r: CliResult): number {
  const found = /(\d+) hit\(s\), (\d+) miss\(es\)/.exec(r.stderr);
  return found ? Number(found[1]) + Number(found[2]) : 0;
}

const FILES = 16;
/** When the last change was undone (a file written: it is trusted by the next run 2 s after). */
let lastUndo = 0;
let corpus: string;
const cli = (args: string[], cacheDir: string, verbose = true) =>
  runCliAsync([...args, ...(verbose ? ["-v"] : [])], {
    env: { CORPUS_CLI_CACHE_DIR: cacheDir, CORPUS_CLI_PIECE_FILES: "2" },
  });

beforeAll(async () => {
  corpus = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-pieces-")), FILES, 2);
  // A quotation-mark problem: counted (listed with -v) by every run, from its piece when that is reused.
  writeFileSync(
    path.join(corpus, "c-open-quote.txt"),
    "Ana Ruiz said: \u201cWe will win in Lyon.\n\nThe end.\n",
  );
  await settle();
});

const COMMANDS: string[][] = [
  ["entities", "--json"],
  ["entities", "--csv"],
  ["summary", "--json"],
  ["summary", "--csv"],
  ["summary", "--corpus", "--json"],
  ["stats", "--json"],
  ["quotes", "--json"],
  ["quotes", "--csv", "--include-partial"],
  ["quotes", "--json", "--speaker", "Weber"],
];

/** The commands every change below is tried with (the others: the first two, or the first only). */
const EVERY_CHANGE = new Set(["entities --json", "quotes --json"]);
/** Commands tried with the first change only. */
const FIRST_CHANGE = new Set(["quotes --csv --include-partial", "quotes --json --speaker Weber"]);

/** Changes to a settled corpus, each undone after its run. */
const CHANGES: { name: string; apply(): () => void }[] = [
  {
    name: "a file added among the others",
    apply() {
      const added = path.join(corpus, "a", "article-0005b.txt");
      writeFileSync(added, syntheticArticle(40, 2));
      return () => rmSync(added);
    },
  },
  {
    name: "a file's text changed",
    apply() {
      const file = path.join(corpus, "article-0008.txt");
      const before = readFileSync(file, "utf8");
      writeFileSync(file, `${before}\nMaria Lopez said: "We are done here."\n`);
      return () => writeFileSync(file, before);
    },
  },
  {
    name: "a copy of a file added at the end",
    apply() {
      const added = path.join(corpus, "zz-copy.txt");
      copyFileSync(path.join(corpus, "article-0004.txt"), added);
      return () => rmSync(added);
    },
  },
  {
    name: "a file removed",
    apply() {
      const file = path.join(corpus, "article-0012.txt");
      const before = readFileSync(file, "utf8");
      rmSync(file);
      return () => writeFileSync(file, before);
    },
  },
];

describe("a corpus in pieces", () => {
  const cases = COMMANDS.flatMap((args) =>
    CHANGES.slice(
      0,
      EVERY_CHANGE.has(args.join(" ")) ? CHANGES.length : FIRST_CHANGE.has(args.join(" ")) ? 1 : 2,
    ).map((change) => [args.join(" "), change.name, args, change] as const),
  );
  it.each(cases)("%s, %s: the output of a run that reads every document", async (_, __, args, change) => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), "corpus-cli-pieces-cache-"));
    const command = [args[0] as string, corpus, ...args.slice(1)];
    // The file the last case changed back is settled first: else its piece is not stored by the first run,
    // and the grown run reads it too (with a long piece cut by chance, more than half the corpus).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastUndo + 2_100 - Date.now())));
    const first = await cli(command, cacheDir);
    expect(documentsLookedUp(first)).toBeGreaterThan(FILES);
    const undo = change.apply();
    try {
      const uncached = await cli([...command, "--no-cache"], cacheDir);
      const grown = await cli(command, cacheDir);
      expect(grown.stdout).toBe(uncached.stdout);
      expect(warnings(grown)).toEqual(warnings(uncached));
      expect(grown.status).toBe(uncached.status);
      // Only the changed file's piece is read (and a piece a change undone before this run left unsettled).
      expect(documentsLookedUp(grown)).toBeLessThan(FILES / 2);
    } finally {
      undo();
      lastUndo = Date.now();
    }
  });

  it("counts a reused piece's typography problems as the run that read it did", async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), "corpus-cli-pieces-cache-"));
    const command = ["stats", corpus, "--json"];
    await cli(command, cacheDir, false);
    const added = path.join(corpus, "article-0100.txt");
    writeFileSync(added, syntheticArticle(41, 2));
    try {
      const uncached = await cli([...command, "--no-cache"], cacheDir, false);
      const grown = await cli(command, cacheDir, false);
      expect(warnings(uncached).some((w) => w.includes("quotation-mark problem"))).toBe(true);
      expect(grown.stderr).toBe(uncached.stderr);
      expect(grown.stdout).toBe(uncached.stdout);
    } finally {
      rmSync(added);
    }
  });
});
