/** RFC 4180 field: quoted when it holds a comma, quote, or line break. */
export function csvField(value: unknown): string {
  const text =
    value === null || value === undefined ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(",");
}
