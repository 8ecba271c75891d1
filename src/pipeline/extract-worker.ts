/**
 * The first stage of a run split in two threads (StagedAnnotator, annotators.ts): this worker reads each file,
 * splits it and extracts its mention spans (the tagger: ~45% of a document's CPU); the main thread splits it
 * again and does the rest (naming, quotes, speakers, summary) and prints. Each thread runs, and V8 compiles,
 * only its own half of the code, where a pool of whole-pipeline workers compiles all of it once per worker.
 * Mentions are plain objects: they cross threads unchanged.
 */
import { type ReadResult, readDocumentSync } from "../corpus/read.js";
import { extractMentions } from "../extract/entities/index.js";
import { splitDocument } from "../text/split.js";
import type { Diagnostic, Document, Mention } from "../types.js";
import type { WorkerTask, WorkItem } from "./worker.js";

/**
 * What became of a work item in this stage: why its file was skipped; or the document read (undefined when
 * the item was a document: the main thread has it) with its spans, or why extraction failed.
 */
export type Extracted =
  | { read: Extract<ReadResult, { ok: false }> }
  | { read: Diagnostic[] | null; doc?: Document; mentions: Mention[] }
  | { read: Diagnostic[] | null; doc?: Document; error: string };

function extracted(doc: Document, read: Diagnostic[] | null, sendDoc: boolean): Extracted {
  try {
    const mentions = extractMentions(doc, splitDocument(doc));
    return sendDoc ? { read, doc, mentions } : { read, mentions };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return sendDoc ? { read, doc, error: message } : { read, error: message };
  }
}

/** Reads (if it is a file) and extracts one work item's mentions. */
export function extractItem(item: WorkItem): Extracted {
  if ("doc" in item) return extracted(item.doc, null, false);
  const got = readDocumentSync(item.file, item.format);
  if (!got.ok) return { read: got };
  return extracted(got.doc, got.diagnostics, true);
}

export default function extractBatch(task: WorkerTask): Extracted[] {
  return task.items.map(extractItem);
}
