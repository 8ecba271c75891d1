/**
 * This thread's half of a run split in two stages (see extract-worker.ts): the rest of the pipeline over the
 * mention spans the worker extracted, with the same result as annotating the document here.
 */
import type { AnnotateOptions } from "./annotate.js";
import type { Finish } from "./annotators.js";
import type { Extracted } from "./extract-worker.js";
import { annotateOutcome, type WorkOutcome } from "./worker.js";

/** A Finish for PoolAnnotator whose worker is extract-worker.js. */
export function finishExtracted(options: AnnotateOptions, words: boolean): Finish {
  return (item, sent): WorkOutcome => {
    const part = sent as Extracted;
    if (!("mentions" in part) && !("error" in part)) return { read: part.read };
    const doc = "doc" in item ? item.doc : part.doc;
    if (doc === undefined)
      return { read: part.read, outcome: { ok: false, error: "no document from the worker" } };
    if ("error" in part) return { read: part.read, outcome: { ok: false, error: part.error } };
    return { read: part.read, outcome: annotateOutcome(doc, options, false, words, part.mentions) };
  };
}
