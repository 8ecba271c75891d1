/**
 * A record's date field → YYYY-MM-DD. The calendar date is taken as written, never converted to another
 * time zone ("2021-03-05T23:30:00-05:00" is 2021-03-05, the day the newsroom printed). Read:
 * - ISO 8601 and its relatives: 2021-03-05, 2021-03-05T14:00:00Z, 2021/03/05, 20210305;
 * - RFC 2822 (RSS): "Fri, 05 Mar 2021 14:00:00 +0000"; "March 5, 2021", "Mar. 5 2021", "5 March 2021",
 *   "05-Mar-2021" and Reuters' "26-FEB-1987 15:01:01.79";
 * - numbers with slashes: month first as in the US ("03/05/2021" is March 5), unless the first number
 *   cannot be a month ("25/03/2021" is 25 March); with dots, day first as in Europe ("05.03.2021");
 * - Unix time: a number (or a string of digits) of seconds, or of milliseconds when it has 12+ digits.
 * Anything else is null, which the reader reports as a warning (the record is kept, without a date).
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, "");
  return MONTHS[lower.length > 4 ? lower.slice(0, 3) : lower];
}

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Seconds (or milliseconds) since 1970 → the UTC date; only years 1900–2200 are believed. */
function fromEpoch(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const ms = Math.abs(value) >= 1e11 ? value : value * 1000;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 1900 || year > 2200) return null;
  return date.toISOString().slice(0, 10);
}

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s_])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:$|[\s,T])/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:$|[\s,])/;
/** "5 March 2021", "05 Mar 2021", "26-FEB-1987", "Fri, 05 Mar 2021 ..." (weekday removed first). */
const DAY_MONTH_YEAR = /^(\d{1,2})[\s-]+([A-Za-z]{3,9}\.?)[\s,-]+(\d{4})(?:$|[\s,T])/;
/** "March 5, 2021", "Mar. 5 2021", "March 5th, 2021". */
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:$|[\s,T])/;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

export function normalizeDate(raw: unknown): string | null {
  if (typeof raw === "number") return fromEpoch(raw);
  if (typeof raw !== "string") return null;
  const text = raw.trim().replace(WEEKDAY, "");
  if (text === "") return null;
  if (/^-?\d{9,14}(?:\.\d+)?$/.test(text)) return fromEpoch(Number(text));
  let m = ISO.exec(text) ?? COMPACT.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASHED.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    return first > 12 ? ymd(Number(m[3]), second, first) : ymd(Number(m[3]), first, second);
  }
  m = DOTTED.exec(text);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = monthOf(m[2] as string);
    return month ? ymd(Number(m[3]), month, Number(m[1])) : null;
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const month = monthOf(m[1] as string);
    return month ? ymd(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}
