import type { Document } from "../types.js";
import { csvRecords } from "./csv.js";
import { type ReadDiagnostic, type ReadTally, SKIPPING_CODES } from "./diagnostics.js";
import type { FieldOptions } from "./fields.js";
import type { FileSeq, InputFile } from "./file-list.js";
import { formatOf, type InputFormatOption, isRecordFormat } from "./formats.js";
import { jsonlRecords } from "./jsonl.js";
import type { DocumentFormat } from "./read.js";
import type { RecordResult } from "./record.js";

/**
 * The documents of a run, in order, one at a time. A text or HTML file is one document, read later by
 * the pipeline (so that the cache's file index may serve it without reading it); a JSON Lines, CSV or TSV
 * file is streamed here into one document per record.
 *
 * `seq` is a document's place in the run over all shards: every shard lists the same files and reads
 * every record file whole (a record's id, which picks its shard, is in the record), so every shard numbers
 * the documents alike, and `merge` can restore one run's order. For a corpus of text files, `seq` is the
 * file's place in the list, as before records existed.
 */
export type Source =
  | { kind: "file"; seq: number; fileIndex: number; file: InputFile; format: DocumentFormat }
  /** A record; `diagnostics` are the problems reading it gave (a date not understood), with file lines. */
  | { kind: "document"; seq: number; fileIndex: number; doc: Document; diagnostics: ReadDiagnostic[] }
  /** A record skipped (or the rest of a file lost, or a notice about the file): why, with its path and line. */
  | {
      kind: "skipped";
      seq: number;
      fileIndex: number;
      path: string;
      diagnostics: ReadDiagnostic[];
      reason: string;
    };

export interface SourceOptions {
  format: InputFormatOption;
  fields: FieldOptions;
  /** Keeps the documents of this run's shard, by id (all of them when absent). */
  keep?: (id: string) => boolean;
  /** Counts records read and skipped (text and HTML files are counted by whoever reads them). */
  tally?: ReadTally;
}

const REASONS: Record<string, string> = {
  "bad-json": "malformed JSON line(s)",
  "bad-row": "malformed CSV row(s)",
  "no-text": "without text",
  "too-long": "line(s) too long",
  "read-error": "file(s) not read to the end",
};

function records(file: InputFile, options: SourceOptions): AsyncGenerator<RecordResult> | null {
  const format = formatOf(file.path, options.format);
  if (!isRecordFormat(format)) return null;
  return format === "jsonl" ? jsonlRecords(file, options.fields) : csvRecords(file, options.fields, format);
}

export async function* documentSources(files: FileSeq, options: SourceOptions): AsyncGenerator<Source> {
  const keep = options.keep ?? (() => true);
  let seq = 0;
  for (let fileIndex = 0; fileIndex < files.length; fileIndex++) {
    const file = files.at(fileIndex) as InputFile;
    const stream = records(file, options);
    if (stream === null) {
      const format = formatOf(file.path, options.format) as DocumentFormat;
      if (keep(file.id)) yield { kind: "file", seq, fileIndex, file, format };
      seq += 1;
      continue;
    }
    for await (const record of stream) {
      const id = record.ok ? record.doc.id : record.id;
      // A file that cannot be read on is said by every shard: each loses its records after that point.
      // So is a notice about the whole file (its encoding), which skips nothing.
      const everyShard =
        !record.ok &&
        (record.diagnostic.code === "read-error" || !SKIPPING_CODES.has(record.diagnostic.code));
      if (keep(id) || everyShard) {
        if (record.ok) {
          options.tally?.read();
          yield {
            kind: "document",
            seq,
            fileIndex,
            doc: record.doc,
            diagnostics: record.diagnostics,
          };
        } else {
          const reason = REASONS[record.diagnostic.code] ?? record.diagnostic.code;
          if (SKIPPING_CODES.has(record.diagnostic.code)) options.tally?.skip(reason);
          const diagnostics = [record.diagnostic];
          yield { kind: "skipped", seq, fileIndex, path: file.path, diagnostics, reason };
        }
      }
      seq += 1;
    }
  }
}
