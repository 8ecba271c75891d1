/**
 * `quotes` as pieces of the corpus (cli/pieces.ts): a piece is its documents' quotes as the command prints
 * them, and the speakers named, so that a corpus grown by a file reads that file's piece and the others'
 * quotes from the cache. Read document by document, a grown Reuters corpus took 0.7-0.9 s (every file's
 * stored quotes looked up and parsed: 19,779 index entries), where its ~7,600 quotes are 2.7 MB of JSON.
 */
import type { Annotation, Quote } from "../types.js";
import { speakerMatches } from "./speaker-match.js";

/** A quote with its document's id and date: the row `quotes` prints (format/views/quotes.ts). */
export interface QuoteRow extends Quote {
  id: string;
  date: string | null;
}

/** Which quotes are printed: partial ones too or not, and only one speaker's. */
export interface QuoteFilter {
  includePartial: boolean;
  speaker: string | undefined;
  /** Distinct speakers remembered for "did you mean" (bounded: a corpus may hold millions of quotes). */
  maxSpeakers: number;
}

/**
 * Rows to print, in order, and the speakers seen (the first `maxSpeakers` distinct names, in order): live,
 * a set; read from the cache, a list. Pieces folded in order remember the names one pass over their
 * documents would.
 */
export interface QuotePiece {
  rows: QuoteRow[];
  speakers: Set<string> | string[];
}

/** The quotes of one document into a piece (or into the run's one state). */
export function addQuotes(
  piece: QuotePiece,
  annotation: Pick<Annotation, "id" | "date" | "quotes">,
  filter: QuoteFilter,
): void {
  const speakers = piece.speakers as Set<string>;
  for (const quote of annotation.quotes ?? []) {
    if (quote.partial && !filter.includePartial) continue;
    const name = quote.speaker.name ?? quote.speaker.organization;
    if (name && speakers.size < filter.maxSpeakers) speakers.add(name);
    if (filter.speaker !== undefined && !speakerMatches(quote, filter.speaker)) continue;
    piece.rows.push({ ...quote, id: annotation.id, date: annotation.date });
  }
}

/** The pieces of `quotes` with this filter (the filter is in the command line, part of the pieces' key). */
export function quotePieces(filter: QuoteFilter) {
  return {
    kind: "quotes/1",
    empty: (): QuotePiece => ({ rows: [], speakers: new Set() }),
    add: (state: QuotePiece, result: { annotation: Annotation }): void =>
      addQuotes(state, result.annotation, filter),
    toJSON: (state: QuotePiece): unknown => ({ rows: state.rows, speakers: [...state.speakers] }),
    fromJSON: (json: unknown): QuotePiece => json as QuotePiece,
  };
}
