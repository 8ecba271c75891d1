/** Calendar periods of a YYYY-MM-DD date, for timelines: the same period key for every date inside it. */
export const PERIODS = ["day", "week", "month", "year"] as const;
export type Period = (typeof PERIODS)[number];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utc(date: string): Date | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Date.UTC rolls 2020-13-45 over into 2021; such a date is not a date.
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date ? null : d;
}

/** ISO 8601 week ("2020-W41"): weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeek(d: Date): string {
  const thursday = new Date(d);
  thursday.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The period a date falls in, or null for a date that is not YYYY-MM-DD. */
export function periodOf(date: string, by: Period): string | null {
  const d = utc(date);
  if (d === null) return null;
  if (by === "day") return d.toISOString().slice(0, 10);
  if (by === "month") return date.slice(0, 7);
  if (by === "year") return date.slice(0, 4);
  return isoWeek(d);
}

/** The first day of a period, as a Date (UTC midnight). */
export function periodStart(period: string): Date {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = new Date(jan4);
    monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (Number(week[2]) - 1) * 7);
    return monday;
  }
  const [y, m = "01", d = "01"] = period.split("-");
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** Every period from `first` to `last`, empty ones included, so that a chart's gaps show as zeros. */
export function periodRange(first: string, last: string, by: Period, limit = 20_000): string[] {
  const out: string[] = [];
  const cursor = periodStart(first);
  while (out.length < limit) {
    const period = periodOf(cursor.toISOString().slice(0, 10), by) as string;
    if (out.at(-1) !== period) out.push(period);
    if (period === last) break;
    if (by === "year") cursor.setUTCFullYear(cursor.getUTCFullYear() + 1);
    else if (by === "month") cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    else cursor.setUTCDate(cursor.getUTCDate() + (by === "week" ? 7 : 1));
  }
  return out;
}
