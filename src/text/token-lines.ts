/**
 * Where a line breaks between two tokens: a line-up's heading opens a line and its list ends one (line-ups.ts), a
 * word alone on its line is a heading (acronyms.ts), a name ending its line is cut there (name-contexts.ts). The
 * text's first token opens a line and its last ends one.
 */
import type { Token } from "../types.js";

/** Whether a line break stands between token `i` and the token before it (or token `i` is the first). */
export function opensLine(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return true;
  return text.slice(before.end, (tokens[i] as Token).start).includes("\n");
}

/** Whether a line break stands between token `i` and the token after it (or token `i` is the last). */
export function endsLine(text: string, tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 1];
  if (after === undefined) return true;
  return text.slice((tokens[i] as Token).end, after.start).includes("\n");
}
