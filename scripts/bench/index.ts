/**
 * `npm run bench`: every row of the speed issue's table (issue 15), measured in one run on the Reuters-21578
 * documents materialized as .txt files, each beside its target with pass/FAIL, then a summary table:
 *   1. entities, quotes, summary, stats (--json) and annotate (--jsonl): cold (own empty cache) and warm
 *      (median of 3) wall time, the warm speed-up, and warm after one added file (the growing corpus);
 *   2. annotate --jsonl --no-cache --jobs 1: wall and words/s;
 *   3. --jobs 2 vs --jobs 1, no cache, alternated: wall ratio and CPU seconds;
 *   4. peak RSS of the cold runs, and of a cold run over a corpus three times larger (flatness);
 *   5. annotate --jsonl --no-cache (voted, the default; --stream beside it, no target) vs compromise alone on the
 *      same 1,500 documents, alternated.
 * Only the CLI is measured (bin/corpus-cli.js, after `npm run build`), from outside, with GNU time.
 * Options: --rounds N (rounds of the alternated sections 3 and 5; default 2), --quick (2,000 documents, one
 * warm run, 500 documents against compromise, one round: for development), --profile (CPU profiles of a
 * cold --jobs 1 run and of a warm run, summed by file). BENCH_DATA: another JSONL file of {id, date, title, text}.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cacheRuns, cacheSummary } from "./cache-runs.js";
import { compromiseRuns, compromiseSummary } from "./compromise-runs.js";
import { materialize } from "./corpus.js";
import { jobsRuns, jobsSummary } from "./jobs-runs.js";
import { loadAverage, machineState } from "./machine.js";
import { ROOT, requireTime, type SummaryRow } from "./measure.js";
import { memoryRuns, memorySummary } from "./memory-runs.js";
import { profileRuns } from "./profile.js";

const DATA = path.resolve(ROOT, process.env.BENCH_DATA ?? "../shared/bench/reuters21578.jsonl");

interface Plan {
  documents: number;
  versusCompromise: number;
  warmRuns: number;
  growRuns: number;
  rounds: number;
  profile: boolean;
}

function plan(argv: string[]): Plan {
  const quick = argv.includes("--quick");
  const at = argv.indexOf("--rounds");
  const rounds = at >= 0 ? Number(argv[at + 1]) : quick ? 1 : 2;
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error("bench: --rounds takes a whole number >= 1");
    process.exit(2);
  }
  return {
    documents: quick ? 2000 : Number.POSITIVE_INFINITY,
    versusCompromise: quick ? 500 : 1500,
    warmRuns: quick ? 1 : 3,
    growRuns: quick ? 1 : 3,
    rounds,
    profile: argv.includes("--profile"),
  };
}

/** The closing table, left-aligned: its figures are phrases, not single numbers. */
function summary(rows: SummaryRow[]): string {
  const cells = [
    ["measure", "figure", "target", ""],
    ...rows.map((r) => [r.measure, r.figure, r.target, r.pass === null ? "-" : r.pass ? "pass" : "FAIL"]),
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...cells.map((r) => (r[c] as string).length)));
  return cells
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const options = plan(process.argv.slice(2));
  requireTime();
  if (!existsSync(DATA)) {
    console.error(`bench: ${DATA} not found (set BENCH_DATA)`);
    process.exit(2);
  }
  console.log(await machineState());
  const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) console.log("note: the build reported type errors; benchmarking what it emitted");
  const work = mkdtempSync(path.join(tmpdir(), "corpus-cli-bench-"));
  try {
    const all = materialize(DATA, path.join(work, "all"), options.documents);
    const small = materialize(DATA, path.join(work, "small"), options.versusCompromise);
    console.log(
      `corpus: ${all.documents.toLocaleString("en")} documents, ${all.words.toLocaleString("en")} words ` +
        `(whitespace-separated, texts only), ${(all.bytes / 1e6).toFixed(1)} MB, from ${path.basename(DATA)}, ` +
        `in ${work}\n`,
    );

    const cache = cacheRuns({ corpus: all, work, warmRuns: options.warmRuns, growRuns: options.growRuns });
    const jobs = jobsRuns(all, options.rounds);
    const memory = memoryRuns(DATA, all, work, cache);
    const compromise = compromiseRuns(small, options.rounds);
    if (options.profile) {
      const entities = cache.find((r) => r.command.startsWith("entities"));
      profileRuns(work, small, all, entities?.cacheDir ?? path.join(work, "none"));
    }

    console.log("summary (issue 15's table):");
    console.log(
      summary([
        ...cacheSummary(cache),
        ...jobsSummary(all, jobs),
        ...memorySummary(memory),
        compromiseSummary(compromise),
      ]),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nload average (1, 5, 15 min) at end: ${loadAverage()}`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`bench took ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`);
}

await main();
