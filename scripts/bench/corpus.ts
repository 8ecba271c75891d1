import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface BenchCorpus {
  dir: string;
  documents: number;
  bytes: number;
  /** Whitespace-separated words of the texts, the unit of compromise's words/s. */
  words: number;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/** "26-FEB-1987 15:01:01.79" → "1987-02-26"; null when it does not parse. */
export function reutersDate(raw: unknown): string | null {
  const match = typeof raw === "string" ? /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/i.exec(raw) : null;
  if (!match) return null;
  const month = MONTHS.indexOf((match[2] as string).toUpperCase()) + 1;
  const day = Number(match[1]);
  if (month === 0 || day < 1 || day > 31) return null;
  return `${match[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface Row {
  id: string;
  date?: string;
  title?: string;
  text: string;
}

/**
 * Writes the first `limit` documents of the JSONL file into `dir`, one .txt per document: a `date` header
 * when the date parses, a `title` header when there is one, then the text. A `variant` is added to every
 * title, so that copies of the corpus differ in content (a cache, which finds a document by its content,
 * then cannot serve one copy from another) while their texts and words stay those of the original.
 */
export function materialize(
  jsonl: string,
  dir: string,
  limit = Number.POSITIVE_INFINITY,
  variant = "",
): BenchCorpus {
  mkdirSync(dir, { recursive: true });
  const lines = readFileSync(jsonl, "utf8").split("\n");
  const corpus: BenchCorpus = { dir, documents: 0, bytes: 0, words: 0 };
  for (const line of lines) {
    if (corpus.documents >= limit) break;
    if (line.trim() === "") continue;
    const row = JSON.parse(line) as Row;
    const date = reutersDate(row.date);
    const title = `${row.title?.replace(/\s+/g, " ").trim() ?? ""} ${variant}`.trim();
    const text = `${date ? `date ${date}\n` : ""}${title ? `title ${title}\n` : ""}\n${row.text}`;
    const name = `${row.id.replace(/[^\w.-]+/g, "_")}.txt`;
    writeFileSync(path.join(dir, name), text);
    corpus.documents += 1;
    corpus.bytes += Buffer.byteLength(text);
    corpus.words += row.text.match(/\S+/g)?.length ?? 0;
  }
  return corpus;
}
