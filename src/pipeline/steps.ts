/**
 * One input file's way to its result, with the cache (cache/store.ts keeps the strings, this file knows
 * what they mean): found by the file's identity without reading it; else read, hashed, and found by its
 * content; else annotated, and the result stored under its content and the file's identity.
 */
import { contentHash } from "../cache/key.js";
import type { ResultCache, StoredRow } from "../cache/store.js";
import type { ReadTally } from "../corpus/diagnostics.js";
import { type FileIdentity, fileIdentity, type IdentitySeq, readDocument } from "../corpus/index.js";
import { readDocumentSync } from "../corpus/read.js";
import type { Source } from "../corpus/sources.js";
import type { Diagnostic, Document } from "../types.js";
import { pack, type UnpackTarget, unpack, unpackTarget } from "./packed.js";
import type { DocumentResult } from "./result.js";
import type { Outcome, WorkItem, WorkOutcome } from "./worker.js";

/**
 * One document's outcome, at its place `seq` in the run over all shards (see corpus/sources.ts): its
 * result (the problems reading it gave in front of the result's own diagnostics), or, for a document that
 * was skipped, the diagnostics that say why.
 */
export type IndexedResult =
  | { seq: number; path: string; result: DocumentResult }
  | { seq: number; path: string; result: null; diagnostics: Diagnostic[] };

/**
 * Annotates a document the cache does not hold, or reads and annotates a file when nothing needs its text
 * first (see chooseAnnotator for `source`).
 */
export type AnnotateMiss = (item: WorkItem, source: Source) => Promise<WorkOutcome>;

/** A stored row as the result of the document it is read for; undefined when it does not fit. */
const accept =
  (target: UnpackTarget) =>
  (row: StoredRow): DocumentResult | undefined =>
    unpack({ chars: row.chars, annotation: row.annotation, diagnostics: row.diagnostics }, target, row.words);

const skipped = (seq: number, path: string, diagnostics: Diagnostic[]): IndexedResult => ({
  seq,
  path,
  result: null,
  diagnostics,
});

function found(seq: number, path: string, result: DocumentResult, read: Diagnostic[]): IndexedResult {
  if (read.length > 0) result.diagnostics.unshift(...read);
  return { seq, path, result };
}

/**
 * The step for each document source; with no cache (--no-cache), every document is read and annotated.
 * A file is found by its identity (the file index) or read here; a record comes read, and is found by its
 * content only (one file holds many records). `tally` counts what was read and skipped, for --verbose.
 */
export function documentSteps(
  cache: ResultCache | null,
  annotate: AnnotateMiss,
  tally?: ReadTally,
  identities?: IdentitySeq,
): (source: Source) => Promise<IndexedResult> {
  return async (source) => {
    const { seq } = source;
    if (source.kind === "skipped") return skipped(seq, source.path, source.diagnostics);
    let doc: Document;
    let read: Diagnostic[];
    let identity: FileIdentity | null = null;
    let path: string;
    if (source.kind === "file" && !cache && source.file.path !== "-") {
      // With no cache to look in, the text is only needed to annotate it: the file is read where it is
      // annotated (a worker, when there is a pool), and this thread gets only the result.
      const { file, format } = source;
      const done = await annotate({ file, format }, source);
      if (!("outcome" in done)) {
        tally?.skip(done.read.reason);
        return skipped(seq, file.path, done.read.diagnostics);
      }
      tally?.read();
      const target = { id: file.id, path: file.path, chars: null };
      return annotated(seq, target, done.read ?? [], done.outcome, null);
    }
    if (source.kind === "file") {
      const { file, format } = source;
      path = file.path;
      // A file unchanged since a run read it is found by its identity, without being read or hashed.
      // (Stated before the run when it looked for a corpus-level result: see cli/memo.ts.)
      identity = cache ? (identities?.at(source.fileIndex) ?? fileIdentity(file)) : null;
      const known = identity
        ? cache?.getByIdentity(identity, accept({ id: file.id, path: file.path, chars: null }))
        : undefined;
      if (known) {
        tally?.read();
        return found(seq, path, known.result, known.diagnostics);
      }
      const got = file.path === "-" ? await readDocument(file, format) : readDocumentSync(file, format);
      if (!got.ok) {
        tally?.skip(got.reason);
        return skipped(seq, path, got.diagnostics);
      }
      tally?.read();
      doc = got.doc;
      read = got.diagnostics;
    } else {
      doc = source.doc;
      path = doc.path;
      read = [...source.diagnostics];
    }
    const key = cache ? contentHash(doc) : "";
    const cached = cache?.get(key, accept(unpackTarget(doc)));
    if (cached) {
      if (identity) cache?.noteFile(identity, key, read);
      return found(seq, path, cached, read);
    }
    const done = await annotate({ doc }, source);
    if (!("outcome" in done)) throw new Error("a document given to annotate was read as a file");
    const store = cache ? { cache, key, identity, doc } : null;
    return annotated(seq, unpackTarget(doc), read, done.outcome, store);
  };
}

/** Where a result is stored, when there is a cache. */
interface Store {
  cache: ResultCache;
  key: string;
  identity: FileIdentity | null;
  doc: Document;
}

/** The outcome of annotating a document, as its result (stored in the cache, if any), or why it has none. */
function annotated(
  seq: number,
  target: UnpackTarget,
  read: Diagnostic[],
  outcome: Outcome,
  store: Store | null,
): IndexedResult {
  const { path } = target;
  if (!outcome.ok) {
    return skipped(seq, path, [
      ...read,
      { code: "not-annotated", message: `could not be annotated (${outcome.error}), skipped` },
    ]);
  }
  // A worker's result comes packed (the cache's form); one made in this thread is packed only for the cache.
  const packed = "packed" in outcome ? outcome.packed : store ? pack(outcome.result, store.doc) : null;
  const result = "packed" in outcome ? unpack(outcome.packed, target) : outcome.result;
  if (!result) {
    return skipped(seq, path, [
      ...read,
      { code: "not-annotated", message: "the worker's result does not fit the document, skipped" },
    ]);
  }
  if (packed && store) {
    store.cache.put(store.key, packed);
    if (store.identity) store.cache.noteFile(store.identity, store.key, read);
  }
  return found(seq, path, result, read);
}
