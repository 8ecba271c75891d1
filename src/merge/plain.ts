import { VotedRecords } from "../cli/voted-records.js";
import { RawJson, type RowSink } from "../format/printer.js";
import { mergeOrdered } from "./kway.js";
import { type Line, MergeError, parseLine } from "./lines.js";

/**
 * Merging the ordinary JSON output of `annotate` or `quotes` (--json or --jsonl): every row carries its
 * document's `id`, one document's rows all come from one shard, and one run prints documents in the order
 * of a folder walk, i.e. ids compared folder by folder. Rows are passed through as printed, never
 * re-serialized, so the merged bytes are exactly those of one run over a single input folder. Annotate rows
 * take the corpus-wide type vote here (a shard's run, --shard, prints its records unvoted), as one run does.
 */
export type PlainFormat = "json" | "jsonl";

export interface PlainRow {
  id: string;
  /** Which input the row comes from. */
  input: number;
  /** The row's JSON exactly as printed. */
  text: string;
}

/** The order of a folder walk: names compared within each folder, a folder's files before its successors. */
export function compareIds(a: string, b: string): number {
  const x = a.split("/");
  const y = b.split("/");
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/** The kind of output a row comes from: only per-document rows can be merged without the runs' state. */
export function rowKind(value: unknown): "annotate" | "quotes" | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const row = value as Record<string, unknown>;
  if (typeof row.id !== "string") return null;
  if (Array.isArray(row.sentences) && typeof row.chars === "number") return "annotate";
  if (typeof row.speaker === "object" && typeof row.start === "number") return "quotes";
  return null;
}

/** The format of an output from its first line: "[" opens a JSON array of rows, "{" a JSON Lines row. */
export function plainFormat(first: Line | null): PlainFormat | null {
  if (!first) return null;
  const text = first.text.trim();
  if (text === "[" || text === "[]") return "json";
  if (text.startsWith("{")) return "jsonl";
  return null;
}

/** Rows of one output, in order; checks that they are in one run's order. */
async function* plainRows(
  input: number,
  file: string,
  format: PlainFormat,
  first: Line,
  rest: AsyncIterable<Line>,
): AsyncGenerator<PlainRow> {
  let last: string | null = null;
  const row = (line: Line): PlainRow | null => {
    let text = line.text;
    if (format === "json") {
      const trimmed = text.trim();
      if (trimmed === "[" || trimmed === "]" || trimmed === "[]") return null;
      if (text.endsWith(",")) text = text.slice(0, -1);
    }
    const value = parseLine(file, { ...line, text });
    if (rowKind(value) === null) {
      throw new MergeError(
        `${file}:${line.number}: not a row of annotate or quotes output; to merge entities, stats or summary, run the shards with --for-merge`,
      );
    }
    const id = (value as { id: string }).id;
    if (last !== null && compareIds(last, id) > 0) {
      throw new MergeError(
        `${file}:${line.number}: rows out of order (${id} after ${last}): not one run's output`,
      );
    }
    last = id;
    return { id, input, text };
  };
  const firstRow = row(first);
  if (firstRow) yield firstRow;
  for await (const line of rest) {
    const next = row(line);
    if (next) yield next;
  }
}

export interface PlainInput {
  file: string;
  first: Line;
  /** A reader of the lines after the first (each call reads the file again). */
  lines(): AsyncGenerator<Line>;
}

/**
 * Merges plain outputs and writes the result in their format, as the Printer prints it. A document in two
 * inputs (a shard given twice) is refused; a missing shard cannot be seen in plain output (it carries no
 * file list): only a --for-merge merge can check that a run is complete.
 */
export async function mergePlain(
  inputs: readonly PlainInput[],
  write: (text: string) => void,
  /** Annotate rows: take the corpus's type vote over the merged rows, as one run does (cli/voted-records.ts). */
  vote = false,
): Promise<number> {
  const formats = new Set(inputs.map((i) => plainFormat(i.first)));
  if (formats.size !== 1 || formats.has(null)) {
    throw new MergeError("the inputs must all be --json or all be --jsonl output");
  }
  const format = [...formats][0] as PlainFormat;
  const streams = inputs.map((input, i) => plainRows(i, input.file, format, input.first, input.lines()));
  let count = 0;
  let kind: string | null = null;
  let previous: PlainRow | null = null;
  const rows = plainSink(format, write);
  let voted: VotedRecords | null = null;
  for await (const row of mergeOrdered(streams, (a, b) => compareIds(a.id, b.id))) {
    const rowKindNow = rowKind(JSON.parse(row.text));
    if (kind !== null && rowKindNow !== kind)
      throw new MergeError("the inputs mix annotate and quotes output");
    kind = rowKindNow;
    // One record per document in annotate output; one document's quotes all from one run in quotes output.
    if (previous?.id === row.id && (kind === "annotate" || previous.input !== row.input)) {
      throw new MergeError(
        `document ${row.id} is in ${inputs[previous.input]?.file} and ${inputs[row.input]?.file}: a shard given twice?`,
      );
    }
    previous = row;
    if (vote && kind === "annotate") voted ??= new VotedRecords(rows);
    (voted ?? rows).write(new RawJson(row.text));
    count += 1;
  }
  try {
    (voted ?? rows).end();
  } finally {
    voted?.close();
  }
  return count;
}

/** Rows written in their format, as the Printer prints them. */
function plainSink(format: PlainFormat, write: (text: string) => void): RowSink<RawJson> {
  let count = 0;
  return {
    write(row) {
      if (format === "jsonl") write(`${row.text}\n`);
      else write(`${count === 0 ? "[\n" : ",\n"}${row.text}`);
      count += 1;
    },
    end() {
      if (format === "json") write(count === 0 ? "[]\n" : "\n]\n");
    },
  };
}
