import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeText } from "../src/corpus/decode.js";
import { makeDocument } from "../src/corpus/read.js";
import { loadTagger } from "../src/extract/entities/index.js";
import { sanitizeForTerminal } from "../src/format/sanitize.js";
import { annotateDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";
import type { Annotation, Span, TextSpan } from "../src/types.js";

/*
 * Property tests: the pipeline over arbitrary text never throws, and every offset it returns indexes the
 * text as read. The generator mixes news-like pieces (names, "said", quotes, titles, headers) with noise
 * (controls, escape sequences, lone surrogates, astral characters), so that the extractors really run.
 */

/** PROPERTY_RUNS=20 npx vitest run tests/property.test.ts: a deeper search than `npm test` can afford. */
const DEPTH = Number(process.env.PROPERTY_RUNS ?? 1);
const runs = (n: number): number => n * DEPTH;
const TIMEOUT = 30_000 * DEPTH;

const NAMES = [
  "Anna Berg",
  "Tomas Okafor",
  "Mr. Lindqvist",
  "Dr. Haddad",
  "President Duval",
  "Paris",
  "Kenya",
];
const WORDS = [
  "the",
  "minister",
  "said",
  "told",
  "reporters",
  "he",
  "she",
  "added",
  "on",
  "Tuesday",
  "prices",
];
const MARKS = ["“", "”", "‘", "’", '"', "'", "«", "»", "‹", "›", "„"];
const DASHES = ["-", "–", "—", "--", "―"];
const NOISE = [
  "\u0000",
  "\u001b[31m",
  "\u001b]8;;http://x\u0007",
  "\u001b]0;title\u001b\\",
  "\u202e",
  "\u2066",
  "\u0085",
  "\u00a0",
  "\ufeff",
  "\r\n",
  "\r",
  "\n\n",
  "\t",
  "\ud83d\ude00",
  "\ud800",
  "\udfff",
  "𝐀𝐁",
  "é",
  "e\u0301",
  "...",
  "…",
  "U.S.",
  "a.m.",
  "e.g.x",
  "1,000.5",
  "10:30",
];

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.constantFrom(...DASHES) },
  { weight: 2, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 2, arbitrary: fc.constantFrom(".", ",", "!", "?", ":", ";", "(", ")") },
  // A run of capitals, as in headlines and shouting.
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{2,40}$/) },
  // Arbitrary Unicode, lone surrogates included.
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
);

const separator = fc.constantFrom(" ", " ", " ", "", "\n", "\r\n", "\n\n", "  ");

const body: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, separator), { maxLength: 80 })
  .map((parts) => parts.map(([p, s]) => p + s).join(""));

/** A quotation in the shape news uses it, so that the quote extractor and speaker resolution run. */
const quotation: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...NAMES), body, fc.constantFrom("said", "told reporters", "added", "warned"))
  .map(([name, words, verb]) => `“${words},” ${name} ${verb}. `);

const header = fc.constantFrom(
  "",
  "date 2020-01-01\n",
  "date 2020-01-01 ",
  "title A headline\ndate 2021-02-28\n\n",
);

const documentText: fc.Arbitrary<string> = fc
  .tuple(header, fc.array(fc.oneof(body, quotation), { minLength: 1, maxLength: 4 }))
  .map(([h, parts]) => h + parts.join(" "));

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
    () => {
      fc.assert(
        fc.property(documentText, (text) => {
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

describe("splitDocument on arbitrary text", () => {
  it(
    "sentences are in order, apart, start and end on tokens, and cover every token",
    () => {
      fc.assert(
        fc.property(documentText, (text) => {
          const doc = makeDocument("s.txt", "s.txt", text);
          const { tokens, sentences } = splitDocument(doc);
          let next = 0;
          for (const sentence of sentences) {
            // Sentences tile the token sequence: each begins where the previous one ended.
            expect(sentence.firstToken).toBe(next);
            expect(sentence.endToken).toBeGreaterThan(sentence.firstToken);
            expect(sentence.start).toBe(tokens[sentence.firstToken]?.start);
            expect(sentence.end).toBe(tokens[sentence.endToken - 1]?.end);
            next = sentence.endToken;
          }
          expect(next).toBe(tokens.length);
        }),
        { numRuns: runs(300) },
      );
    },
    TIMEOUT,
  );
});

describe("tokenize on arbitrary text", () => {
  it(
    "tokens are in order, apart, index the text, and cover every non-space character",
    () => {
      fc.assert(
        fc.property(fc.oneof(documentText, fc.string({ unit: "binary", maxLength: 300 })), (text) => {
          const tokens = tokenize(text);
          let at = 0;
          for (const token of tokens) {
            expect(token.start).toBeGreaterThanOrEqual(at);
            expect(token.end).toBeGreaterThan(token.start);
            expect(text.slice(token.start, token.end)).toBe(token.text);
            // Only whitespace lies between tokens.
            expect(text.slice(at, token.start)).toMatch(/^\s*$/u);
            at = token.end;
          }
          expect(text.slice(at)).toMatch(/^\s*$/u);
        }),
        { numRuns: runs(500) },
      );
    },
    TIMEOUT,
  );
});

describe("sanitizeForTerminal on arbitrary text", () => {
  /** C0 and C1 controls (ESC among them), and the characters that reorder bidirectional text. */
  const BIDI = new Set([
    0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
  ]);
  const unsafeCharacters = (text: string): string[] =>
    [...text].filter((ch) => {
      const code = ch.charCodeAt(0);
      return code < 0x20 || (code >= 0x7f && code <= 0x9f) || BIDI.has(code);
    });
  it(
    "leaves no control character, escape sequence or bidi override",
    () => {
      const hostile = fc
        .array(fc.oneof(fc.constantFrom(...NOISE), fc.string({ unit: "binary", maxLength: 5 })), {
          maxLength: 30,
        })
        .map((parts) => parts.join(""));
      fc.assert(
        fc.property(hostile, (text) => {
          expect(unsafeCharacters(sanitizeForTerminal(text))).toEqual([]);
        }),
        { numRuns: runs(500) },
      );
    },
    TIMEOUT,
  );
});

describe("decodeText on arbitrary bytes", () => {
  it(
    "never throws, and gives back any text that was written as UTF-8",
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
          const decoded = decodeText(bytes);
          if (decoded.ok) expect(typeof decoded.text).toBe("string");
          // Every refusal says why: binary, not UTF-8 (nor Windows-1252), or not the UTF-16 its mark announces.
          else expect(decoded.reason).toMatch(/binary|UTF-8|UTF-16(?:LE|BE) despite its byte-order mark/);
        }),
        { numRuns: runs(500) },
      );
      fc.assert(
        fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
          const decoded = decodeText(new TextEncoder().encode(text));
          // Text with many control characters may be refused as binary; any text accepted is exact.
          if (decoded.ok) expect(decoded.text).toBe(text.startsWith("\ufeff") ? text.slice(1) : text);
        }),
        { numRuns: runs(300) },
      );
    },
    TIMEOUT,
  );
});
