/**
 * A worker thread of the pool (see run.ts). Importing annotate.js loads the models once per worker; each
 * task is a batch of documents, so the cost of a message between threads is paid per batch, not per document.
 */
import type { Document } from "../types.js";
import { type AnnotateOptions, annotateDocument, type DocumentResult } from "./annotate.js";
import { type PackedResult, pack } from "./packed.js";

export interface WorkerTask {
  documents: Document[];
  options: AnnotateOptions;
}

/**
 * A document's result, or why it failed: one failing document must not lose the rest of its batch.
 * A worker sends results packed (see packed.ts); the rare one that cannot be packed travels as objects.
 */
export type Outcome =
  | { ok: true; result: DocumentResult }
  | { ok: true; packed: PackedResult }
  | { ok: false; error: string };

export function annotateOutcome(doc: Document, options: AnnotateOptions, packed: boolean): Outcome {
  try {
    const result = annotateDocument(doc, options);
    const packedResult = packed ? pack(result, doc) : null;
    return packedResult ? { ok: true, packed: packedResult } : { ok: true, result };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export default function annotateBatch(task: WorkerTask): Outcome[] {
  return task.documents.map((doc) => annotateOutcome(doc, task.options, true));
}
