/**
 * A worker thread of the pool (see run.ts). Importing annotate.js loads the models once per worker; each
 * task is a batch of documents, so the cost of a message between threads is paid per batch, not per document.
 * A file is read here, in the worker (through src/corpus, like every read): the thread that feeds the
 * pool then only sends its path and receives the result's JSON, which is all it prints.
 */
import type { InputFile } from "../corpus/index.js";
import { type DocumentFormat, type ReadResult, readDocumentSync } from "../corpus/read.js";
import type { Diagnostic, Document } from "../types.js";
import {
  type AnnotateOptions,
  annotateDocument,
  annotateDocuments,
  type DocumentOutcome,
  type DocumentResult,
  type PreparedParts,
} from "./annotate.js";
import { type PackedResult, pack } from "./packed.js";

/** What a worker is given for one document: the document itself (a record, or a file read by the cache's
 * lookup), or a file to read (a text or HTML file, when nothing needs its text before it is annotated). */
export type WorkItem = { doc: Document } | { file: InputFile; format: DocumentFormat };

export interface WorkerTask {
  items: WorkItem[];
  options: AnnotateOptions;
  /** Whether results carry their word counts: only a command that reads them, or a cache, needs them. */
  words: boolean;
  /**
   * A run in two stages (extract-worker.ts): false when the worker leaves the batch's summaries to the main
   * thread, which has been waiting for it (see SummaryPlacement, staged.ts). Unset: the worker makes them.
   */
  summaries?: boolean;
}

/**
 * A document's result, or why it failed: one failing document must not lose the rest of its batch.
 * A worker sends results packed (see packed.ts); the rare one that cannot be packed travels as objects.
 */
export type Outcome =
  | { ok: true; result: DocumentResult }
  | { ok: true; packed: PackedResult }
  | { ok: false; error: string };

/**
 * What became of a work item: for a file, what reading it said (the problems, or why it was skipped), then
 * the outcome of annotating the document read.
 */
export type WorkOutcome =
  | { read: Extract<ReadResult, { ok: false }> }
  | { read: Diagnostic[] | null; outcome: Outcome };

export function annotateOutcome(
  doc: Document,
  options: AnnotateOptions,
  packed: boolean,
  words = true,
  /** What another thread computed of it (staged.ts). */
  prepared?: () => PreparedParts,
): Outcome {
  try {
    const result = annotateDocument(doc, options, words, prepared?.());
    const packedResult = packed ? pack(result, doc) : null;
    return packedResult ? { ok: true, packed: packedResult } : { ok: true, result };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Reads (if it is a file) and annotates one work item. */
export function workOutcome(
  item: WorkItem,
  options: AnnotateOptions,
  packed: boolean,
  words = true,
): WorkOutcome {
  if ("doc" in item) return { read: null, outcome: annotateOutcome(item.doc, options, packed, words) };
  const got = readDocumentSync(item.file, item.format);
  if (!got.ok) return { read: got };
  return { read: got.diagnostics, outcome: annotateOutcome(got.doc, options, packed, words) };
}

/**
 * Reads the items' files, then annotates their documents stage by stage over the batch (annotateDocuments: each
 * stage's tables stay in the caches while it runs), each outcome as workOutcome makes it.
 */
export function annotateItems(
  items: readonly WorkItem[],
  options: AnnotateOptions,
  packed: boolean,
  words = true,
): WorkOutcome[] {
  const read = items.map((item): { doc: Document; read: Diagnostic[] | null } | WorkOutcome => {
    if ("doc" in item) return { doc: item.doc, read: null };
    const got = readDocumentSync(item.file, item.format);
    return got.ok ? { doc: got.doc, read: got.diagnostics } : { read: got };
  });
  const docs: Document[] = [];
  for (const r of read) if ("doc" in r) docs.push(r.doc);
  const outcomes = annotateDocuments(docs, options, words);
  let next = 0;
  return read.map((r) => {
    if (!("doc" in r)) return r;
    const done = outcomes[next++] as DocumentOutcome;
    return { read: r.read, outcome: outcomeOf(done, r.doc, packed) };
  });
}

export default function annotateBatch(task: WorkerTask): WorkOutcome[] {
  return annotateItems(task.items, task.options, true, task.words);
}

/** A result of annotateDocuments as annotateOutcome makes it: packed or not, or why annotating or packing failed. */
export function outcomeOf(done: DocumentOutcome, doc: Document, packed: boolean): Outcome {
  try {
    if (!done.ok) throw done.error;
    const packedResult = packed ? pack(done.result, doc) : null;
    return packedResult ? { ok: true, packed: packedResult } : { ok: true, result: done.result };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
