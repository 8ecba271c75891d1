import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { makeDocument } from "../src/corpus/read.js";
import { loadTagger } from "../src/extract/entities/index.js";
import { annotateDocument } from "../src/pipeline/annotate.js";
import type { Annotation, Span, TextSpan } from "../src/types.js";
import { documentText, runs, TIMEOUT } from "./helpers/property-text.js";

/*
 * Property tests: the pipeline over arbitrary text (tests/helpers/property-text.ts) never throws, and every
 * offset it returns indexes the text as read.
 */

function expectSpan(text: string, bodyStart: number, span: Span | TextSpan, what: string): void {
  expect(span.start, `${what} start`).toBeGreaterThanOrEqual(bodyStart);
  expect(span.end, `${what} end`).toBeGreaterThan(span.start);
  expect(span.end, `${what} end`).toBeLessThanOrEqual(text.length);
  if ("text" in span) expect(text.slice(span.start, span.end), what).toBe(span.text);
}

const squeeze = (s: string): string => s.replace(/\s+/gu, "");

function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (let i = 0; i < part.length && at <= whole.length; i++) {
    at = whole.indexOf(part[i] as string, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function expectInOrderApart(spans: readonly Span[], what: string): void {
  for (let i = 1; i < spans.length; i++)
    expect((spans[i] as Span).start, `${what} in order, apart`).toBeGreaterThanOrEqual(
      (spans[i - 1] as Span).end,
    );
}

/** All the invariants of one record (docs/annotate-contract.md) over its document's text. */
function checkRecord(text: string, bodyStart: number, record: Annotation): void {
  expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  for (const sentence of record.sentences) expectSpan(text, bodyStart, sentence, "sentence");
  for (const mention of record.mentions ?? []) expectSpan(text, bodyStart, mention, "mention");
  for (const sentence of record.summary ?? []) expectSpan(text, bodyStart, sentence, "summary");
  const quotes = record.quotes ?? [];
  for (const quote of quotes) {
    expectSpan(text, bodyStart, { start: quote.start, end: quote.end }, "quote");
    // A quote's text is its content without its marks (also those reopening a paragraph, and with the
    // parts of a split quote joined): in order, its characters come from its span.
    expect(isSubsequence(squeeze(quote.text), squeeze(text.slice(quote.start, quote.end))), quote.text).toBe(
      true,
    );
    if (quote.speaker.mention) expectSpan(text, bodyStart, quote.speaker.mention, "speaker mention");
    if (quote.cue) expectSpan(text, bodyStart, quote.cue, "cue");
  }
  expectInOrderApart(quotes, "quotes");
  expectInOrderApart(record.sentences, "sentences");
  expectInOrderApart(record.summary ?? [], "summary");
}

describe("annotateDocument on arbitrary text", () => {
  beforeAll(() => loadTagger());

  it(
    "never throws, and every span indexes the text",
    async () => {
      // A turn of the event loop before each run: the 250 runs took 56 s of wall time at a load of 25, and a test
      // worker kept that long from its event loop cannot answer vitest's RPC, whose calls time out at 60 s
      // ("Timeout calling onTaskUpdate": a run of the 19 property files failed so, all 259 tests passed, this one
      // the longest).
      await fc.assert(
        fc.asyncProperty(documentText, async (text) => {
          await new Promise((resolve) => setImmediate(resolve));
          const doc = makeDocument("p.txt", "p.txt", text);
          const result = annotateDocument(doc);
          expect(result.annotation.chars).toBe(text.length);
          checkRecord(text, doc.bodyStart, result.annotation);
          expect(JSON.parse(JSON.stringify(result.diagnostics))).toEqual(result.diagnostics);
        }),
        { numRuns: runs(250) },
      );
    },
    TIMEOUT,
  );

  // Counterexamples fast-check found, kept as rows: a quote carried into the next paragraph but closed
  // before it by another family's mark kept that paragraph's reopening, and its text ran past its span.
  it.each([["“\n\n‹ Anna Berg ,” Anna Berg said.  \u0000\n\n«  “,” Anna Berg said. "]])(
    "pinned counterexample %#: every span indexes the text",
    (text) => {
      const doc = makeDocument("p.txt", "p.txt", text);
      checkRecord(text, doc.bodyStart, annotateDocument(doc).annotation);
    },
  );

  it(
    "survives pure noise: any UTF-16 string, lone surrogates and controls included",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
          const doc = makeDocument("n.txt", "n.txt", text);
          checkRecord(text, doc.bodyStart, annotateDocument(doc).annotation);
        }),
        { numRuns: runs(150) },
      );
    },
    TIMEOUT,
  );
});
