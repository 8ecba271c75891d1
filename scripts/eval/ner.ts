/**
 * Entities eval: exact-span PER / LOC (country + place) / ORG precision, recall and F1 on CoNLL-2003 dev,
 * ours (splitDocument + extractMentions on text rebuilt from the tokens, as a user would run it) beside
 * compromise alone (nlp(text).people() / .places() with their character offsets), and the speed of both.
 * Text is rebuilt as ../shared/eval/README.md says: tokens joined by spaces, none before , . : ; ? ! % ) 's n't,
 * none after ( $, one sentence per line.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { extractMentions, loadTagger } from "../../src/extract/entities/index.js";
import { splitDocument } from "../../src/text/split.js";
import { evalDocument, table } from "../lib/shared.js";
import { runGum } from "./ner-gum.js";
import { compromiseSpans, type Label, type Nlp, ourSpans, Score, spanKey } from "./ner-score.js";

const require = createRequire(import.meta.url);

interface GoldDocument {
  text: string;
  words: number;
  spans: Set<string>;
}

const NO_SPACE_BEFORE = new Set([",", ".", ":", ";", "?", "!", "%", ")", "'s", "n't"]);
const NO_SPACE_AFTER = new Set(["(", "$"]);

/** Documents of a CoNLL file with their rebuilt text and gold PER/LOC/ORG spans. */
export function readGold(path: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let lines: string[] = [];
  let spans = new Set<string>();
  let words = 0;
  let line = "";
  let previous = "";
  let open: { label: string; start: number; end: number } | null = null;
  const close = (): void => {
    if (open !== null && open.label !== "MISC") spans.add(spanKey(open.label as Label, open.start, open.end));
    open = null;
  };
  const offset = (): number => lines.reduce((sum, l) => sum + l.length + 1, 0);
  const endSentence = (): void => {
    close();
    if (line !== "") lines.push(line);
    line = "";
    previous = "";
  };
  const endDocument = (): void => {
    endSentence();
    if (lines.length > 0) docs.push({ text: lines.join("\n"), words, spans });
    lines = [];
    spans = new Set();
    words = 0;
  };
  for (const row of readFileSync(path, "utf8").split("\n")) {
    const fields = row.trim().split(" ");
    if (fields[0] === "-DOCSTART-") {
      endDocument();
      continue;
    }
    if (fields.length < 2) {
      endSentence();
      continue;
    }
    const token = fields[0] as string;
    const tag = fields[fields.length - 1] as string;
    if (line !== "" && !NO_SPACE_BEFORE.has(token) && !NO_SPACE_AFTER.has(previous)) line += " ";
    const base = offset();
    const start = base + line.length;
    line += token;
    previous = token;
    words++;
    const label = tag === "O" ? null : tag.slice(2);
    const current = open as { label: string; start: number; end: number } | null;
    if (label === null || tag.startsWith("B-") || current?.label !== label) close();
    if (label !== null) {
      if (open === null) open = { label, start, end: base + line.length };
      else (open as { end: number }).end = base + line.length;
    }
  }
  endDocument();
  return docs;
}

function tokensPerSecond(texts: readonly string[]): number {
  const docs = texts.map((text) => evalDocument("-", text));
  const splits = docs.map((doc) => splitDocument(doc));
  const started = performance.now();
  docs.forEach((doc, i) => {
    extractMentions(doc, splits[i] as ReturnType<typeof splitDocument>);
  });
  const seconds = (performance.now() - started) / 1000;
  return splits.reduce((sum, split) => sum + split.tokens.length, 0) / seconds;
}

export async function run(evalDir: string): Promise<void> {
  const file = join(evalDir, "ner", "conll2003-dev.conll");
  const docs = readGold(file);
  const words = docs.reduce((sum, d) => sum + d.words, 0);

  let started = performance.now();
  loadTagger();
  const loadMs = performance.now() - started;
  const ours = { PER: new Score(), LOC: new Score(), ORG: new Score(), "PER+LOC": new Score() };
  started = performance.now();
  const predicted = docs.map((d) => ourSpans(d.text));
  const ourSeconds = (performance.now() - started) / 1000;
  docs.forEach((d, i) => {
    const p = predicted[i] as Set<string>;
    ours.PER.add(d.spans, p, ["PER"]);
    ours.LOC.add(d.spans, p, ["LOC"]);
    ours.ORG.add(d.spans, p, ["ORG"]);
    ours["PER+LOC"].add(d.spans, p, ["PER", "LOC"]);
  });
  // The same after resolve/names, as annotate --jsonl writes mentions (what a scorer reading its output sees).
  const resolved = new Score();
  for (const d of docs) resolved.add(d.spans, ourSpans(d.text, true), ["PER", "LOC"]);

  // Throughput of extractMentions alone (tokens given), in a second pass over the same documents (word caches
  // warm, as in a long run) and over the sample article repeated as 200 documents.
  const warm = tokensPerSecond(docs.map((d) => d.text));
  const seedPath = join(import.meta.dirname, "..", "..", "seeds", "000_45a8fef921a77d2f.txt");
  const seed = tokensPerSecond(Array.from({ length: 200 }, () => readFileSync(seedPath, "utf8")));

  const nlp = require("compromise") as Nlp;
  const theirs = { PER: new Score(), LOC: new Score(), "PER+LOC": new Score() };
  started = performance.now();
  const baseline = docs.map((d) => compromiseSpans(nlp, d.text));
  const theirSeconds = (performance.now() - started) / 1000;
  docs.forEach((d, i) => {
    const p = baseline[i] as Set<string>;
    theirs.PER.add(d.spans, p, ["PER"]);
    theirs.LOC.add(d.spans, p, ["LOC"]);
    theirs["PER+LOC"].add(d.spans, p, ["PER", "LOC"]);
  });

  const rows = [["CoNLL-2003 dev, exact spans", "P", "R", "F1"]];
  for (const [name, score] of Object.entries(ours)) rows.push([`corpus-cli ${name}`, ...score.row()]);
  rows.push(["corpus-cli PER+LOC, annotate's mentions", ...resolved.row()]);
  for (const [name, score] of Object.entries(theirs)) rows.push([`compromise ${name}`, ...score.row()]);
  console.log(`${docs.length} documents, ${words} words`);
  console.log(table(rows));
  console.log(
    table([
      ["speed", "words/s"],
      ["corpus-cli (split + extractMentions)", Math.round(words / ourSeconds).toString()],
      ["compromise (people + places)", Math.round(words / theirSeconds).toString()],
      ["corpus-cli extractMentions, dev again (tokens/s)", Math.round(warm).toString()],
      ["corpus-cli extractMentions, sample article x200 (tokens/s)", Math.round(seed).toString()],
      ["corpus-cli model + gazetteer load (ms)", loadMs.toFixed(0)],
    ]),
  );
  runGum(evalDir, nlp);
}
