/**
 * A plain-text article often starts with its headline on a line of its own. Such a line is the document's
 * title, not a sentence of its body (else it can be picked as a summary sentence, or glued to the first
 * sentence). A first line is a headline when it is short, has letters, does not end as a sentence or a
 * clause does (. ! ? : ; , or a closing quote, unless the quote holds words and no sentence's stop), and either a blank line follows it, or the body follows at
 * once and the line is written like a title (most of its longer words capitalized) — a hard-wrapped
 * first sentence ("Showers continued throughout the week in") is neither.
 */
const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 25;
const SENTENCE_END = /[.!?:;,…"”’'»)\]]$/;
const LINE_SPACE = /[ \t\u00a0\ufeff]/;

/** A line written like a title: two words or more, and most of its longer words (four letters or more) capitalized. */
export function titleLike(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  if (words.length < 2 || long.length === 0) return false;
  const capitalized = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalized / long.length >= 0.75;
}

/** Closing marks and the opening mark each closes; a straight mark closes itself. */
const CLOSING_MARKS: ReadonlyMap<string, string> = new Map([
  ["”", "“"],
  ["’", "‘"],
  ['"', '"'],
  ["'", "'"],
  ["»", "«"],
]);

/**
 * Whether a line ends with quoted words that are no sentence (`Tech boss: "We will not sell data"`, `Minister 'will
 * not resign'`): a closing mark right after a letter or digit, whose opening mark opens a word earlier in the
 * line. Headlines (British ones most) end so; a quoted sentence ends with its stop inside the mark
 * (`"We will win."`). Invented headlines: such a title line was read as the body's first sentence, so its label
 * never named the headline's speaker.
 */
function quotedWordsEnd(line: string): boolean {
  const close = line.at(-1) as string;
  const open = CLOSING_MARKS.get(close);
  if (open === undefined || !/[\p{L}\d]/u.test(line.at(-2) ?? "")) return false;
  for (let i = line.length - 3; i >= 0; i--)
    if (
      line[i] === open &&
      (i === 0 || /\s/.test(line[i - 1] as string)) &&
      /[\p{L}\d]/u.test(line[i + 1] ?? "")
    )
      return true;
  return false;
}

export interface Headline {
  title: string;
  /** Where the body starts: after the headline and the blank lines that follow it. */
  bodyStart: number;
}

export function detectHeadline(text: string, from: number): Headline | null {
  let start = from;
  while (start < text.length && /\s/.test(text[start] as string)) start++;
  const end = text.indexOf("\n", start);
  if (end < 0) return null;
  const line = text.slice(start, end).trim();
  if (line.length === 0 || line.length > MAX_HEADLINE_CHARS || !/\p{L}/u.test(line)) return null;
  if (SENTENCE_END.test(line) && !quotedWordsEnd(line)) return null;
  if (line.split(/\s+/).length > MAX_HEADLINE_WORDS) return null;
  let at = end + 1;
  let blank = false;
  for (let next = text.indexOf("\n", at); ; next = text.indexOf("\n", at)) {
    const candidate = text.slice(at, next < 0 ? text.length : next);
    if (candidate.trim() !== "" || next < 0) break;
    blank = true;
    at = next + 1;
  }
  while (at < text.length && LINE_SPACE.test(text[at] as string)) at++;
  const body = text.slice(at, at + 1);
  if (body === "" || body === "\n" || body === "\r") return null;
  if (!blank && !(titleLike(line) && /[\p{Lu}\d"“‘'«]/u.test(body))) return null;
  return { title: line.replace(/\s+/g, " "), bodyStart: at };
}

/**
 * Where a document's title stands in its text: the headline line detectHeadline took out of the body (the last
 * line before `bodyStart`, written as the title), or null when the title is not in the text (a record's title
 * field, a "title:" header line) or there is none.
 */
export function titleLine(doc: {
  text: string;
  bodyStart: number;
  headers: { title?: string };
}): { start: number; end: number } | null {
  const { text, bodyStart } = doc;
  const title = doc.headers.title;
  if (title === undefined || bodyStart === 0) return null;
  let end = bodyStart;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  let start = text.lastIndexOf("\n", end - 1) + 1;
  while (start < end && /\s/.test(text[start] as string)) start++;
  if (end - start < title.length || text.slice(start, end).replace(/\s+/g, " ") !== title) return null;
  return { start, end };
}
