/**
 * The first stage of a run split in two threads (stagedAnnotatorOn, staged.ts): this worker reads each file
 * (with --no-cache; a run with a cache reads and hashes it in the main thread, and sends the document), splits
 * the document, extracts its mention spans (the tagger) and its quotes, and summarizes it; the main thread names the
 * mentions, attributes the quotes, and prints. Each thread runs, and V8 compiles, only its own
 * half of the code, where a pool of whole-pipeline workers compiles all of it once per worker.
 *
 * The split and the mentions cross threads as numbers (split-transfer.ts), so that the main thread neither
 * tokenizes the text again nor receives a clone of millions of small objects.
 * Why the summary is made here: per-thread CPU (perf task-clock, full corpus, --jobs 2), the main thread
 * was the bottleneck with 8.5 s against the worker's 6.4 s; summarizing is ~7% of a document's work, reads
 * only the split, and its result is a few offsets.
 * Why the quotes are found here (session 26): they read only the document and its split, not the mentions, and
 * the main thread was still the busier stage. Per-thread CPU (/proc task schedstat), annotate --jsonl --no-cache
 * --jobs 2, the 19,779 Reuters records, main/worker/V8's helpers in seconds, 3 alternated rounds at load 22-33:
 * found in the main thread 13.87/11.22/7.91, 14.75/13.05/8.13, 15.15/12.37/7.86 (main/worker 1.13-1.24x), here
 * 13.76/12.71/8.98, 13.53/12.89/8.37, 13.71/12.14/8.30 (1.05-1.13x); all threads' CPU within noise (user+sys
 * 33.54-36.52 s against 34.65-36.01 s). In-process profile of the first 5,000 records: extractQuotes was 6.3% of
 * the main thread's busy samples. Their result is a few small objects per document (a clone).
 */
import { wordCounts } from "../aggregate/terms.js";
import { type ReadResult, readDocumentSync } from "../corpus/read.js";
import { extractMentions, loadTagger } from "../extract/entities/index.js";
import { extractQuotes } from "../extract/quotes/index.js";
import { SummaryScratch, summarize } from "../summarize/index.js";
import { splitDocument } from "../text/split.js";
import type { Diagnostic, Document } from "../types.js";
import type { FoundQuotes } from "./annotate.js";
import { batchStages } from "./batch-stages.js";
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
  /** The quotes extraction found (extractQuotes: a few small objects), or why it failed (raised in its turn). */
  quotes: FoundQuotes | { error: string };
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

function quotesOf(doc: Document, split: ReturnType<typeof splitDocument>): FoundQuotes | { error: string } {
  try {
    return extractQuotes(doc, split);
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/** A document to extract, with its reading's diagnostics and whether the main thread needs it sent. */
interface ToExtract {
  doc: Document;
  read: Diagnostic[] | null;
  sendDoc: boolean;
}

/**
 * Reads (if files), splits, extracts and summarizes the work items, stage by stage over the batch as
 * annotateDocuments does (pipeline/annotate.ts: the tagger's weights stay in the caches while it runs over the
 * batch); each item's result is the same as alone: a document whose stage throws goes no further.
 */
export function extractItems(items: readonly WorkItem[], task: Omit<WorkerTask, "items">): Extracted[] {
  const out: (Extracted | null)[] = items.map(() => null);
  const todo: (ToExtract | null)[] = items.map((item, i) => {
    if ("doc" in item) return { doc: item.doc, read: null, sendDoc: false };
    const got = readDocumentSync(item.file, item.format);
    if (got.ok) return { doc: got.doc, read: got.diagnostics, sendDoc: true };
    out[i] = { read: got };
    return null;
  });
  const each = batchStages(
    todo.map((t) => t?.doc ?? null),
    (i) => out[i] !== null,
    (i, error) => {
      const { read, doc, sendDoc } = todo[i] as ToExtract;
      out[i] = sendDoc ? { read, doc, error: messageOf(error) } : { read, error: messageOf(error) };
    },
  );
  const splits = each((doc) => splitDocument(doc));
  const split = (i: number) => splits[i] as ReturnType<typeof splitDocument>;
  const mentions = each((doc, i) => extractMentions(doc, split(i)));
  each((doc, i): void => {
    const { read, sendDoc } = todo[i] as ToExtract;
    const part: WorkerPart = {
      split: packSplit(split(i)),
      mentions: packMentions(doc.text, mentions[i] as ReturnType<typeof extractMentions>),
      // Before the summary, as one thread runs them (neither changes the split).
      quotes: quotesOf(doc, split(i)),
      summary: task.summaries === false ? null : summaryOf(doc, split(i), task.options.summarySentences),
      words: task.words ? [...wordCounts(split(i).tokens)] : [],
    };
    out[i] = sendDoc ? { read, doc, part } : { read, part };
  });
  return out as Extracted[];
}

/** Reads (if it is a file), splits, extracts and summarizes one work item. */
export function extractItem(item: WorkItem, task: Omit<WorkerTask, "items">): Extracted {
  return extractItems([item], task)[0] as Extracted;
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
  return extractItems(task.items, task);
}
