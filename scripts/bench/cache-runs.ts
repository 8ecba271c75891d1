/**
 * Section 1: each command cold (its own empty cache) then warm (the median of a few runs over the unchanged
 * corpus), then the growing corpus: warm after one file is added, a copy of a file under a new name (found
 * by its content) and a file with new text (annotated: the models load). Added files are removed before the
 * next command, whose cold run sees the corpus as it was.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { table } from "../lib/shared.js";
import type { BenchCorpus } from "./corpus.js";
import { BIN, mark, median, runs, type SummaryRow, secs, type Timing, thousands, timed } from "./measure.js";

/** The commands of the issue, with the output each is timed with. */
export const COMMANDS: readonly (readonly string[])[] = [
  ["entities", "--json"],
  ["quotes", "--json"],
  ["summary", "--json"],
  ["stats", "--json"],
  ["annotate", "--jsonl"],
];
/** Cold runs with two workers, as the issue measures them (the default --jobs on an idle two-core machine). */
export const COLD_JOBS = "2";
const SPEED_UP_TARGET = 30;

export interface CommandResult {
  command: string;
  cold: Timing;
  warm: number[];
  copied: number[];
  fresh: number[];
  cacheDir: string;
}

export interface CacheRunOptions {
  corpus: BenchCorpus;
  work: string;
  warmRuns: number;
  growRuns: number;
}

function runCommand(options: CacheRunOptions, index: number): CommandResult {
  const { corpus, work } = options;
  const command = COMMANDS[index] as readonly string[];
  const cacheDir = path.join(work, `cache-${command[0]}`);
  mkdirSync(cacheDir);
  const args = [BIN, ...command, corpus.dir, "-q", "--jobs", COLD_JOBS];
  const env = { CORPUS_CLI_CACHE_DIR: cacheDir };
  const cold = timed(args, env);
  const warm = Array.from({ length: options.warmRuns }, () => timed(args, env).wall);
  // Sources of the added files: documents far apart, never the same for two runs.
  const names = readdirSync(corpus.dir).sort();
  const source = (k: number): string => path.join(corpus.dir, names[(k * 997) % names.length] as string);
  const added: string[] = [];
  const copied: number[] = [];
  const fresh: number[] = [];
  try {
    for (let k = 0; k < options.growRuns; k++) {
      const copy = path.join(corpus.dir, `zz-bench-copy-${k}.txt`);
      copyFileSync(source(2 * k), copy);
      added.push(copy);
      copied.push(timed(args, env).wall);
      const next = path.join(corpus.dir, `zz-bench-new-${k}.txt`);
      writeFileSync(
        next,
        `${readFileSync(source(2 * k + 1), "utf8")}\nThe bench added this sentence ${k}.\n`,
      );
      added.push(next);
      fresh.push(timed(args, env).wall);
    }
  } finally {
    for (const file of added) rmSync(file, { force: true });
  }
  return { command: command.join(" "), cold, warm, copied, fresh, cacheDir };
}

export function cacheRuns(options: CacheRunOptions): CommandResult[] {
  const results: CommandResult[] = [];
  for (let i = 0; i < COMMANDS.length; i++) {
    results.push(runCommand(options, i));
    process.stderr.write(`bench: ${results.at(-1)?.command} done\n`);
  }
  const rows = [
    [
      "command",
      "cold (s)",
      `warm, median (runs) (s)`,
      "speed-up",
      "",
      "+1 copied file (s)",
      "+1 new text (s)",
      "cold peak RSS",
      "cold CPU (s)",
    ],
  ];
  for (const r of results) {
    const warm = median(r.warm);
    rows.push([
      r.command,
      r.cold.wall.toFixed(2),
      `${warm.toFixed(2)} (${runs(r.warm)})`,
      `${(r.cold.wall / warm).toFixed(1)}x`,
      mark(r.cold.wall / warm >= SPEED_UP_TARGET),
      `${median(r.copied).toFixed(2)} (${runs(r.copied)})`,
      `${median(r.fresh).toFixed(2)} (${runs(r.fresh)})`,
      `${r.cold.rssMb.toFixed(0)} MB`,
      r.cold.cpu.toFixed(1),
    ]);
  }
  console.log(
    `1. cold (own empty cache) and warm cache, ${thousands(options.corpus.documents)} documents, --jobs ${COLD_JOBS} ` +
      `(target: warm >= ${SPEED_UP_TARGET}x faster than cold, every command); growing corpus: warm after ` +
      "adding one file (a copy under a new name; a new text), no target:",
  );
  console.log(`${table(rows)}\n`);
  return results;
}

export function cacheSummary(results: CommandResult[]): SummaryRow[] {
  const rows: SummaryRow[] = results.map((r) => {
    const warm = median(r.warm);
    return {
      measure: `${r.command}, cold / warm`,
      figure: `${secs(r.cold.wall)} / ${secs(warm)}: ${(r.cold.wall / warm).toFixed(1)}x`,
      target: `warm >= ${SPEED_UP_TARGET}x faster`,
      pass: r.cold.wall / warm >= SPEED_UP_TARGET,
    };
  });
  for (const r of results) {
    rows.push({
      measure: `${r.command}, growing: warm +1 copied / +1 new file`,
      figure: `${secs(median(r.copied))} / ${secs(median(r.fresh))}`,
      target: "(reported)",
      pass: null,
    });
  }
  return rows;
}
