import type { SplitDocument } from "../text/split.js";
import type { Document, Mention, Quote, TextSpan } from "../types.js";
import { candidates } from "./candidates.js";
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
export function summarize(doc: Document, split: SplitDocument, options: SummaryOptions): TextSpan[] {
  const count = Math.max(0, Math.floor(options.sentences));
  if (count === 0 || split.sentences.length === 0) return [];
  const pool = candidates(doc.text, split.tokens, split.sentences);
  const picks = choose(pool, count, options.mentions, options.quotes);
  return picks
    .map((i) => pool[i] as (typeof pool)[number])
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ start: c.start, end: c.end, text: doc.text.slice(c.start, c.end) }));
}
