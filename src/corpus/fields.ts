/**
 * Which field of a record holds what. Each is a dotted path for nested JSON (`meta.published`); by default
 * the first of the common names that a record has (top-level keys, any case).
 */
export interface FieldOptions {
  text?: string;
  date?: string;
  title?: string;
  id?: string;
}

export type FieldRole = keyof FieldOptions;

export const DEFAULT_FIELDS: Record<FieldRole, readonly string[]> = {
  text: ["text", "body", "content", "article", "story", "full_text", "maintext"],
  date: [
    "date",
    "published",
    "published_at",
    "publishedAt",
    "pubdate",
    "publication_date",
    "publish_date",
    "date_published",
    "datePublished",
  ],
  title: ["title", "headline"],
  id: ["id", "_id", "url", "guid", "uuid"],
};

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A top-level key: exactly, else ignoring case ("Text", "TITLE" in spreadsheet exports). */
function key(row: Row, name: string): unknown {
  if (Object.hasOwn(row, name)) return row[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(row)) if (k.toLowerCase() === lower) return row[k];
  return undefined;
}

/** The value at a dotted path; a key that itself contains dots (a CSV column "meta.date") is tried whole first. */
export function valueAt(row: Row, path: string): unknown {
  const whole = key(row, path);
  if (whole !== undefined || !path.includes(".")) return whole;
  let value: unknown = row;
  for (const part of path.split(".")) {
    if (!isRow(value)) return undefined;
    value = key(value, part);
  }
  return value;
}

/** The field for a role: the one named by the option, else the first common name present (not null/""). */
export function fieldValue(row: Row, role: FieldRole, options: FieldOptions): unknown {
  const named = options[role];
  if (named !== undefined) return valueAt(row, named);
  for (const name of DEFAULT_FIELDS[role]) {
    const value = key(row, name);
    if (value !== undefined && value !== null && value !== "") return value;
  }
  return undefined;
}

/** A scalar field as text: strings as they are, numbers and booleans written out; anything else null. */
export function scalarText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  return null;
}
