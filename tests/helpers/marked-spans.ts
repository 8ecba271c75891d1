/**
 * Tagger spans written inline for span-rule tests: "[LOC Harlow] beat [ORG Acme]" marks each span with its label.
 * Shared by the span-repair tests of sessions 11 and 12.
 */
import { type SpanLabel, type TokenSpan, trimSpan } from "../../src/extract/entities/spans.js";
import { tokenize } from "../../src/text/tokenize.js";

/** The spans of `marked` text: "[LOC Harlow]" marks a span; the text is the marked text without the marks. */
export function parse(marked: string): { text: string; spans: TokenSpan[] } {
  const plain = marked.replace(/\[(PER|LOC|ORG|MISC) ([^\]]+)\]/g, "$2");
  const tokens = tokenize(plain);
  const spans: TokenSpan[] = [];
  let shift = 0;
  for (const match of marked.matchAll(/\[(PER|LOC|ORG|MISC) ([^\]]+)\]/g)) {
    const start = (match.index as number) - shift;
    const end = start + (match[2] as string).length;
    shift += (match[0] as string).length - (match[2] as string).length;
    const first = tokens.findIndex((t) => t.start === start);
    const last = tokens.findIndex((t) => t.end === end);
    spans.push({ label: match[1] as SpanLabel, first, end: last + 1 });
  }
  return { text: plain, spans };
}

/** The spans as marked text again. */
export function show(text: string, spans: readonly TokenSpan[]): string {
  const tokens = tokenize(text);
  let out = "";
  let at = 0;
  for (const span of spans) {
    const start = (tokens[span.first] as { start: number }).start;
    const end = (tokens[span.end - 1] as { end: number }).end;
    out += `${text.slice(at, start)}[${span.label} ${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
}

/** The marked spans after trimSpan (spans.ts), as marked text: the span-trimming tests' reading. */
export function trimmed(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(
    text,
    spans.flatMap((span) => trimSpan(span, tokens) ?? []),
  );
}
