/**
 * This thread's half of a run split in two stages (see extract-worker.ts): the rest of the pipeline over the
 * split, mention spans and summary the worker sent, with the same result as annotating the document here.
 *
 * Where the two threads wait (session 27; annotate --jsonl --no-cache --jobs 2, the 19,779 Reuters records, load
 * 18-25, so the waits are inflated by the host): at the start the worker slept 1.09-1.56 s before its first 0.5 s
 * of CPU (its thread, the bundle, the models) and this thread 0.47-2.97 s (for the worker's first batches); at the
 * end this thread alone runs the corpus vote (cli/voted-records.ts), 0.79-0.96 s of its CPU after the worker ended.
 * The vote's share, by --cpu-prof of this thread: 3.5 s of samples, of which `retypings` 2.0 s and the second pass
 * over the records 1.6 s (`voted` 1.0 s, reading the spill back 0.3 s). The tail is serial by its nature (every record waits for the vote over all of them); only
 * a cheaper vote or pass 2 shortens it.
 */

import { performance } from "node:perf_hooks";
import { gazetteer } from "../extract/entities/gazetteer.js";
import type { Diagnostic, Document } from "../types.js";
import { type AnnotateOptions, annotateDocuments, type PreparedParts } from "./annotate.js";
import {
  type Annotator,
  type BatchPlan,
  type Finish,
  NO_RESULT,
  PoolAnnotator,
  type TaskRunner,
} from "./annotators.js";
import type { Extracted, WorkerPart } from "./extract-worker.js";
import { unpackMentions, unpackSpans, unpackSplit } from "./split-transfer.js";
import { outcomeOf, type WorkerTask, type WorkOutcome } from "./worker.js";

/**
 * The worker's part as the pipeline's values: tokens and spans sliced back from the document's text; no summary
 * when the worker left it to this thread (SummaryPlacement), which annotateDocument then makes here.
 */
const prepared = (doc: Document, part: WorkerPart) => (): PreparedParts => {
  const { summary, quotes } = part;
  return {
    split: unpackSplit(doc.text, part.split),
    mentions: unpackMentions(doc.text, part.mentions),
    summary:
      summary === null
        ? null
        : () => {
            if ("error" in summary) throw new Error(summary.error);
            return unpackSpans(doc.text, summary);
          },
    quotes: () => {
      if ("error" in quotes) throw new Error(quotes.error);
      return quotes;
    },
    words: part.words,
  };
};

/**
 * A Finish for PoolAnnotator whose worker is extract-worker.js: the rest of the pipeline over the batch's
 * documents, stage by stage (annotateDocuments), each outcome what annotateOutcome gives for it alone.
 */
export function finishExtracted(options: AnnotateOptions, words: boolean): Finish {
  return (items, sent): WorkOutcome[] => {
    const outcomes: (WorkOutcome | null)[] = items.map(() => null);
    const docs: Document[] = [];
    const parts: (() => PreparedParts)[] = [];
    const at: number[] = [];
    const reads: (Diagnostic[] | null)[] = [];
    items.forEach((item, i) => {
      const part = sent[i] as Extracted | undefined;
      if (part === undefined) outcomes[i] = NO_RESULT;
      else if (!("part" in part) && !("error" in part)) outcomes[i] = { read: part.read };
      else {
        const doc = "doc" in item ? item.doc : part.doc;
        if (doc === undefined)
          outcomes[i] = { read: part.read, outcome: { ok: false, error: "no document from the worker" } };
        else if ("error" in part)
          outcomes[i] = { read: part.read, outcome: { ok: false, error: part.error } };
        else {
          docs.push(doc);
          parts.push(prepared(doc, part.part));
          at.push(i);
          reads.push(part.read);
        }
      }
    });
    annotateDocuments(docs, options, words, parts).forEach((done, k) => {
      outcomes[at[k] as number] = {
        read: reads[k] ?? null,
        outcome: outcomeOf(done, docs[k] as Document, false),
      };
    });
    return outcomes as WorkOutcome[];
  };
}

