import type { SplitDocument } from "../text/split.js";
import type { Document, Mention, Quote, TextSpan } from "../types.js";
import { type Candidate, candidates } from "./candidates.js";
import { choose } from "./rank.js";

export interface SummaryOptions {
  /** How many sentences (default in the CLI: 3). */
  sentences: number;
  /** Entity mentions of the document, when the entity extractor ran: a salience signal. */
  mentions?: Mention[];
  /** Quotes of the document, when the quote extractor ran. */
  quotes?: Quote[];
}

/**
 * An extractive summary: up to `options.sentences` whole sentences of the body, in text order. Sentences are
 * ranked by position (news leads with the story), centrality (TF-IDF similarity to the rest of the article)
 * and entity salience, with redundancy removed (MMR); boilerplate, captions and pieces of multi-sentence
 * quotations are left out or ranked down. Fewer sentences when the document has fewer eligible ones.
 */
/**
 * When the quote extractor ran, its spans say better than raw quote marks how much of a sentence is
 * someone's direct speech (scare quotes and titles are `partial` and do not count).
 */
function markQuotations(pool: Candidate[], quotes: readonly Quote[]): void {
  const direct = quotes.filter((q) => !q.partial).sort((a, b) => a.start - b.start);
  let k = 0;
  for (const c of pool) {
    while (k < direct.length && (direct[k] as Quote).end <= c.start) k++;
    let covered = 0;
    for (let j = k; j < direct.length && (direct[j] as Quote).start < c.end; j++) {
      const q = direct[j] as Quote;
      covered += Math.max(0, Math.min(q.end, c.end) - Math.max(q.start, c.start));
    }
    c.quotedShare = covered / Math.max(1, c.end - c.start);
  }
}

/**
 * Only the first sentences compete: news states its story first, and ranking is quadratic in the number of
 * candidates, so a huge document must not make it slow.
 */
export const MAX_CANDIDATES = 60;

export function summarize(doc: Document, split: SplitDocument, options: SummaryOptions): TextSpan[] {
  const count = Math.max(0, Math.floor(options.sentences));
  if (count === 0 || split.sentences.length === 0) return [];
  const pool = candidates(doc.text, split.tokens, split.sentences.slice(0, MAX_CANDIDATES));
  if (options.quotes) markQuotations(pool, options.quotes);
  const picks = choose(pool, count, options.mentions, options.quotes);
  return picks
    .map((i) => pool[i] as (typeof pool)[number])
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ start: c.start, end: c.end, text: doc.text.slice(c.start, c.end) }));
}
