/**
 * Section 5: `annotate --jsonl --no-cache` (the default --jobs, as a user runs it) against compromise alone
 * (compromise-alone.mjs: nlp(text), people, places, organizations, quotations, one process) on the same
 * documents, alternated A S B A S B. The CPU seconds are shown too: on a busy machine they move less than wall.
 * The ratio is of annotate as it runs by default, with the corpus-wide type vote (two passes, a spill file:
 * cli/voted-records.ts). The S row, `--stream` (one pass, no vote), is timed beside it to show the vote's share;
 * it has no target. Session 22, these 1,500 documents, 5 alternated pairs each, user+sys CPU: the default --jobs
 * at load 14-15, voted 2.43-2.51 s (median 2.47) against --stream 2.32-2.50 s (2.42); --jobs 2 at load 10-12,
 * 2.32-2.39 s against 2.28-2.39 s. So ~0.05 s (2%), near the noise: the vote's cost on Reuters (~1.2 s of one
 * thread's 13 s) grows with the corpus's records; wall times at that load moved by seconds either way.
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
  /** annotate as a user runs it: voted (the default). */
  ours: Timing[];
  /** annotate --stream: no vote (reported beside, no target). */
  streamed: Timing[];
  theirs: Timing[];
}

export function compromiseRuns(corpus: BenchCorpus, rounds: number): CompromiseResult {
  const result: CompromiseResult = { documents: corpus.documents, ours: [], streamed: [], theirs: [] };
  for (let round = 0; round < rounds; round++) {
    result.ours.push(timed([BIN, "annotate", corpus.dir, "--jsonl", "--no-cache", "-q"]));
    result.streamed.push(timed([BIN, "annotate", corpus.dir, "--jsonl", "--no-cache", "-q", "--stream"]));
    result.theirs.push(timed([COMPROMISE, corpus.dir]));
    process.stderr.write(`bench: compromise round ${round + 1}/${rounds} done\n`);
  }
  const rows = [["", "wall, runs (s)", "median (s)", "CPU user+sys, runs (s)", "words/s"]];
  for (const [name, timings] of [
    ["corpus-cli annotate (voted)", result.ours],
    ["  the same, --stream (no vote)", result.streamed],
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
    `5. annotate --jsonl --no-cache (voted, the default) vs compromise alone (nlp, people, places, ` +
      `organizations, quotations), same ${thousands(corpus.documents)} documents ` +
      `(${Array(rounds).fill("A S B").join(" ")}; S: annotate --stream, no target):`,
  );
  console.log(table(rows));
  console.log(
    `   corpus-cli is ${ratio.toFixed(1)}x faster (wall; target >= ${RATIO_TARGET}x): ${mark(ratio >= RATIO_TARGET)}; ` +
      `${cpuRatio.toFixed(1)}x in CPU seconds; the vote's share: ${voteShare(result)}\n`,
  );
  return result;
}

/** The voted run's median wall and CPU less the --stream run's, as "+x.xx s wall, +y.yy s CPU". */
function voteShare(r: CompromiseResult): string {
  const signed = (x: number): string => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;
  const wall = median(r.ours.map((t) => t.wall)) - median(r.streamed.map((t) => t.wall));
  const cpu = median(r.ours.map((t) => t.cpu)) - median(r.streamed.map((t) => t.cpu));
  return `${signed(wall)} s wall, ${signed(cpu)} s CPU over --stream`;
}

const wallRatio = (r: CompromiseResult): number =>
  median(r.theirs.map((t) => t.wall)) / median(r.ours.map((t) => t.wall));

export function compromiseSummary(result: CompromiseResult): SummaryRow {
  const ours = median(result.ours.map((t) => t.wall));
  const theirs = median(result.theirs.map((t) => t.wall));
  return {
    measure: `annotate (voted) vs compromise alone, same ${thousands(result.documents)} docs, alternated`,
    figure: `${secs(ours)} vs ${secs(theirs)}: ${wallRatio(result).toFixed(1)}x`,
    target: `>= ${RATIO_TARGET}x`,
    pass: wallRatio(result) >= RATIO_TARGET,
  };
}
