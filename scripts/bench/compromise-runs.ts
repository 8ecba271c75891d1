/**
 * Section 5: `annotate --jsonl --no-cache` (the default --jobs, as a user runs it) against compromise alone
 * (compromise-alone.mjs: nlp(text), people, places, organizations, quotations, one process) on the same
 * documents, alternated A B A B. The CPU seconds are shown too: on a busy machine they move less than wall.
 */
import path from "node:path";
import { table } from "../lib/shared.js";
import type { BenchCorpus } from "./corpus.js";
import {
  BIN,
  mark,
  median,
  ROOT,
  runs,
  type SummaryRow,
  secs,
  type Timing,
  thousands,
  timed,
} from "./measure.js";

const COMPROMISE = path.join(ROOT, "scripts/bench/compromise-alone.mjs");
const RATIO_TARGET = 15;

export interface CompromiseResult {
  documents: number;
  ours: Timing[];
  theirs: Timing[];
}

export function compromiseRuns(corpus: BenchCorpus, rounds: number): CompromiseResult {
  const result: CompromiseResult = { documents: corpus.documents, ours: [], theirs: [] };
  for (let round = 0; round < rounds; round++) {
    result.ours.push(timed([BIN, "annotate", corpus.dir, "--jsonl", "--no-cache", "-q"]));
    result.theirs.push(timed([COMPROMISE, corpus.dir]));
    process.stderr.write(`bench: compromise round ${round + 1}/${rounds} done\n`);
  }
  const rows = [["", "wall, runs (s)", "median (s)", "CPU user+sys, runs (s)", "words/s"]];
  for (const [name, timings] of [
    ["corpus-cli annotate", result.ours],
    ["compromise alone", result.theirs],
  ] as const) {
    const wall = median(timings.map((t) => t.wall));
    rows.push([
      name,
      runs(timings.map((t) => t.wall)),
      wall.toFixed(2),
      runs(timings.map((t) => t.cpu)),
      thousands(corpus.words / wall),
    ]);
  }
  const ratio = wallRatio(result);
  const cpuRatio = median(result.theirs.map((t) => t.cpu)) / median(result.ours.map((t) => t.cpu));
  console.log(
    `5. annotate --jsonl --no-cache vs compromise alone (nlp, people, places, organizations, quotations), ` +
      `same ${thousands(corpus.documents)} documents (${Array(rounds).fill("A B").join(" ")}):`,
  );
  console.log(table(rows));
  console.log(
    `   corpus-cli is ${ratio.toFixed(1)}x faster (wall; target >= ${RATIO_TARGET}x): ${mark(ratio >= RATIO_TARGET)}; ` +
      `${cpuRatio.toFixed(1)}x in CPU seconds\n`,
  );
  return result;
}

const wallRatio = (r: CompromiseResult): number =>
  median(r.theirs.map((t) => t.wall)) / median(r.ours.map((t) => t.wall));

export function compromiseSummary(result: CompromiseResult): SummaryRow {
  const ours = median(result.ours.map((t) => t.wall));
  const theirs = median(result.theirs.map((t) => t.wall));
  return {
    measure: `vs compromise alone, same ${thousands(result.documents)} docs, alternated`,
    figure: `${secs(ours)} vs ${secs(theirs)}: ${wallRatio(result).toFixed(1)}x`,
    target: `>= ${RATIO_TARGET}x`,
    pass: wallRatio(result) >= RATIO_TARGET,
  };
}
