/**
 * One input file's way to its result, with the cache (cache/store.ts keeps the strings, this file knows
 * what they mean): found by the file's identity without reading it; else read, hashed, and found by its
 * content; else annotated, and the result stored under its content and the file's identity.
 */
import { contentHash } from "../cache/key.js";
import type { ResultCache, StoredRow } from "../cache/store.js";
import { fileIdentity, type InputFile, readDocument } from "../corpus/index.js";
import { readDocumentSync } from "../corpus/read.js";
import type { Diagnostic, Document } from "../types.js";
import { pack, type UnpackTarget, unpack, unpackTarget } from "./packed.js";
import type { DocumentResult } from "./result.js";
import type { Outcome } from "./worker.js";

/**
 * One input file's outcome: its result (the problems reading it gave in front of the result's own
 * diagnostics), or, for a file that was skipped, the diagnostics that say why.
 */
export type IndexedResult =
  | { index: number; path: string; result: DocumentResult }
  | { index: number; path: string; result: null; diagnostics: Diagnostic[] };

/** Annotates a document the cache does not hold; `index` is its file's place (see chooseAnnotator). */
export type AnnotateMiss = (doc: Document, index: number) => Promise<Outcome>;

/** A stored row as the result of the document it is read for; undefined when it does not fit. */
const accept =
  (target: UnpackTarget) =>
  (row: StoredRow): DocumentResult | undefined =>
    unpack({ chars: row.chars, annotation: row.annotation, diagnostics: row.diagnostics }, target, row.words);

const skipped = (index: number, file: InputFile, diagnostics: Diagnostic[]): IndexedResult => ({
  index,
  path: file.path,
  result: null,
  diagnostics,
});

function found(index: number, file: InputFile, result: DocumentResult, read: Diagnostic[]): IndexedResult {
  if (read.length > 0) result.diagnostics.unshift(...read);
  return { index, path: file.path, result };
}

/** The step for each file; with no cache (--no-cache), every file is read and annotated. */
export function documentSteps(
  cache: ResultCache | null,
  annotate: AnnotateMiss,
): (file: InputFile, index: number) => Promise<IndexedResult> {
  return async (file, index) => {
    // A file unchanged since a run read it is found by its identity, without being read or hashed.
    const identity = cache ? fileIdentity(file) : null;
    const known = identity
      ? cache?.getByIdentity(identity, accept({ id: file.id, path: file.path, chars: null }))
      : undefined;
    if (known) return found(index, file, known.result, known.diagnostics);
    const read = file.path === "-" ? await readDocument(file) : readDocumentSync(file);
    if (!read.ok) return skipped(index, file, read.diagnostics);
    const doc = read.doc;
    const key = cache ? contentHash(doc) : "";
    const cached = cache?.get(key, accept(unpackTarget(doc)));
    if (cached) {
      if (identity) cache?.noteFile(identity, key, read.diagnostics);
      return found(index, file, cached, read.diagnostics);
    }
    const outcome = await annotate(doc, index);
    if (!outcome.ok) {
      return skipped(index, file, [
        ...read.diagnostics,
        { code: "not-annotated", message: `could not be annotated (${outcome.error}), skipped` },
      ]);
    }
    // A worker's result comes packed (the cache's form); one made in this thread is packed only for the cache.
    const packed = "packed" in outcome ? outcome.packed : cache ? pack(outcome.result, doc) : null;
    const result = "packed" in outcome ? unpack(outcome.packed, unpackTarget(doc)) : outcome.result;
    if (!result) {
      return skipped(index, file, [
        ...read.diagnostics,
        { code: "not-annotated", message: "the worker's result does not fit the document, skipped" },
      ]);
    }
    if (packed && cache) {
      cache.put(key, packed);
      if (identity) cache.noteFile(identity, key, read.diagnostics);
    }
    return found(index, file, result, read.diagnostics);
  };
}
