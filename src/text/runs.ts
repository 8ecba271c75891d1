/**
 * Runs of characters read from their codes around a position: the cheap checks some rules make before a regular
 * expression anchored at a mention's edge (`…(\p{L}+) $`), so that most mentions run no expression and slice no
 * text. ASCII is decided on the code; other characters ask the class's expression, one UTF-16 unit at a time (a
 * lone surrogate is no letter and no space: callers that care say so).
 */

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/;

/** \p{L} */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCharCode(c));
}

/** \p{Ll} */
export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(String.fromCharCode(c));
}

/** \s (NaN, past the text's end, reads as U+0000: none) */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

/**
 * Where the run of characters `isChar` accepts that ends at `end` starts, reading back to `from` at most; `end`
 * when the character before it is not one.
 */
export function runStartBefore(
  text: string,
  end: number,
  from: number,
  isChar: (c: number) => boolean,
): number {
  let k = end;
  while (k > from && isChar(text.charCodeAt(k - 1))) k--;
  return k;
}
