import { isUtf8 } from "node:buffer";
import { createRequire } from "node:module";
import { pipeline, Readable } from "node:stream";
import type { CsvError, Info } from "csv-parse";
import { fileChunks } from "./bytes.js";
import type { FieldOptions } from "./fields.js";
import type { InputFile } from "./inputs.js";
import { readFailure } from "./jsonl.js";
import { placeId, type RecordResult, recordDocument } from "./record.js";

/**
 * The field separator of a CSV file, from its header line: the most frequent of `,` `;` `|` and tab
 * outside quotes (spreadsheets in much of Europe export with `;`). A header line is short and made of
 * column names, so counting there cannot be misled by the text fields.
 */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
    ["|", 0],
  ]);
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ",";
  for (const [char, n] of counts) if (n > (counts.get(best) ?? 0)) best = char;
  return best;
}

/** The chunks of a file with the first line's text peeked at (up to 64 KB), for detectDelimiter. */
async function peekFirstLine(
  chunks: AsyncGenerator<Buffer>,
): Promise<{ line: string; all: AsyncGenerator<Buffer>; utf8: boolean }> {
  const head: Buffer[] = [];
  let size = 0;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    head.push(next.value);
    size += next.value.length;
    if (next.value.includes(10) || size > 65536) break;
  }
  const joined = Buffer.concat(head);
  const end = joined.indexOf(10);
  const line = joined.subarray(0, end < 0 ? joined.length : end).toString("utf8");
  async function* all(): AsyncGenerator<Buffer> {
    if (joined.length > 0) yield joined;
    yield* chunks;
  }
  return { line, all: all(), utf8: looksUtf8(joined) };
}

/** Whether bytes are UTF-8, allowing for a character cut at the end of the sample. */
function looksUtf8(bytes: Buffer): boolean {
  for (let cut = 0; cut < 4 && cut <= bytes.length; cut++) {
    if (isUtf8(bytes.subarray(0, bytes.length - cut))) return true;
  }
  return false;
}

// iconv-lite is loaded for the rare file that needs it.
const require = createRequire(import.meta.url);

/** A row, or (pushed in its place, so that the order is kept) a row the parser skipped. */
type Parsed = { record: Record<string, unknown>; info: Info } | { skip: CsvError | undefined };

/**
 * The rows of a CSV or TSV file as records keyed by the header line, streamed through csv-parse (quoted
 * fields with newlines and doubled quotes, a BOM, "\r\n"). A row the parser cannot read (unbalanced
 * quotes, a different number of fields than the header) is one warning with its line; the next row is read.
 * Ids fall back to `FILE:ROW`, the row as a spreadsheet numbers it (the header is row 1).
 */
export async function* csvRecords(
  file: InputFile,
  fields: FieldOptions,
  format: "csv" | "tsv",
): AsyncGenerator<RecordResult> {
  let line = 0;
  let row = 1;
  try {
    const { line: header, all, utf8 } = await peekFirstLine(fileChunks(file.path));
    const delimiter = format === "tsv" ? "\t" : detectDelimiter(header.replace(/^\ufeff/, ""));
    // Imported here: csv-parse is ten modules that a run over text files never needs.
    const { parse } = await import("csv-parse");
    const parser = parse({
      columns: (names: string[]) => names.map((n) => n.trim()),
      bom: true,
      delimiter,
      info: true,
      relax_quotes: format === "tsv",
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        parser.push({ skip: error } satisfies Parsed);
        return undefined;
      },
    });
    if (utf8) pipeline(Readable.from(all), parser, () => {});
    else {
      // Excel's "CSV" is saved in the Windows code page: not UTF-8, most likely Windows-1252 (said once).
      const iconv = require("iconv-lite") as typeof import("iconv-lite");
      pipeline(Readable.from(all), iconv.decodeStream("win1252"), parser, () => {});
      yield {
        ok: false,
        id: `${file.id}:encoding`,
        diagnostic: { code: "windows-1252", message: "not valid UTF-8, decoded as Windows-1252", line: 1 },
      };
    }
    for await (const parsed of parser as AsyncIterable<Parsed>) {
      row += 1;
      if ("skip" in parsed) {
        const error = parsed.skip as (CsvError & { lines?: number }) | undefined;
        const at = error?.lines ?? line + 1;
        yield {
          ok: false,
          id: placeId({ file, line: at, number: row }),
          diagnostic: {
            code: "bad-row",
            message: `${error?.message ?? "unreadable row"}, skipped`,
            line: at,
          },
        };
        continue;
      }
      line = parsed.info.lines;
      yield recordDocument(parsed.record, { file, line: parsed.info.lines, number: row }, fields);
    }
  } catch (error) {
    yield readFailure(file, line, error);
  }
}
