import type { Token } from "../../types.js";

/** Paragraphs as runs of token indices `[first, end)`. */
export interface Paragraph {
  first: number;
  end: number;
}

const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n|\n[ \t]{2,}|\n\t/;
const LOWER_START = /^\p{Ll}/u;

/** Whether text[from, to) holds a line break; only the gap between two tokens is read (linear overall). */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Paragraphs of the token stream. A blank line (or an indented new line) always separates paragraphs; a
 * single line break does too, unless the text is hard-wrapped (many lines continue with a lower-case word),
 * where it is just a space. Quotes are bounded by paragraphs, so this decides how far a stray mark can reach.
 */
export function findParagraphs(text: string, tokens: readonly Token[]): Paragraph[] {
  const breaks: Array<{ at: number; strong: boolean }> = [];
  let singleBreaks = 0;
  let lowerAfterSingle = 0;
  for (let i = 1; i < tokens.length; i++) {
    const from = (tokens[i - 1] as Token).end;
    const to = (tokens[i] as Token).start;
    if (!hasNewline(text, from, to)) continue;
    const strong = BLANK_LINE.test(text.slice(from, to));
    if (!strong) {
      singleBreaks += 1;
      if (LOWER_START.test((tokens[i] as Token).text)) lowerAfterSingle += 1;
    }
    breaks.push({ at: i, strong });
  }
  const hardWrapped = singleBreaks >= 3 && lowerAfterSingle / singleBreaks > 0.25;
  const paragraphs: Paragraph[] = [];
  let first = 0;
  for (const b of breaks) {
    if (!b.strong && hardWrapped) continue;
    paragraphs.push({ first, end: b.at });
    first = b.at;
  }
  if (first < tokens.length) paragraphs.push({ first, end: tokens.length });
  return paragraphs;
}
