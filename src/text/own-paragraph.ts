import type { TextLines } from "./lines.js";

/**
 * The line around [start, end) when it is a paragraph of its own (a blank line, or the text's edge, before and
 * after it): its bounds, else null. A headline, a signature or a credit stands so; a hard-wrapped wire line does not.
 * `lines`: the text's lines, when the caller asks of many mentions (then a text of one long line stays linear).
 */
export function ownParagraph(
  text: string,
  start: number,
  end: number,
  lines?: TextLines,
): { start: number; end: number } | null {
  const lineStart = lines ? lines.startOf(start) : text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = lines ? lines.breakFrom(end) : text.indexOf("\n", end);
  if (lineStart > 0 && text[lineStart - 2] !== "\n") return null;
  if (lineEnd >= 0 && text[lineEnd + 1] !== "\n") return null;
  return { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd };
}
