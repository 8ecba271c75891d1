/**
 * The optional header at the top of a document: a `date YYYY-MM-DD` (followed by the body on the same line
 * or on its own line) and simple `key value` lines such as `title ...`, `source ...`, `url ...`.
 * The header is kept in the text (offsets index the text as read) but excluded from analysis via bodyStart.
 */
export interface Header {
  date: string | null;
  headers: Record<string, string>;
  bodyStart: number;
}

/** Keys recognised on a line of their own; lower case only, so that a body starting "Title IX ..." is safe. */
const LINE_KEYS = new Set(["title", "source", "url", "author", "byline", "section", "lang", "language"]);
const DATE = /date:?[ \t]+(\d{4})-(\d{2})-(\d{2})(?![\d-])/y;
const KEY_LINE = /([a-z]+):?[ \t]+([^\r\n]*)(?:\r?\n|$)/y;
const SPACE = /[ \t\r\n\f\v\u00a0\ufeff]*/y;

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function skipSpace(text: string, at: number): number {
  SPACE.lastIndex = at;
  SPACE.exec(text);
  return SPACE.lastIndex;
}

export function parseHeader(text: string): Header {
  const headers: Record<string, string> = {};
  let date: string | null = null;
  let at = skipSpace(text, 0);
  for (let lines = 0; lines < 20; lines++) {
    DATE.lastIndex = at;
    const dateMatch: RegExpExecArray | null = date === null ? DATE.exec(text) : null;
    if (dateMatch) {
      const y: string = dateMatch[1] ?? "";
      const m: string = dateMatch[2] ?? "";
      const d: string = dateMatch[3] ?? "";
      if (isRealDate(Number(y), Number(m), Number(d))) {
        date = `${y}-${m}-${d}`;
        at = skipSpace(text, DATE.lastIndex);
        continue;
      }
      break;
    }
    KEY_LINE.lastIndex = at;
    const keyMatch = KEY_LINE.exec(text);
    if (!keyMatch || !LINE_KEYS.has(keyMatch[1] as string) || (keyMatch[1] as string) in headers) break;
    headers[keyMatch[1] as string] = (keyMatch[2] as string).trim();
    at = skipSpace(text, KEY_LINE.lastIndex);
  }
  const found = date !== null || Object.keys(headers).length > 0;
  return { date, headers, bodyStart: found ? at : 0 };
}
