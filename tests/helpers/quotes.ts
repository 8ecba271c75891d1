import { expect } from "vitest";
import { extractQuotes } from "../../src/extract/quotes/index.js";
import { resolveQuotes } from "../../src/resolve/speakers/resolve.js";
import { splitDocument } from "../../src/text/split.js";
import type { Quote, QuoteSpan } from "../../src/types.js";
import { LINEARITY_CPU_MS, withCpuMillis } from "./cpu-time.js";
import { bodyOnlyDocument } from "./document.js";

/** The quotes extraction finds in a document of this body text. */
export function quotesOf(text: string): QuoteSpan[] {
  const doc = bodyOnlyDocument(text);
  return extractQuotes(doc, splitDocument(doc)).quotes;
}

/** Each quote is inside the text, in text order and apart from the one before; `each` checks more per quote. */
export function expectQuotesApart(
  text: string,
  quotes: readonly QuoteSpan[],
  each: (q: QuoteSpan) => void,
): void {
  let reach = 0;
  for (const q of quotes) {
    expect(q.start).toBeGreaterThanOrEqual(reach);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(text.length);
    each(q);
    reach = q.end;
  }
}

/** Quotes found and resolved with no entity mentions: the speaker phrase comes from the words alone. */
export function resolvedQuotesOf(text: string): Quote[] {
  const doc = bodyOnlyDocument(text);
  const split = splitDocument(doc);
  return resolveQuotes(extractQuotes(doc, split).quotes, split.tokens, split.sentences, []);
}

/** [quoted span as written, partial, speaker phrase] of every quote resolved without mentions. */
export const quoteSummary = (text: string): Array<[string, boolean, string | null]> =>
  resolvedQuotesOf(text).map((q) => [text.slice(q.start, q.end), q.partial, q.speaker.mention?.text ?? null]);

/** A linearity guard: extracting the quotes of a hostile text stays within LINEARITY_CPU_MS, and in the text. */
export function expectQuotesLinear(text: string): void {
  const { result: quotes, cpuMillis } = withCpuMillis(() => quotesOf(text));
  expect(cpuMillis).toBeLessThan(LINEARITY_CPU_MS);
  for (const q of quotes.slice(0, 100)) expect(q.end).toBeLessThanOrEqual(text.length);
}
