import type { Token } from "../types.js";

/** Whitespace that `replace(/\s+/g, " ")` changes: any but a space, or a space before more. */
const SPACING = /[^\S ]| \s/;

/**
 * `text` with each run of whitespace made one space, as `text.replace(/\s+/g, " ")` gives it, but the replace (a
 * call into the runtime, ~0.15 µs more than the test on a name) runs only when it changes something: most
 * mentions' texts have single spaces. The rule passes asked this of every mention several times.
 */
export function singleSpaced(text: string): string {
  return SPACING.test(text) ? text.replace(/\s+/g, " ") : text;
}

/**
 * Whether tokens [first, end) each stand one character from the next (a name's or a title's words: "Petty
 * Officer 2nd Class", "New Mexico Attorney General"; two spaces or a gap of a line and more part them).
 */
export function isOneSpaceRun(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i + 1 < end; i++)
    if ((tokens[i + 1] as Token).start - (tokens[i] as Token).end !== 1) return false;
  return true;
}
