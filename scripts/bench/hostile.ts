/**
 * Hostile-input benchmark: the pipeline (annotateDocument) and the built CLI on inputs that break naive
 * tokenizers, regexes and pairing loops. Each case runs at two sizes, n and 4n: t(4n)/t(n) ≈ 4 means linear
 * time, ≈ 16 quadratic. A case passes when t(4n) is within its (generous) budget and the ratio is below
 * MAX_RATIO (or both times are too small to measure a ratio). Time budgets live here, never in unit tests.
 *
 *   npm run build && npm run bench:hostile        (the CLI cases need the build)
 *   npm run bench:hostile -- table                 (only the cases whose name contains "table")
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Chalk } from "chalk";
import { makeDocument } from "../../src/corpus/index.js";
import { loadTagger } from "../../src/extract/entities/index.js";
import type { Column } from "../../src/format/columns.js";
import { renderTable } from "../../src/format/table.js";
import { annotateDocument } from "../../src/pipeline/annotate.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(ROOT, "bin/corpus-cli.js");
/** Quadratic time gives 16; noise on a busy 2-core machine stays well below 8. */
const MAX_RATIO = 8;
/** Below this, timer noise dominates and the ratio says nothing. */
const RATIO_FLOOR_MS = 60;

interface Case {
  name: string;
  /** Builds the input for size n. */
  make(n: number): string;
  n: number;
  /** Budget for the 4n input, in milliseconds. */
  budgetMs: number;
  /** Run through the built CLI (stdin, annotate --jsonl) instead of in process. */
  cli?: boolean;
  /** Times something other than annotateDocument on the input (e.g. the table printer). */
  time?: (text: string) => number;
}

const WORDS = [
  "the",
  "minister",
  "met",
  "officials",
  "in",
  "town",
  "on",
  "Tuesday",
  "to",
  "discuss",
  "prices",
];

function words(count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(WORDS[i % WORDS.length] as string);
  return out.join(" ");
}

/** A line of about `bytes` characters: words and spaces, no punctuation at all. */
const lineWithoutPunctuation = (bytes: number): string => words(Math.ceil(bytes / 6)).slice(0, bytes);

