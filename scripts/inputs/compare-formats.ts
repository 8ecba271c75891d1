/**
 * `npx tsx scripts/inputs/compare-formats.ts [--limit N] [--txt DIR] [--keep]`: the bench corpus
 * (../shared/bench/reuters21578.jsonl) as a folder of .txt files, as one .jsonl, one .jsonl.gz and one .csv
 * must give the same `entities --json` and `quotes --json`, ids aside.
 *
 * The .txt folder is --txt DIR (e.g. /work/ref/reuters-txt, the whole corpus), else the first N documents
 * written as `npm run bench` writes them (date and title header lines, a blank line, the text). The record
 * files hold the same documents in the folder's order (its sorted file names), with the raw fields (the
 * Reuters date "26-FEB-1987 15:01:01.79" is normalized by the reader). A quote's offsets in a .txt file
 * count the header lines, in a record they do not: they are compared after subtracting each document's
 * header length (the .txt text's length minus the record's).
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createGzip } from "node:zlib";
import { materialize } from "../bench/corpus.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(ROOT, "bin/corpus-cli.js");
const DATA = path.resolve(ROOT, process.env.BENCH_DATA ?? "../shared/bench/reuters21578.jsonl");

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const limit = Number(option("--limit") ?? Number.POSITIVE_INFINITY);
const work = mkdtempSync(path.join(tmpdir(), "corpus-cli-formats-"));

interface Row {
  id: string;
  date?: string;
  title?: string;
  text: string;
}

const rows = new Map<string, Row>();
for (const line of readFileSync(DATA, "utf8").split("\n")) {
  if (line.trim() !== "") {
    const row = JSON.parse(line) as Row;
    rows.set(`${row.id.replace(/[^\w.-]+/g, "_")}.txt`, row);
  }
}
let txtDir = option("--txt");
if (!txtDir) {
  txtDir = path.join(work, "txt");
  materialize(DATA, txtDir, limit);
}
// The folder walk's order: names sorted by code units.
const names = readdirSync(txtDir)
  .filter((n) => n.endsWith(".txt"))
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const ordered = names.map((n) => {
  const row = rows.get(n);
  if (!row) throw new Error(`${n}: not in ${DATA}`);
  return { name: n, row };
});
/** Header length of each document's .txt file, by record id. */
const shift = new Map<string, number>();
for (const { name, row } of ordered) {
  shift.set(row.id, readFileSync(path.join(txtDir, name), "utf8").length - row.text.length);
}

async function write(file: string, lines: Iterable<string>, gzip = false): Promise<void> {
  const out = createWriteStream(file);
  const sink = gzip ? createGzip() : null;
  sink?.pipe(out);
  const target = sink ?? out;
  for (const line of lines)
    if (!target.write(line)) await new Promise<void>((r) => target.once("drain", () => r()));
  target.end();
  await new Promise<void>((r) => out.once("close", () => r()));
}

const jsonl = function* (): Generator<string> {
  for (const { row } of ordered) yield `${JSON.stringify(row)}\n`;
};
const csvField = (v: string | undefined): string => `"${(v ?? "").replace(/"/g, '""')}"`;
const csv = function* (): Generator<string> {
  yield "id,date,title,text\r\n";
  for (const { row } of ordered)
    yield `${[row.id, row.date, row.title, row.text].map(csvField).join(",")}\r\n`;
};
await write(path.join(work, "corpus.jsonl"), jsonl());
await write(path.join(work, "corpus.jsonl.gz"), jsonl(), true);
await write(path.join(work, "corpus.csv"), csv());

type Json = Record<string, unknown>;

function run(command: string, input: string, cache: string): { out: unknown; seconds: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, command, input, "--json", "--quiet"], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, CORPUS_CLI_CACHE_DIR: cache },
  });
  if (result.status !== 0) throw new Error(`${command} ${input}: exit ${result.status}\n${result.stderr}`);
  return { out: JSON.parse(result.stdout), seconds: (performance.now() - started) / 1000 };
}

/** A quote without its document's id, its offsets made relative to the record's text. */
function normalizeQuote(quote: Json, fromTxt: boolean, byTxtId: Map<string, string>): Json {
  const recordId = fromTxt ? (byTxtId.get(quote.id as string) as string) : (quote.id as string);
  const by = fromTxt ? (shift.get(recordId) ?? 0) : 0;
  const moved = (span: unknown): unknown => {
    if (typeof span !== "object" || span === null) return span;
    const s = span as Json;
    return { ...s, start: (s.start as number) - by, end: (s.end as number) - by };
  };
  const speaker = quote.speaker as Json;
  const { id: _id, ...rest } = quote;
  return {
    ...(moved(rest) as Json),
    document: recordId,
    speaker: { ...speaker, mention: moved(speaker.mention) },
    cue: moved(quote.cue),
  };
}

const byTxtId = new Map(ordered.map(({ name, row }) => [name, row.id]));
const variants = [
  { name: ".txt folder", input: txtDir, txt: true },
  { name: ".jsonl", input: path.join(work, "corpus.jsonl"), txt: false },
  { name: ".jsonl.gz", input: path.join(work, "corpus.jsonl.gz"), txt: false },
  { name: ".csv", input: path.join(work, "corpus.csv"), txt: false },
];
const outputs: { name: string; entities: string; quotes: string; count: [number, number] }[] = [];
for (const v of variants) {
  const cache = mkdtempSync(path.join(work, "cache-"));
  const entities = run("entities", v.input, cache);
  const quotes = run("quotes", v.input, cache);
  const quoteList = (quotes.out as Json[]).map((q) => normalizeQuote(q, v.txt, byTxtId));
  outputs.push({
    name: v.name,
    entities: JSON.stringify(entities.out),
    quotes: JSON.stringify(quoteList),
    count: [(entities.out as unknown[]).length, quoteList.length],
  });
  console.log(
    `${v.name.padEnd(12)} ${ordered.length} documents: ${(entities.out as unknown[]).length} entities, ${quoteList.length} quotes (entities ${entities.seconds.toFixed(1)} s cold, quotes ${quotes.seconds.toFixed(1)} s warm)`,
  );
}
const base = outputs[0] as (typeof outputs)[number];
let same = true;
for (const o of outputs.slice(1)) {
  for (const what of ["entities", "quotes"] as const) {
    if (o[what] === base[what]) {
      console.log(`${o.name} ${what}: identical to the .txt folder's`);
      continue;
    }
    same = false;
    let at = 0;
    while (at < o[what].length && o[what][at] === base[what][at]) at++;
    console.log(
      `${o.name} ${what}: DIFFERENT at character ${at}:\n  txt:  ${base[what].slice(Math.max(0, at - 100), at + 100)}\n  this: ${o[what].slice(Math.max(0, at - 100), at + 100)}`,
    );
  }
}
if (!args.includes("--keep")) rmSync(work, { recursive: true, force: true });
else console.log(`variants kept in ${work}`);
if (existsSync(work) && !args.includes("--keep")) console.log(`could not remove ${work}`);
process.exitCode = same ? 0 : 1;
