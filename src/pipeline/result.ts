import type { Annotation, Diagnostic } from "../types.js";

/** Everything the commands need from one document; plain data, so it can cross a worker boundary or be cached. */
export interface DocumentResult {
  annotation: Annotation;
  /** Lower-cased word counts, for corpus statistics and TF-IDF. */
  words: [string, number][];
  diagnostics: Diagnostic[];
}

/**
 * The exact JSON of a result's annotation, when it is already known (results read from the cache), so that
 * `annotate --jsonl` prints it without parsing and re-serializing it. Kept off the enumerable properties:
 * it never travels with the result (workers, --for-merge streams).
 */
const ANNOTATION_JSON = Symbol("annotation JSON");

type WithJson = DocumentResult & { [ANNOTATION_JSON]?: string };

/** Records (or, with undefined, forgets) the JSON of a result's annotation; it must be kept in step with it. */
export function withAnnotationJson(result: DocumentResult, json: string | undefined): DocumentResult {
  Object.defineProperty(result, ANNOTATION_JSON, {
    value: json,
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return result;
}

/** The annotation's JSON if it is known; undefined when it has to be serialized. */
export function annotationJson(result: DocumentResult): string | undefined {
  return (result as WithJson)[ANNOTATION_JSON];
}
