import type { Annotation, Diagnostic } from "../types.js";

/**
 * The options that change a document's result (part of the cache key). Kept here, apart from the pipeline
 * in annotate.ts, so that a command can name them without loading the extractors and their models.
 */
export interface AnnotateOptions {
  /** Sentences in each document's summary. */
  summarySentences: number;
  /**
   * `annotate --include-text`: the record also carries the document's `text` (what offsets index: for a
   * web page or a record, the extracted text) and its `title`, so that spans can be checked.
   */
  includeText?: boolean;
}

export const DEFAULT_ANNOTATE_OPTIONS: AnnotateOptions = { summarySentences: 3 };

/** Everything the commands need from one document; plain data, so it can cross a worker boundary or be cached. */
export interface DocumentResult {
  annotation: Annotation;
  /** Lower-cased word counts, for corpus statistics and TF-IDF. */
  words: [string, number][];
  diagnostics: Diagnostic[];
}

/**
 * The exact JSON of a result's annotation, when it is already known (results unpacked from a worker or
 * the cache, see packed.ts), so that `annotate --jsonl` prints it without parsing and re-serializing it.
 * A symbol, so that it never travels with the result (JSON, structured clone).
 */
export const ANNOTATION_JSON = Symbol("annotation JSON");

/** The annotation's JSON if it is known; undefined when it has to be serialized. */
export function annotationJson(result: DocumentResult): string | undefined {
  return (result as DocumentResult & { [ANNOTATION_JSON]?: string })[ANNOTATION_JSON];
}
