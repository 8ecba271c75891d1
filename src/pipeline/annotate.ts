import { wordCounts } from "../aggregate/terms.js";
import { extractMentions } from "../extract/entities/index.js";
import { extractQuotes } from "../extract/quotes/index.js";
import { groupEntities } from "../resolve/entities/index.js";
import { summarize } from "../summarize/index.js";
import { splitDocument } from "../text/split.js";
import type { Annotation, Document } from "../types.js";
import { type AnnotateOptions, DEFAULT_ANNOTATE_OPTIONS, type DocumentResult } from "./result.js";

export { type AnnotateOptions, DEFAULT_ANNOTATE_OPTIONS, type DocumentResult } from "./result.js";

/** The per-document pipeline: split → extract → resolve → summarize, as one pure function. */
export function annotateDocument(
  doc: Document,
  options: AnnotateOptions = DEFAULT_ANNOTATE_OPTIONS,
): DocumentResult {
  const split = splitDocument(doc);
  const mentions = extractMentions(doc, split);
  const { quotes, diagnostics } = extractQuotes(doc, split, mentions);
  const annotation: Annotation = {
    id: doc.id,
    path: doc.path,
    date: doc.date,
    chars: doc.text.length,
    tokens: split.tokens.length,
    sentences: split.sentences.map((s) => ({ start: s.start, end: s.end })),
    mentions,
    entities: groupEntities(mentions),
    quotes,
    // Entity and quote signals measured slightly worse on ROUGE (dev: +0.89 over Lead-3 against +1.01 without).
    summary: summarize(doc, split, { sentences: options.summarySentences }),
  };
  if (options.includeText) {
    annotation.title = doc.headers.title ?? null;
    annotation.text = doc.text;
  }
  return { annotation, words: [...wordCounts(split.tokens)], diagnostics };
}
