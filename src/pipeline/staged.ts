/**
 * This thread's half of a run split in two stages (see extract-worker.ts): the rest of the pipeline over the
 * split, mention spans and summary the worker sent, with the same result as annotating the document here.
 */

import type { Piscina } from "piscina";
import type { Document } from "../types.js";
import type { AnnotateOptions, PreparedParts } from "./annotate.js";
import { type Annotator, type Finish, PoolAnnotator } from "./annotators.js";
import type { Extracted, WorkerPart } from "./extract-worker.js";
import { unpackMentions, unpackSpans, unpackSplit } from "./split-transfer.js";
import { annotateOutcome, type WorkOutcome } from "./worker.js";

/** The worker's part as the pipeline's values: tokens and spans sliced back from the document's text. */
const prepared = (doc: Document, part: WorkerPart) => (): PreparedParts => {
  const { summary } = part;
  return {
    split: unpackSplit(doc.text, part.split),
    mentions: unpackMentions(doc.text, part.mentions),
    summary: () => {
      if ("error" in summary) throw new Error(summary.error);
      return unpackSpans(doc.text, summary);
    },
    words: part.words,
  };
};

/** A Finish for PoolAnnotator whose worker is extract-worker.js. */
export function finishExtracted(options: AnnotateOptions, words: boolean): Finish {
  return (item, sent): WorkOutcome => {
    const part = sent as Extracted;
    if (!("part" in part) && !("error" in part)) return { read: part.read };
    const doc = "doc" in item ? item.doc : part.doc;
    if (doc === undefined)
      return { read: part.read, outcome: { ok: false, error: "no document from the worker" } };
    if ("error" in part) return { read: part.read, outcome: { ok: false, error: part.error } };
    return {
      read: part.read,
      outcome: annotateOutcome(doc, options, false, words, prepared(doc, part.part)),
    };
  };
}

/**
 * The two stages over `workers` (a pool of one extract-worker.js). A file is read in the worker, which sends
 * the document back with its part: session 9's naming, quote and speaker rules made this thread's stage the
 * busier one. Per-thread CPU (/proc task stat, annotate --jsonl --no-cache --jobs 2, the 19,779 Reuters
 * files, load 10-18), main/worker in seconds: reading here 9.20/7.73, 8.23/7.34, 9.54/8.25, 9.04/7.58;
 * reading in the worker 7.55/7.77, 8.23/8.24, 8.72/9.03, 7.49/7.44, 7.25/7.41 (all threads within noise).
 * This thread then also sends only the files' names, not their text.
 */
export function stagedAnnotatorOn(workers: Piscina, options: AnnotateOptions, words: boolean): Annotator {
  return new PoolAnnotator(workers, 1, options, words, finishExtracted(options, words));
}
