/**
 * The line around [start, end) when it is a paragraph of its own (a blank line, or the text's edge, before and
 * after it): its bounds, else null. A headline, a signature or a credit stands so; a hard-wrapped wire line does not.
 */
export function ownParagraph(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  if (lineStart > 0 && text[lineStart - 2] !== "\n") return null;
  if (lineEnd >= 0 && text[lineEnd + 1] !== "\n") return null;
  return { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd };
}
