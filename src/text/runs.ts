/**
 * Runs of characters read backwards from a position: the cheap checks some rules make before a regular expression
 * anchored at a mention's start (`…(\p{L}+) $`), so that most mentions run no expression and slice no text.
 */

/**
 * Where the run of characters `char` accepts (each one UTF-16 unit, as `char.test` reads it) that ends at `end`
 * starts, reading back to `from` at most; `end` when the character before it is not one.
 */
export function runStartBefore(text: string, end: number, from: number, char: RegExp): number {
  let k = end;
  while (k > from && char.test(text[k - 1] as string)) k--;
  return k;
}
