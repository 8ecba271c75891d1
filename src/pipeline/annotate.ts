import { wordCounts } from "../aggregate/terms.js";
import { extractMentions } from "../extract/entities/index.js";
import { extractQuotes } from "../extract/quotes/index.js";
import { groupEntities } from "../resolve/entities.js";
import { nameMentions } from "../resolve/names/index.js";
import { resolveQuotes } from "../resolve/speakers/resolve.js";
import { withWrittenSpeakers } from "../resolve/speakers/written-speakers.js";
import { SummaryScratch, summarize } from "../summarize/index.js";
import { type SplitDocument, splitDocument } from "../text/split.js";
import type {
  Annotation,
  Diagnostic,
  Document,
  Mention,
  Quote,
  QuoteMarkProblem,
  TextSpan,
} from "../types.js";
import { batchStages } from "./batch-stages.js";
import { headlineQuotes } from "./headline-quotes.js";
import { type AnnotateOptions, DEFAULT_ANNOTATE_OPTIONS, type DocumentResult } from "./result.js";

export { type AnnotateOptions, DEFAULT_ANNOTATE_OPTIONS, type DocumentResult } from "./result.js";

/** A document's named mentions and quotes: extraction finds the spans, resolution names them. */
export interface NamedDocument {
  mentions: Mention[];
  quotes: Quote[];
  diagnostics: Diagnostic[];
}

/** The quotes extraction finds in a document (spans, cues, speaker phrases) and the quote marks' problems. */
export type FoundQuotes = ReturnType<typeof extractQuotes>;

/**
 * Extract (spans) → resolve (names): the mentions and quotes of one split document. `extracted`: its mention
 * spans when another thread extracted them (extract-worker.ts), the same as extractMentions gives here;
 * `foundQuotes`: its quotes when that thread found them (called in the quotes' turn, after naming).
 */
export function nameDocument(
  doc: Document,
  split: SplitDocument,
  extracted: Mention[] = extractMentions(doc, split),
  foundQuotes?: (() => FoundQuotes) | null,
): NamedDocument {
  const mentions = nameMentions(extracted, doc.text, split.tokens);
  const found = foundQuotes?.() ?? extractQuotes(doc, split);
  const quotes = resolveQuotes(found.quotes, split.tokens, split.sentences, mentions);
  return withHeadline(doc, split, {
    mentions,
    quotes,
    diagnostics: asDiagnostics(doc.text, found.diagnostics),
  });
}

/**
 * The body's named document with its speakers whose names only the speaker phrases write as mentions
 * (written-speakers.ts), and the headline's attributed quotes first (text order) with their speakers' mentions.
 */
function withHeadline(doc: Document, split: SplitDocument, named: NamedDocument): NamedDocument {
  const mentions = withWrittenSpeakers(named.mentions, named.quotes);
  const body = mentions === named.mentions ? named : { ...named, mentions };
  const headline = headlineQuotes(doc, split, body.mentions);
  if (headline === null) return body;
  return {
    mentions: [...headline.mentions, ...body.mentions],
    quotes: [...headline.quotes, ...body.quotes],
    diagnostics: body.diagnostics,
  };
}

/**
 * The parts of a document's result that another thread computed (extract-worker.ts, for staged.ts): each
 * the same as this thread would compute. `summary` is called in the summary's turn, so that a failure
 * surfaces where it would in one thread.
 */
export interface PreparedParts {
  split: SplitDocument;
  mentions: Mention[];
  /** Null when the worker left the summary to this thread (staged.ts: SummaryPlacement). */
  summary: (() => TextSpan[]) | null;
  /** The quotes extraction found (extractQuotes), or null when this thread finds them. */
  quotes: (() => FoundQuotes) | null;
  words: [string, number][];
}

/**
 * The summarizer's arrays, reused by this thread's documents (summarize/scratch.ts): annotateDocument is
 * synchronous, so no two of its calls use them at once.
 */
const summaryScratch = new SummaryScratch();

/** The per-document pipeline: split → extract → resolve → summarize, as one pure function. */
export function annotateDocument(
  doc: Document,
  options: AnnotateOptions = DEFAULT_ANNOTATE_OPTIONS,
  /** Whether to count the words (only corpus statistics and the cache read them: 3% of a run). */
  words = true,
  /** What another thread computed of it (undefined: everything is computed here). */
  prepared?: PreparedParts,
): DocumentResult {
  const split = prepared?.split ?? splitDocument(doc);
  // undefined: nameDocument extracts them here.
  const named = nameDocument(doc, split, prepared?.mentions, prepared?.quotes);
  return documentResult(doc, split, named, options, words, prepared);
}