/**
 * This thread waited for a batch when its event loop was idle this long since the one before (ms): busy,
 * it finds the next batch's message already there (idle a few microseconds).
 */
const WAITED_MS = 0.5;

/**
 * Which thread summarizes a batch (about 7% of a document's work; the same function over the same split, so
 * either gives the same bytes): the worker, unless this thread waited for the last batch to arrive, that is
 * unless the worker is the slower stage; then this thread makes the summaries of the batches leaving until
 * it no longer waits. The stages' balance moves with the documents, the host's load and the two halves' code:
 * session 10 measured main/worker CPU 0.94-1.00, this session 0.93-0.96 (the worker the busier one).
 */
export class SummaryPlacement implements BatchPlan {
  private waited = false;
  private idleBefore: number;

  /** `idleMs`: this thread's event loop's idle time so far, in ms. */
  constructor(private readonly idleMs: () => number = () => performance.eventLoopUtilization().idle) {
    this.idleBefore = idleMs();
  }

  arrived(): void {
    const idle = this.idleMs();
    this.waited = idle - this.idleBefore >= WAITED_MS;
    this.idleBefore = idle;
  }

  leaving(task: WorkerTask): WorkerTask {
    return this.waited ? { ...task, summaries: false } : task;
  }
}

/**
 * The most documents in one batch of the two stages: twice a pool's (MAX_BATCH_DOCUMENTS), since each stage runs
 * over its batch stage by stage (extractItems, annotateDocuments) and keeps a stage's tables in the CPU's caches
 * the longer the batch (one thread, in process, session 23: 0.863x the unbatched CPU with 32, 0.836x with 64).
 * The run's window (run.ts, 288 documents for --jobs 2) still holds the two batches in flight and one gathering.
 * annotate --jsonl --no-cache --jobs 2, the 19,779 Reuters files, per-thread CPU (/proc schedstat), alternated
 * pairs at load 16-19, 32 against 64 (session 24): all threads 24.49 23.80 24.26 s against 22.84 22.49 23.44 s
 * (lower in 3 of 3 pairs, -3% to -7%), main 10.10 9.67 9.94 against 9.24 9.06 9.40, the worker 9.49 8.99 9.45
 * against 8.48 8.26 9.07, V8's helpers the same (4.87-5.15 against 4.96-5.17); peak RSS 302-373 MB against
 * 301-362 MB. A first sweep with the window widened to 576 as well: 4 of 4 pairs lower, median -2%.
 */
export const STAGED_BATCH_DOCUMENTS = 64;

/**
 * The two stages over `workers` (one thread running extract-worker.js: task-thread.ts). A file is read in the worker, which sends
 * the document back with its part: session 9's naming, quote and speaker rules made this thread's stage the
 * busier one. Per-thread CPU (/proc task stat, annotate --jsonl --no-cache --jobs 2, the 19,779 Reuters
 * files, load 10-18), main/worker in seconds: reading here 9.20/7.73, 8.23/7.34, 9.54/8.25, 9.04/7.58;
 * reading in the worker 7.55/7.77, 8.23/8.24, 8.72/9.03, 7.49/7.44, 7.25/7.41 (all threads within noise).
 * This thread then also sends only the files' names, not their text.
 */
export function stagedAnnotatorOn(workers: TaskRunner, options: AnnotateOptions, words: boolean): Annotator {
  // This thread's one model (the gazetteer, which naming reads: 15-30 ms of CPU) is decoded while it waits for the
  // worker's first results (it waits 0.1-0.3 s while the worker starts), not when they arrive; after the first
  // batches have left (setImmediate runs once the documents' first steps have sent them).
  setImmediate(gazetteer);
  return new PoolAnnotator(
    workers,
    1,
    options,
    words,
    finishExtracted(options, words),
    new SummaryPlacement(),
    STAGED_BATCH_DOCUMENTS,
  );
}
