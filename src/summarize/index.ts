import type { SplitDocument } from "../text/split.js";
import type { Document, Mention, Quote, TextSpan } from "../types.js";
import { addTerms, type Candidate, candidates, markCaptions } from "./candidates.js";
import { choose } from "./rank.js";
import { SummaryScratch } from "./scratch.js";

export { SummaryScratch } from "./scratch.js";

export interface SummaryOptions {
  /** How many sentences (default in the CLI: 3). */
  sentences: number;
  /** Entity mentions of the document, when the entity extractor ran: they link sentences by entity. */
  mentions?: Mention[];
  /** Quotes of the document, when the quote extractor ran: direct speech is ranked down. */
  quotes?: Quote[];
  /**
   * The arrays the ranking reuses (scratch.ts): a caller summarizing document after document passes one, made
   * once; without it the ranking makes its own for the call (seven typed arrays, a few µs).
   */
  scratch?: SummaryScratch;
}

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
 * Entity mentions join the sentence vectors as terms of their canonical entity, so that "Whitlow", "the
 * Icelandic president's" "Dana Whitlow" and "Icelandic" → Iceland link sentences that share no word.
 */
function addEntityTerms(pool: Candidate[], mentions: readonly Mention[]): void {
  let base = 0;
  for (const c of pool) for (const id of c.terms) if (id >= base) base = id + 1;
  const entityIds = new Map<string, number>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const c of pool) {
    while (k < sorted.length && (sorted[k] as Mention).start < c.start) k++;
    for (; k < sorted.length && (sorted[k] as Mention).start < c.end; k++) {
      const entity = (sorted[k] as Mention).entity;
      let id = entityIds.get(entity);
      if (id === undefined) {
        id = base + entityIds.size;
        entityIds.set(entity, id);
      }
      c.terms.push(id);
    }
  }
}

/**
 * Only the first sentences compete: news states its story first, and ranking is quadratic in the number of
 * candidates, so a huge document must not make it slow.
 */
export const MAX_CANDIDATES = 60;

/**
 * An extractive summary: up to `options.sentences` whole sentences of the body, in text order. Sentences are
 * ranked by position (news leads with the story) and directed centrality (TF-IDF similarity to the sentences
 * that follow; entity mentions, when given, count as shared terms), with redundancy removed (MMR).
 * Boilerplate, bylines, pieces of multi-sentence quotations and sentences cut at the length cap are never
 * picked; captions, direct speech and sentences leaning on the one before are ranked down. Fewer sentences
 * when the document has fewer eligible ones.
 */
export function summarize(doc: Document, split: SplitDocument, options: SummaryOptions): TextSpan[] {
  const count = Math.max(0, Math.floor(options.sentences));
  if (count === 0 || split.sentences.length === 0) return [];
  const sentences = split.sentences.slice(0, MAX_CANDIDATES);
  const pool = candidates(doc.text, split.tokens, sentences);
  // No more eligible sentences than asked for: ranking would pick them all (scores are finite), so it is
  // skipped, and the sentences' terms and caption marks are not made. A third of the 1,500 bench documents (536) are such.
  const eligible = pool.filter((c) => c.eligible);
  if (eligible.length <= count) return eligible.map((c) => spanOf(doc, c));
  addTerms(pool, split.tokens, sentences);
  markCaptions(pool, doc.text, sentences);
  if (options.quotes) markQuotations(pool, options.quotes);
  if (options.mentions) addEntityTerms(pool, options.mentions);
  const picks = choose(pool, count, options.scratch ?? new SummaryScratch());
  // Array.from, not map: an optimized map's array is HOLEY, the builtin's packed ("wrong map" deopt at sort).
  return Array.from(picks, (i) => pool[i] as (typeof pool)[number])
    .sort((a, b) => a.start - b.start)
    .map((c) => spanOf(doc, c));
}

function spanOf(doc: Document, c: Candidate): TextSpan {
  return { start: c.start, end: c.end, text: doc.text.slice(c.start, c.end) };
}
