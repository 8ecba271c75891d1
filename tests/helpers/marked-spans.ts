/**
 * Tagger spans written inline for span-rule tests: "[LOC Harlow] beat [ORG Acme]" marks each span with its label.
 * Shared by the span-repair tests of sessions 11 and 12.
 */
import { type SpanLabel, type TokenSpan, trimSpan } from "../../src/extract/entities/spans.js";
import { mentionAt } from "../../src/extract/mention.js";
import { tokenize } from "../../src/text/tokenize.js";
import type { Mention } from "../../src/types.js";

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

/** A span's label as a mention's type (MISC read as a person, as the tagger's mentions do). */
const TYPES = { PER: "person", ORG: "organization", LOC: "place", MISC: "person" } as const;

/** The marked spans as mentions of the plain text, each named by its own text: the mention passes' tests' input. */
export function markedMentions(marked: string): { text: string; spans: TokenSpan[]; mentions: Mention[] } {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  const mentions: Mention[] = spans.map((span) => {
    const start = tokens[span.first]?.start as number;
    const end = tokens[span.end - 1]?.end as number;
    return mentionAt(start, end, text.slice(start, end), TYPES[span.label], text.slice(start, end));
  });
  return { text, spans, mentions };
}

/** Mentions as "type:text", line breaks shown as "/", joined by " | ". */
export const typedTexts = (mentions: readonly Mention[]): string =>
  mentions.map((m) => `${m.type}:${m.text.replace(/\n/g, "/")}`).join(" | ");
