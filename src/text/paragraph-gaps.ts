/**
 * Whether text[from, to) holds a blank line or an indented new line: what /\n[ \t\r\f\v\u00a0]*\n|\n[ \t]{2,}|\n\t/
 * matches (tests/paragraph-gaps.test.ts checks them equal), read from the codes. The one definition of a paragraph
 * break: sentence splitting and extract/quotes' paragraphs both ask it. The expression and its slice ran for every
 * line break of a hard-wrapped wire (0.54% of a cold --jobs 1 profile over 4,000 Reuters documents).
 */
export function isBlankLineGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
    if (next === 9) return true;
    if (next === 32 && i + 2 < to && (text.charCodeAt(i + 2) === 32 || text.charCodeAt(i + 2) === 9))
      return true;
    let j = i + 1;
    while (j < to && isLineSpace(text.charCodeAt(j))) j++;
    if (j < to && text.charCodeAt(j) === 10) return true;
  }
  return false;
}

/** Space, tab, carriage return, form feed, vertical tab and no-break space: a blank line's characters. */
function isLineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}
