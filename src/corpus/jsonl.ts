import { fileChunks, textLines } from "./bytes.js";
import type { FieldOptions } from "./fields.js";
import type { InputFile } from "./inputs.js";
import { placeId, type RecordResult, recordDocument } from "./record.js";

/** What went wrong with the stream itself (I/O, damaged gzip data): the rest of the file is lost. */
export function readFailure(file: InputFile, line: number, error: unknown): RecordResult {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "Z_BUF_ERROR"
      ? "gzip data cut short"
      : code === "Z_DATA_ERROR"
        ? "damaged gzip data"
        : (code ?? (error as Error).message ?? String(error));
  return {
    ok: false,
    id: `${file.id}:read-error`,
    diagnostic: {
      code: "read-error",
      message: `cannot read on after line ${line} (${reason}): the rest of the file is skipped`,
      line,
    },
  };
}

/**
 * The records of a JSON Lines file, one a line, streamed: blank lines are passed over; a line that is not
 * a JSON object is one warning, and the next line is read.
 */
export async function* jsonlRecords(file: InputFile, fields: FieldOptions): AsyncGenerator<RecordResult> {
  let line = 0;
  try {
    for await (const item of textLines(fileChunks(file.path))) {
      line = item.number;
      const place = { file, line, number: line };
      if ("tooLong" in item) {
        yield {
          ok: false,
          id: placeId(place),
          diagnostic: { code: "too-long", message: "line longer than 64 MB, skipped", line },
        };
        continue;
      }
      const text = item.text;
      if (text.trim() === "") continue;
      let row: unknown;
      try {
        row = JSON.parse(text);
      } catch (error) {
        yield {
          ok: false,
          id: placeId(place),
          diagnostic: {
            code: "bad-json",
            message: `not valid JSON (${(error as Error).message}), skipped`,
            line,
          },
        };
        continue;
      }
      if (typeof row !== "object" || row === null || Array.isArray(row)) {
        yield {
          ok: false,
          id: placeId(place),
          diagnostic: { code: "bad-json", message: "not a JSON object, skipped", line },
        };
        continue;
      }
      yield recordDocument(row as Record<string, unknown>, place, fields);
    }
  } catch (error) {
    yield readFailure(file, line, error);
  }
}
