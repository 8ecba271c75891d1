/**
 * The first stage of a run split in two threads (stagedAnnotatorOn, staged.ts): this worker reads each file
 * (with --no-cache; a run with a cache reads and hashes it in the main thread, and sends the document), splits
 * the document, extracts its mention spans (the tagger) and summarizes it; the main thread names the
 * mentions, finds and attributes the quotes, and prints. Each thread runs, and V8 compiles, only its own
 * half of the code, where a pool of whole-pipeline workers compiles all of it once per worker.
 *
 * The split and the mentions cross threads as numbers (split-transfer.ts), so that the main thread neither
 * tokenizes the text again nor receives a clone of millions of small objects.
 * Why the summary is made here: per-thread CPU (perf task-clock, full corpus, --jobs 2), the main thread
 * was the bottleneck with 8.5 s against the worker's 6.4 s; summarizing is ~7% of a document's work, reads
 * only the split, and its result is a few offsets.
 */
import { wordCounts } from "../aggregate/terms.js";
import { type ReadResult, readDocumentSync } from "../corpus/read.js";
import { extractMentions, loadTagger } from "../extract/entities/index.js";
import { SummaryScratch, summarize } from "../summarize/index.js";
import { splitDocument } from "../text/split.js";
import type { Diagnostic, Document } from "../types.js";
import {
  type PackedMentions,
  type PackedSplit,
  packMentions,
  packSpans,
  packSplit,
} from "./split-transfer.js";
import type { WorkerTask, WorkItem } from "./worker.js";

/** What this stage found in a document: what the main thread would otherwise compute itself. */
export interface WorkerPart {
  split: PackedSplit;
  mentions: PackedMentions;
  /**
   * The summary's sentences as (start, end) pairs, or why summarizing failed (raised in its turn); null when
   * the task left the summary to the main thread (WorkerTask.summaries).
   */
  summary: number[] | { error: string } | null;
  /** The word counts, when the run asks for them. */
  words: [string, number][];
}

/**
 * What became of a work item in this stage: why its file was skipped; or the document read (undefined when
 * the item was a document: the main thread has it) with its part, or why splitting or extraction failed.
 */
export type Extracted =
  | { read: Extract<ReadResult, { ok: false }> }
  | { read: Diagnostic[] | null; doc?: Document; part: WorkerPart }
  | { read: Diagnostic[] | null; doc?: Document; error: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The summarizer's arrays, reused by this thread's documents (summarize/scratch.ts; summaryOf is synchronous). */
const summaryScratch = new SummaryScratch();

function summaryOf(doc: Document, split: ReturnType<typeof splitDocument>, sentences: number) {
  try {
    return packSpans(summarize(doc, split, { sentences, scratch: summaryScratch }));
  } catch (error) {
    return { error: messageOf(error) };
  }
}

function extracted(
  doc: Document,
  read: Diagnostic[] | null,
  sendDoc: boolean,
  task: Omit<WorkerTask, "items">,
): Extracted {
  try {
    const split = splitDocument(doc);
    const mentions = extractMentions(doc, split);
    const part: WorkerPart = {
      split: packSplit(split),
      mentions: packMentions(doc.text, mentions),
      summary: task.summaries === false ? null : summaryOf(doc, split, task.options.summarySentences),
      words: task.words ? [...wordCounts(split.tokens)] : [],
    };
    return sendDoc ? { read, doc, part } : { read, part };
  } catch (error) {
    return sendDoc ? { read, doc, error: messageOf(error) } : { read, error: messageOf(error) };
  }
}

/** Reads (if it is a file), splits, extracts and summarizes one work item. */
export function extractItem(item: WorkItem, task: Omit<WorkerTask, "items">): Extracted {
  if ("doc" in item) return extracted(item.doc, null, false, task);
  const got = readDocumentSync(item.file, item.format);
  if (!got.ok) return { read: got };
  return extracted(got.doc, got.diagnostics, true, task);
}

/**
 * Loads this stage's models (the tagger's weights and the gazetteer: ~30-40 ms of CPU) now, not at the first
 * document: the bundled worker does it before it tells the pool it is ready (src/cli/bundle-entry.ts), while the
 * main thread still measures the idle cores and evaluates its own modules before it sends the first batch
 * (two-stages.ts starts this worker first).
 */
export function loadModels(): void {
  loadTagger();
}

export default function extractBatch(task: WorkerTask): Extracted[] {
  return task.items.map((item) => extractItem(item, task));
}