/** A document's result from its split and its named mentions and quotes (annotateDocument, annotateDocuments). */
function documentResult(
  doc: Document,
  split: SplitDocument,
  { mentions, quotes, diagnostics }: NamedDocument,
  options: AnnotateOptions,
  words: boolean,
  prepared?: PreparedParts,
): DocumentResult {
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
    summary: prepared?.summary
      ? prepared.summary()
      : summarize(doc, split, { sentences: options.summarySentences, scratch: summaryScratch }),
  };
  if (options.includeText) {
    annotation.title = doc.headers.title ?? null;
    annotation.text = doc.text;
  }
  const counted = prepared ? prepared.words : words ? [...wordCounts(split.tokens)] : [];
  return { annotation, words: counted, diagnostics };
}

/** A document's result from annotateDocuments, or what its annotation threw. */
export type DocumentOutcome = { ok: true; result: DocumentResult } | { ok: false; error: unknown };

/**
 * annotateDocument of each document, stage by stage over the batch: every document split, then every one's mentions
 * extracted, then named, its quotes found, attributed, and its result made; a document whose stage throws goes no
 * further (its outcome is the error, as annotateDocument would throw it) and the others go on. Each document's
 * result is annotateDocument's, made by the same calls in the same order: only the documents' turns interleave
 * (the stages keep no state from one document to the next). A stage's tables (the tagger's weights, the word
 * facts, the gazetteer) stay in the caches while it runs over the batch, where one document through every stage
 * after another reloaded each of them: in process over 4,000 Reuters documents, alternated rounds, CPU 0.918x
 * with batches of 8, 0.863x with 32, 0.836x with 64 (load 14-16).
 */
export function annotateDocuments(
  docs: readonly Document[],
  options: AnnotateOptions = DEFAULT_ANNOTATE_OPTIONS,
  words = true,
  /** What another thread computed of each document (staged.ts), as annotateDocument's `prepared`. */
  prepared?: readonly (() => PreparedParts)[],
): DocumentOutcome[] {
  const outcomes: (DocumentOutcome | null)[] = new Array(docs.length).fill(null);
  const each = batchStages(
    docs,
    (i) => outcomes[i] !== null,
    (i, error) => {
      outcomes[i] = { ok: false, error };
    },
  );
  const parts = each((_doc, i) => prepared?.[i]?.());
  const splits = each((doc, i) => parts[i]?.split ?? splitDocument(doc));
  const split = (i: number) => splits[i] as SplitDocument;
  const extracted = each((doc, i) => parts[i]?.mentions ?? extractMentions(doc, split(i)));
  const named = each((doc, i) => nameMentions(extracted[i] as Mention[], doc.text, split(i).tokens));
  const found = each((doc, i) => parts[i]?.quotes?.() ?? extractQuotes(doc, split(i)));
  const quotes = each((_doc, i) => {
    const { tokens, sentences } = split(i);
    return resolveQuotes(
      (found[i] as ReturnType<typeof extractQuotes>).quotes,
      tokens,
      sentences,
      named[i] as Mention[],
    );
  });
  each((doc, i) => {
    const diagnostics = asDiagnostics(doc.text, (found[i] as ReturnType<typeof extractQuotes>).diagnostics);
    const body = { mentions: named[i] as Mention[], quotes: quotes[i] as Quote[], diagnostics };
    const document = withHeadline(doc, split(i), body);
    outcomes[i] = { ok: true, result: documentResult(doc, split(i), document, options, words, parts[i]) };
  });
  return outcomes as DocumentOutcome[];
}

/** The quote scanner's problems as diagnostics of the document, located by line. */
function asDiagnostics(text: string, problems: readonly QuoteMarkProblem[]): Diagnostic[] {
  return problems.map(({ offset, message }) => ({
    code: "quotation-mark",
    message,
    line: lineAt(text, offset),
    offset,
  }));
}

/** The 1-based line of an offset (a scan per problem: a document has at most a few dozen). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) line++;
  return line;
}