const CASES: Case[] = [
  {
    name: "unbalanced quote marks",
    n: 5_000,
    budgetMs: 5_000,
    make: (n) => {
      const marks = ["“", "”", '"', "‘", "«"];
      let text = "";
      for (let i = 0; i < n; i++) text += `${marks[i % marks.length]}word Smith said `;
      return text;
    },
  },
  {
    name: "line without punctuation (3 MB at 4n)",
    n: 750_000,
    budgetMs: 20_000,
    make: lineWithoutPunctuation,
  },
  {
    name: "5,000-letter ALL-CAPS words",
    n: 25,
    budgetMs: 5_000,
    make: (n) =>
      Array.from({ length: n }, (_, i) => `${"ABCDEFGHIJ"[i % 10]?.repeat(5_000)} said Jones.`).join(" "),
  },
  {
    // Every sentence names a different all-capital organization and acronym: the spelling lookup and the
    // acronym index (src/extract/entities/organizations.ts) must stay linear in the number of names.
    name: "distinct all-caps organizations",
    n: 2_000,
    budgetMs: 10_000,
    make: (n) =>
      Array.from({ length: n }, (_, i) => {
        const word = i.toString(26).replace(/./g, (c) => String.fromCharCode(65 + Number.parseInt(c, 26)));
        return `The ${word} BANK OF ${word}LAND said on Monday that the B${word}L would cut rates.`;
      }).join(" "),
  },
  {
    name: "nested quotes (1,000 levels at n)",
    n: 1_000,
    budgetMs: 5_000,
    make: (n) => {
      let open = "";
      let close = "";
      for (let i = 0; i < n; i++) {
        open += i % 2 === 0 ? "“Level says " : "‘Inner says ";
        close += i % 2 === 0 ? " end” " : " end’ ";
      }
      return `${open}core${close.split("").reverse().join("")} said Smith.`;
    },
  },
  {
    name: "short lines (100,000 at 4n)",
    n: 25_000,
    budgetMs: 20_000,
    make: (n) => Array.from({ length: n }, (_, i) => `Line ${i} said Smith.`).join("\n"),
  },
  {
    // Every mention asks where its line starts (credits, link lines, signatures) and one-word persons whether the
    // text writes them in lower case: a scan per question was quadratic on one long line (session 18).
    name: "many names on one line",
    n: 1_000,
    budgetMs: 10_000,
    make: (n) =>
      Array.from(
        { length: n },
        (_, i) =>
          `Dana Whitlow${i % 7} of Acme Corp met Mr Kallberg in Oslo, and Ms Orla Brisco said prices rose. `,
      ).join(""),
  },
  { name: "run of one letter (1 MB at 4n)", n: 250_000, budgetMs: 10_000, make: (n) => "a".repeat(n) },
  { name: "run of one quote mark", n: 250_000, budgetMs: 10_000, make: (n) => "“".repeat(n) },
  { name: "run of periods", n: 250_000, budgetMs: 10_000, make: (n) => ".".repeat(n) },
  { name: '"Mr." in a row', n: 10_000, budgetMs: 10_000, make: (n) => `${"Mr. ".repeat(n)}Smith said so.` },
  {
    name: "letter-period run before a letter",
    n: 10_000,
    budgetMs: 5_000,
    make: (n) => `${"a.".repeat(n)}ab said Smith.`,
  },
  {
    name: "capitalized words, no sentence end",
    n: 50_000,
    budgetMs: 20_000,
    make: (n) => Array.from({ length: n }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}`).join(" "),
  },
  {
    name: "header line of 3 MB at 4n",
    n: 750_000,
    budgetMs: 20_000,
    make: (n) => `title ${lineWithoutPunctuation(n)}\ndate 2020-01-01\nBody said Smith.`,
  },
  {
    name: "whitespace runs, CR only",
    n: 250_000,
    budgetMs: 10_000,
    make: (n) => `${"\r \t\f".repeat(n / 4)}End.`,
  },
  {
    name: "terminal escape sequences",
    n: 20_000,
    budgetMs: 10_000,
    make: (n) => "\u001b[31mAnna\u001b[0m \u001b]0;t\u0007said ".repeat(n),
  },
  { name: "emoji (surrogate pairs)", n: 100_000, budgetMs: 10_000, make: (n) => "😀".repeat(n) },
  {
    // A table row per line: what `entities --by-document` or `quotes` print for a large corpus.
    name: "table output, rows (printer)",
    n: 4_000,
    budgetMs: 10_000,
    make: (n) => Array.from({ length: n }, (_, i) => `Person ${i}`).join("\n"),
    time: timeTable,
  },
  {
    name: "CLI: unbalanced quote marks",
    n: 5_000,
    budgetMs: 15_000,
    cli: true,
    make: (n) => "“word Smith said ".repeat(n),
  },
  {
    name: "CLI: line without punctuation",
    n: 750_000,
    budgetMs: 30_000,
    cli: true,
    make: lineWithoutPunctuation,
  },
];

function timeInProcess(text: string): number {
  const start = performance.now();
  const doc = makeDocument("hostile.txt", "hostile.txt", text);
  const result = annotateDocument(doc);
  const ms = performance.now() - start;
  JSON.stringify(result.annotation);
  return ms;
}

const TABLE_COLUMNS: Column<string>[] = [
  { header: "name", value: (row) => row, style: "name" },
  { header: "type", value: () => "person", style: "type" },
  { header: "mentions", value: (row) => row.length, style: "number" },
  { header: "aliases", value: (row) => [row, row.toUpperCase()], grow: 1 },
];

function timeTable(text: string): number {
  const rows = text.split("\n");
  const start = performance.now();
  renderTable(TABLE_COLUMNS, rows, new Chalk({ level: 0 }), 100);
  return performance.now() - start;
}

function timeCli(text: string): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [BIN, "annotate", "--jsonl", "--no-cache", "--jobs", "1", "-"], {
    input: text,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`CLI exited ${run.status}: ${run.stderr.slice(0, 300)}`);
  JSON.parse(run.stdout);
  return ms;
}

function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function fmtSize(chars: number): string {
  if (chars >= 1_000_000) return `${(chars / 1_000_000).toFixed(1)}M`;
  if (chars >= 1_000) return `${(chars / 1_000).toFixed(0)}k`;
  return String(chars);
}

function main(): void {
  loadTagger();
  timeInProcess("Warm-up: “Hello,” said Mr. Smith in Paris. The U.S. Senate met on Monday.");
  const haveCli = existsSync(path.join(ROOT, "dist/cli/main.js"));
  const header = ["case", "chars n/4n", "t(n)", "t(4n)", "ratio", "budget", "result"];
  const rows: string[][] = [];
  let failed = 0;
  // `npm run bench:hostile -- quote`: only the cases whose name contains "quote".
  const only = process.argv[2];
  for (const c of CASES.filter((k) => only === undefined || k.name.includes(only))) {
    if (c.cli && !haveCli) {
      rows.push([c.name, "-", "-", "-", "-", fmtMs(c.budgetMs), "SKIP (npm run build)"]);
      continue;
    }
    const small = c.make(c.n);
    const large = c.make(4 * c.n);
    const time = c.time ?? (c.cli ? timeCli : timeInProcess);
    let small_ms: number;
    let large_ms: number;
    let verdict: string;
    try {
      // In process, the first run of a case also pays for JIT compilation of the paths it exercises.
      small_ms = c.cli || c.time ? time(small) : Math.min(time(small), time(small));
      large_ms = time(large);
      const ratio = large_ms / Math.max(small_ms, 1e-3);
      const ratioOk = ratio <= MAX_RATIO || large_ms < RATIO_FLOOR_MS;
      const pass = ratioOk && large_ms <= c.budgetMs;
      verdict = pass ? "PASS" : `FAIL${ratioOk ? "" : " (superlinear)"}`;
      if (!pass) failed++;
      rows.push([
        c.name,
        `${fmtSize(small.length)}/${fmtSize(large.length)}`,
        fmtMs(small_ms),
        fmtMs(large_ms),
        ratio.toFixed(1),
        fmtMs(c.budgetMs),
        verdict,
      ]);
    } catch (error) {
      failed++;
      rows.push([
        c.name,
        `${fmtSize(small.length)}/${fmtSize(large.length)}`,
        "-",
        "-",
        "-",
        fmtMs(c.budgetMs),
        `FAIL (threw: ${(error as Error).message.slice(0, 60)})`,
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) =>
        i >= 2 && i <= 5 ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number),
      )
      .join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
  console.log(
    `\n${rows.length - failed} of ${rows.length} cases passed (ratio ≤ ${MAX_RATIO}, or t(4n) < ${RATIO_FLOOR_MS} ms)`,
  );
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
