/**
 * Summaries eval: ROUGE-1/2/L F1 of our 3-sentence summaries against CNN/DailyMail highlights, beside
 * Lead-3 (the first three sentences from the same splitter) in the same run, with the mean per-article
 * paired difference, its value on each half of the file (a robustness check: the parameters were chosen
 * looking at the whole file), and the time per article of summarize() against the split stage.
 *
 * Scoring follows Lin (2004) as implemented by Google's rouge-score (no stemming): lowercase, words are runs
 * of [a-z0-9], n-gram overlap counted with clipping, F1 = 2PR/(P+R); ROUGE-L is the LCS over the whole
 * summary. The npm `rouge` package is not used: it returns recall only, counts overlaps as a set
 * intersection (no clipping) and keeps LCS lengths in a Uint8Array that wraps at 255.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { extractMentions } from "../../src/extract/entities/index.js";
import { extractQuotes } from "../../src/extract/quotes/index.js";
import { nameMentions } from "../../src/resolve/names/index.js";
import { resolveQuotes } from "../../src/resolve/speakers/resolve.js";
import { summarize } from "../../src/summarize/index.js";
import { splitDocument } from "../../src/text/split.js";
import type { TextSpan } from "../../src/types.js";
import { evalDocument } from "../lib/shared.js";

interface Article {
  id: string;
  text: string;
  summary: string;
}

export function rougeWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0;
  const p = overlap / candidate;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

function ngramCounts(words: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const gram = words.slice(i, i + n).join(" ");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

export function rougeL(candidate: readonly string[], reference: readonly string[]): number {
  let previous = new Uint32Array(reference.length + 1);
  let current = new Uint32Array(reference.length + 1);
  for (const word of candidate) {
    for (let j = 1; j <= reference.length; j++) {
      current[j] =
        word === reference[j - 1]
          ? (previous[j - 1] as number) + 1
          : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return f1(previous[reference.length] as number, candidate.length, reference.length);
}

type Scores = [number, number, number];

function score(spans: readonly TextSpan[], reference: string): Scores {
  const c = rougeWords(spans.map((s) => s.text).join(" "));
  const r = rougeWords(reference);
  return [rougeN(c, r, 1), rougeN(c, r, 2), rougeL(c, r)].map((x) => 100 * x) as Scores;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Mean over articles of `f`, timed: the best of `repeats` runs per article, to damp a busy machine's noise. */
function timed<T>(repeats: number, f: () => T): { value: T; ms: number } {
  let best = Number.POSITIVE_INFINITY;
  let value = f();
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    value = f();
    best = Math.min(best, performance.now() - t);
  }
  return { value, ms: best };
}

function row(name: string, ours: readonly Scores[], lead: readonly Scores[], m: number): string[] {
  const diffs = ours.map((o, i) => (o[m] as number) - ((lead[i] as Scores)[m] as number));
  const half = Math.floor(diffs.length / 2);
  const signed = (x: number): string => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;
  return [
    name,
    mean(ours.map((o) => o[m] as number)).toFixed(2),
    mean(lead.map((l) => l[m] as number)).toFixed(2),
    signed(mean(diffs)),
    `${signed(mean(diffs.slice(0, half)))} / ${signed(mean(diffs.slice(half)))}`,
    `${diffs.filter((d) => d > 0).length}/${diffs.filter((d) => d < 0).length}`,
  ];
}

export async function run(evalDir: string): Promise<void> {
  const path = join(evalDir, "summaries", "cnndm-dev.jsonl");
  const articles = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Article);
  const plain: Scores[] = [];
  const signals: Scores[] = [];
  const lead: Scores[] = [];
  const ms = { split: 0, entities: 0, quotes: 0, summarize: 0, summarizeSignals: 0 };
  const repeats = 3;
  for (const article of articles) {
    const doc = evalDocument(article.id, article.text);
    const split = timed(repeats, () => splitDocument(doc));
    const mentions = timed(repeats, () =>
      nameMentions(extractMentions(doc, split.value), doc.text, split.value.tokens),
    );
    const quotes = timed(repeats, () =>
      resolveQuotes(
        extractQuotes(doc, split.value).quotes,
        split.value.tokens,
        split.value.sentences,
        mentions.value,
      ),
    );
    const summary = timed(repeats, () => summarize(doc, split.value, { sentences: 3 }));
    const withSignals = timed(repeats, () =>
      summarize(doc, split.value, { sentences: 3, mentions: mentions.value, quotes: quotes.value }),
    );
    ms.split += split.ms;
    ms.entities += mentions.ms;
    ms.quotes += quotes.ms;
    ms.summarize += summary.ms;
    ms.summarizeSignals += withSignals.ms;
    const lead3 = split.value.sentences
      .slice(0, 3)
      .map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) }));
    plain.push(score(summary.value, article.summary));
    signals.push(score(withSignals.value, article.summary));
    lead.push(score(lead3, article.summary));
    if (process.env.SUMMARY_DEBUG) {
      console.log(
        `${article.id} R1 ours ${(plain.at(-1) as Scores)[0].toFixed(1)} lead ${(lead.at(-1) as Scores)[0].toFixed(1)}`,
      );
      for (const s of summary.value) console.log(`   + ${s.text.slice(0, 160)}`);
    }
  }
  const rows: string[][] = [];
  ["ROUGE-1", "ROUGE-2", "ROUGE-L"].forEach((name, m) => {
    rows.push(row(`${name} ours`, plain, lead, m));
    rows.push(row(`${name} ours+entities+quotes`, signals, lead, m));
  });
  const header = ["F1 (x100)", "ours", "Lead-3", "mean diff", "diff 1st / 2nd half", "ours better/worse"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join("  ");
  console.log(`Summaries: ${articles.length} CNN/DailyMail articles, 3 sentences vs highlights (${path})`);
  console.log(
    "Lead-3 = first three sentences from the same splitter; diff = mean per-article (ours - Lead-3)",
  );
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  const per = (x: number): string => `${(x / articles.length).toFixed(3)} ms`;
  const annotate = ms.split + ms.entities + ms.quotes;
  console.log(
    `time per article: split ${per(ms.split)}, entities ${per(ms.entities)}, quotes ${per(ms.quotes)}; ` +
      `summarize ${per(ms.summarize)} (${((100 * ms.summarize) / ms.split).toFixed(0)}% of split), ` +
      `with signals ${per(ms.summarizeSignals)} (${((100 * ms.summarizeSignals) / annotate).toFixed(1)}% of split+entities+quotes)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await run(process.argv[2] ?? join(import.meta.dirname, "../../../shared/eval"));
}
