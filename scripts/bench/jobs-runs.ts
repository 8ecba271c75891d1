/**
 * Sections 2 and 3: `annotate --jsonl --no-cache` with --jobs 1 and with --jobs 2, alternated A B B A so that
 * a change in the machine's load hits both alike. The --jobs 1 runs give the one-thread words/s (section 2);
 * the pair gives the two-core wall ratio, with the CPU seconds each spent (section 3).
 */
import { table } from "../lib/shared.js";
import type { BenchCorpus } from "./corpus.js";
import { BIN, mark, median, runs, type SummaryRow, secs, type Timing, thousands, timed } from "./measure.js";

const WORDS_PER_SECOND_TARGET = 250_000;
const JOBS_RATIO_TARGET = 0.6;

export interface JobsResult {
  one: Timing[];
  two: Timing[];
}

export function jobsRuns(corpus: BenchCorpus, rounds: number): JobsResult {
  const run = (jobs: string): Timing =>
    timed([BIN, "annotate", corpus.dir, "--jsonl", "--no-cache", "-q", "--jobs", jobs]);
  const result: JobsResult = { one: [], two: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ["1", "2"] : ["2", "1"];
    for (const jobs of order) (jobs === "1" ? result.one : result.two).push(run(jobs));
    process.stderr.write(`bench: --jobs round ${round + 1}/${rounds} done\n`);
  }
  const oneWall = median(result.one.map((t) => t.wall));
  const twoWall = median(result.two.map((t) => t.wall));
  // Words per CPU second moves less than words/s when other processes share the cores.
  const rows = [
    ["", "wall, runs (s)", "median (s)", "CPU user+sys, runs (s)", "CPU / wall", "words/s", "words/CPU s"],
  ];
  for (const [name, timings, wall] of [
    ["--jobs 1", result.one, oneWall],
    ["--jobs 2", result.two, twoWall],
  ] as const) {
    const cpu = median(timings.map((t) => t.cpu));
    rows.push([
      name,
      runs(timings.map((t) => t.wall)),
      wall.toFixed(2),
      runs(timings.map((t) => t.cpu)),
      `${Math.round((100 * cpu) / wall)}%`,
      thousands(corpus.words / wall),
      thousands(corpus.words / cpu),
    ]);
  }
  const order = Array.from({ length: rounds }, (_, r) => (r % 2 === 0 ? "1 2" : "2 1")).join(" ");
  console.log(
    `2-3. annotate --jsonl --no-cache, ${thousands(corpus.documents)} documents (${thousands(corpus.words)} words), ` +
      `--jobs ${order}:`,
  );
  console.log(table(rows));
  console.log(
    `   one thread: ${thousands(corpus.words / oneWall)} words/s, ${(corpus.bytes / 1e6 / oneWall).toFixed(2)} MB/s ` +
      `(target >= ${thousands(WORDS_PER_SECOND_TARGET)}): ${mark(corpus.words / oneWall >= WORDS_PER_SECOND_TARGET)}`,
  );
  console.log(
    `   --jobs 2 wall / --jobs 1 wall: ${(twoWall / oneWall).toFixed(2)} (target <= ${JOBS_RATIO_TARGET} on two ` +
      `idle cores): ${mark(twoWall / oneWall <= JOBS_RATIO_TARGET)}\n`,
  );
  return result;
}

export function jobsSummary(corpus: BenchCorpus, result: JobsResult): SummaryRow[] {
  const oneWall = median(result.one.map((t) => t.wall));
  const twoWall = median(result.two.map((t) => t.wall));
  const cpu = (ts: Timing[]): string => median(ts.map((t) => t.cpu)).toFixed(1);
  return [
    {
      measure: "annotate --jsonl --no-cache --jobs 1",
      figure: `${secs(oneWall)}: ${thousands(corpus.words / oneWall)} words/s`,
      target: `>= ${thousands(WORDS_PER_SECOND_TARGET)} words/s`,
      pass: corpus.words / oneWall >= WORDS_PER_SECOND_TARGET,
    },
    {
      measure: "--jobs 2 vs --jobs 1, no cache, alternated",
      figure:
        `${secs(twoWall)} vs ${secs(oneWall)}: ${(twoWall / oneWall).toFixed(2)}x ` +
        `(CPU ${cpu(result.two)} s vs ${cpu(result.one)} s)`,
      target: `jobs 2 wall <= ${JOBS_RATIO_TARGET} x jobs 1`,
      pass: twoWall / oneWall <= JOBS_RATIO_TARGET,
    },
  ];
}
