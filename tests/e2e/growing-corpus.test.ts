/**
 * A corpus that grows between runs (issue 15: re-run every morning over a few new files): each command's output
 * after files are added is the output of a cold run (--no-cache) over the same corpus, byte for byte, with the
 * same warnings and exit code, while the grown run reads only the added files' pieces (cli/pieces.ts) for its
 * aggregate, and for `annotate` its vote (cli/voted-pieces.ts). The invented corpus has a firm's one-word name
 * the tagger reads as a person in one document and as an organization in two others: added later, those two
 * move the first one's record by the corpus's vote, though its piece is read from the cache. A file added at the
 * end changes only the last piece: the commands whose aggregate folds (entities, stats, annotate's vote) read
 * the other pieces as one kept fold of them (cli/pieces.ts), found whether or not the last file ended a piece.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { syntheticArticle } from "../../scripts/bench/synthetic.js";
import { annotationsOf, type CliResult, runCliAsync } from "../helpers/cli.js";

/** The file identities are trusted only for files changed 2 s before a run stats them (RACY_MS). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_100));

const warnings = (r: CliResult) => r.stderr.split("\n").filter((l) => l.includes("warning:"));

/** The documents a verbose run looked up in the per-document cache for its aggregate (hits and misses). */
function documentsLookedUp(r: CliResult): number {
  const found = /(\d+) hit\(s\), (\d+) miss\(es\)/.exec(r.stderr);
  return found ? Number(found[1]) + Number(found[2]) : 0;
}

/** The firm's type in a document's record, from JSON Lines or a JSON array. */
function firmType(stdout: string, format: string, id: string): string | undefined {
  const records = annotationsOf(stdout, format);
  return records.find((r) => r.id === id)?.entities?.find((e) => e.name === "Adeyemi")?.type;
}

const FILLERS = 30;
const LATER: Record<string, string> = {
  "m-firm.txt":
    "Adeyemi reported a loss for the quarter. Analysts expect Adeyemi to sell its shipping unit.\n",
  "z-firm.txt": "Adeyemi will buy a rival for $2 billion, Adeyemi said in a filing.\n",
};
let corpus: string;

beforeAll(async () => {
  corpus = mkdtempSync(path.join(tmpdir(), "corpus-cli-growing-"));
  mkdirSync(path.join(corpus, "b"));
  writeFileSync(
    path.join(corpus, "a-firm.txt"),
    "Shares of Adeyemi rose after the firm posted higher profits. Adeyemi said sales grew in Asia.\n",
  );
  for (let i = 0; i < FILLERS; i++)
    writeFileSync(path.join(corpus, i % 2 ? "b" : "", `filler-${i}.txt`), syntheticArticle(i, 2));
  await settle();
});

const cli = (args: string[], cacheDir: string) =>
  runCliAsync([...args, "-v"], { env: { CORPUS_CLI_CACHE_DIR: cacheDir, CORPUS_CLI_PIECE_FILES: "2" } });

describe("a growing corpus: each run's output is a cold run's", () => {
  it.each([
    ["annotate", "--jsonl"],
    ["annotate", "--json"],
    ["entities", "--json"],
    ["stats", "--json"],
  ])(
    "%s %s",
    async (command, format) => {
      const cacheDir = mkdtempSync(path.join(tmpdir(), "corpus-cli-growing-cache-"));
      const args = [command, corpus, format];
      const added: string[] = [];
      const same = async (what: string) => {
        const uncached = await cli([...args, "--no-cache"], cacheDir);
        const cached = await cli(args, cacheDir);
        expect(cached.stdout, what).toBe(uncached.stdout);
        expect(warnings(cached), what).toEqual(warnings(uncached));
        expect(cached.status, what).toBe(uncached.status);
        return { cached, uncached };
      };
      try {
        // Cold: alone, the document reads the firm as a person.
        const cold = await same("cold");
        if (command === "annotate") expect(firmType(cold.cached.stdout, format, "a-firm.txt")).toBe("person");
        // Two files added (just written: their pieces are not kept, the others' are read from the cache).
        for (const [name, text] of Object.entries(LATER)) {
          writeFileSync(path.join(corpus, name), text);
          added.push(path.join(corpus, name));
        }
        const grown = await same("two files added");
        expect(documentsLookedUp(grown.cached), grown.cached.stderr).toBeLessThan(FILLERS);
        // The vote moves the first document's record, whose piece came from the cache.
        if (command === "annotate")
          expect(firmType(grown.cached.stdout, format, "a-firm.txt")).toBe("organization");
        // Settled (the added files' pieces kept), then a copy of a document under a new name (found by its content).
        await settle();
        await same("settled");
        const copy = path.join(corpus, "b", "filler-1-copy.txt");
        copyFileSync(path.join(corpus, "b", "filler-1.txt"), copy);
        added.push(copy);
        await same("a copy added");
        // Settled again (the fold of every piece but the last kept), then a file added at the end: the others'
        // pieces come from the fold, in one read, found whichever piece the file falls in (its own or the last).
        await settle();
        await same("settled again");
        const late = path.join(corpus, "zz-late.txt");
        writeFileSync(late, "Adeyemi opened an office in Lagos, the company said on Monday.\n");
        added.push(late);
        const end = await same("a file added at the end");
        expect(end.cached.stderr).toMatch(/\d+ piece\(s\) of the corpus from one kept fold of them/);
      } finally {
        for (const file of added) rmSync(file, { force: true });
        await settle();
      }
      // Twelve runs of the binary and four waits of 2 s for the file identities (183 s at load 24 with one more
      // step of two runs).
    },
    360_000,
  );
});
