/**
 * Characters that make a spreadsheet read a cell as a formula (Excel, LibreOffice, Google Sheets). News text
 * is untrusted input: a quote that begins `=HYPERLINK(...)` must not become a live formula in the file a
 * journalist opens. Such text cells get a leading apostrophe, which spreadsheets hide and read as "text"
 * (OWASP's CSV-injection advice). Numbers are written as numbers: -3 stays -3. For the exact text, use
 * --json or --jsonl.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 field: quoted when it holds a comma, quote, or line break; text that reads as a formula defused. */
export function csvField(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text =
    value === null || value === undefined ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(",");
}
