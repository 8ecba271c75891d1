/** A document's result as the cache keeps and gives it back (store.ts reads and writes them). */
import type { AnnotationPart } from "./parts.js";

/**
 * The parts of the annotations a run reads (see cache/parts.ts): "all", or the fields its command uses;
 * a result read with some parts left out is an annotation without those fields.
 */
export type PartsRead = readonly AnnotationPart[] | "all";

/**
 * A document's result as stored: serialized, without the document's id and path (the pipeline's packed
 * form, see pipeline/packed.ts; the cache never interprets it).
 */
export interface StoredResult {
  /** The document's length in characters: a stored result is used only for a text of this length. */
  chars: number;
  /** The annotation's JSON with id and path blanked. */
  annotation: string;
  /** JSON array of the document's diagnostics. */
  diagnostics: string;
  /** JSON of the word counts. */
  words: string;
}

/**
 * A stored result as read: the annotation holds the parts asked for (see PartsRead), and the word counts
 * are read from the database only if asked for.
 */
export type StoredRow = Omit<StoredResult, "words"> & { words(): string | undefined };

/** Turns a stored row into a result, or undefined when it does not fit the document (a miss). */
export type Accept<T> = (row: StoredRow) => T | undefined;
