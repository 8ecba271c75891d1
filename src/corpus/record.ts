import type { Document } from "../types.js";
import { normalizeDate } from "./dates.js";
import type { ReadDiagnostic } from "./diagnostics.js";
import { DEFAULT_FIELDS, type FieldOptions, fieldValue, scalarText } from "./fields.js";
import { detectHeadline } from "./headline.js";
import type { InputFile } from "./inputs.js";

/** Where a record is: its file, the line it starts on, and the name its id falls back to (`FILE:LINE`). */
export interface RecordPlace {
  file: InputFile;
  line: number;
  /** The fallback id's number: the line for JSON Lines, the spreadsheet row (header = row 1) for CSV. */
  number: number;
}

export type RecordResult =
  | { ok: true; doc: Document; diagnostics: ReadDiagnostic[] }
  | { ok: false; id: string; diagnostic: ReadDiagnostic };

/** A record's text: a string, or a list of strings (paragraphs), joined by blank lines. */
function textOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string")) {
    return value.join("\n\n");
  }
  return null;
}

const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

/** A short, printable view of a field's value for a message. */
export function shown(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const flat = oneLine(text ?? String(value));
  return JSON.stringify(flat.length > 40 ? `${flat.slice(0, 40)}…` : flat);
}

/** The fallback id of a record: its file's id and its line (or row) number. */
export const placeId = (place: RecordPlace): string => `${place.file.id}:${place.number}`;

/**
 * A record (a parsed JSON object or a CSV row keyed by its header) → a Document whose text is the text
 * field exactly (offsets index it), with the id, title and date fields; or why it is skipped.
 */
export function recordDocument(
  row: Record<string, unknown>,
  place: RecordPlace,
  fields: FieldOptions,
): RecordResult {
  const rawId = scalarText(fieldValue(row, "id", fields))?.trim();
  const id = rawId ? rawId : placeId(place);
  const rawText = fieldValue(row, "text", fields);
  const text = textOf(rawText);
  if (text === null || text.trim() === "") {
    const looked = fields.text ?? DEFAULT_FIELDS.text.join(", ");
    const message =
      rawText === undefined || rawText === null
        ? `record ${id} has no text (fields looked for: ${looked}), skipped`
        : text === null
          ? `record ${id}: its text field is not text (${shown(rawText)}), skipped`
          : `record ${id} has empty text, skipped`;
    return { ok: false, id, diagnostic: { code: "no-text", message, line: place.line } };
  }
  const diagnostics: ReadDiagnostic[] = [];
  if (text.includes("\ufffd")) {
    diagnostics.push({
      code: "bad-utf8",
      message: `record ${id}: bytes that are not UTF-8 in its text, read as \ufffd`,
      line: place.line,
    });
  }
  const rawDate = fieldValue(row, "date", fields);
  let date: string | null = null;
  if (rawDate !== undefined && rawDate !== null && rawDate !== "") {
    date = normalizeDate(rawDate);
    if (date === null) {
      diagnostics.push({
        code: "bad-date",
        message: `record ${id}: date ${shown(rawDate)} not understood, kept without a date`,
        line: place.line,
      });
    }
  }
  const title = scalarText(fieldValue(row, "title", fields));
  const headers: Record<string, string> = {};
  let bodyStart = 0;
  if (title && oneLine(title) !== "") headers.title = oneLine(title);
  else {
    // No title field: a headline on the text's first line is the title, as in a text file.
    const headline = detectHeadline(text, 0);
    if (headline) {
      headers.title = headline.title;
      bodyStart = headline.bodyStart;
    }
  }
  const doc: Document = { id, path: place.file.path, text, date, headers, bodyStart, encoding: "utf-8" };
  return { ok: true, doc, diagnostics };
}
