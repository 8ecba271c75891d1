/**
 * Hostile input for the delimiters added for other house styles (dash quotes, '' marks): whatever the mix, quotes
 * stay inside the text, in order and apart, the token and sentence indices stay consistent, and long unbalanced
 * or unpunctuated runs stay linear (generous bounds: a quadratic scan takes minutes on these).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withDoubledMarks } from "../src/extract/quotes/doubled-marks.js";
import { splitDocument } from "../src/text/split.js";
import { LINEARITY_TIMEOUT_MS } from "./helpers/cpu-time.js";
import { bodyOnlyDocument } from "./helpers/document.js";
import { expectQuotesApart, expectQuotesLinear, quotesOf } from "./helpers/quotes.js";

const pieces = fc.constantFrom(
  "— ",
  "– ",
  "―",
  "''",
  "'",
  '"',
  "“",
  "”",
  "‘",
  "’",
  ", ",
  ",",
  " said ",
  " Ana Roe",
  " he",
  "We waited",
  " for this",
  "!",
  ".",
  ":",
  "\n",
  "\n\n",
  " ",
  "company''s",
  "Tories' plan",
);
const texts = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(""));

/**
 * Whether the quote's words come from its span, in order: its text leaves out the marks that reopen the statement
 * ('”no. “We waited"') and an attribution that interrupts it ('’— he‘ said " Ana Roe'), so it is not one slice.
 */
function inOrderWithin(quoteText: string, slice: string): boolean {
  const unmarked = (t: string) => t.replace(/["“”‘’']/g, " ");
  let from = 0;
  for (const word of unmarked(quoteText).split(/\s+/).filter(Boolean)) {
    const at = unmarked(slice).indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
  }
  return true;
}

describe("dash quotes and doubled marks on hostile input", () => {
  it("quotes stay inside the text, in order and apart", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expectQuotesApart(text, quotesOf(text), (q) => {
          const slice = text.slice(q.start, q.end);
          if (!slice.includes("\n")) expect(inOrderWithin(q.text, slice)).toBe(true);
        });
      }),
      { numRuns: 400 },
    );
  });

  it("merged tokens cover the text as the split's did, and sentences index them in order", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const split = splitDocument(bodyOnlyDocument(text));
        const { tokens, sentences } = withDoubledMarks(text, split.tokens, split.sentences);
        let at = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(at);
          const written = text.slice(t.start, t.end);
          expect(written === t.text || (written === "''" && t.text === '"')).toBe(true);
          at = t.end;
        }
        let first = 0;
        for (const s of sentences) {
          expect(s.firstToken).toBeGreaterThanOrEqual(first);
          expect(s.endToken).toBeGreaterThanOrEqual(s.firstToken);
          expect(s.endToken).toBeLessThanOrEqual(tokens.length);
          first = s.firstToken;
        }
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ["a dash paragraph of 300,000 words with no comma", `— ${"word ".repeat(300_000)}`],
    ["a dash paragraph of 100,000 commas and no attribution", `— ${"Word, ".repeat(100_000)}`],
    ["50,000 dash quotes", "\n\n— We waited, said Ana Roe.".repeat(50_000)],
    ["100,000 doubled apostrophes", "''".repeat(100_000)],
    ["doubled apostrophes never closed", `''${"It is so ".repeat(100_000)}`],
  ])("stays linear on %s", (_, text) => expectQuotesLinear(text), LINEARITY_TIMEOUT_MS);
});
