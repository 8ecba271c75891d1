/**
 * This thread's half of a run split in two stages (see extract-worker.ts): the rest of the pipeline over the
 * split, mention spans and summary the worker sent, with the same result as annotating the document here.
 */

import type { Piscina } from "piscina";
import { readDocumentSync } from "../corpus/read.js";
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
 * The two stages over `workers` (a pool of one extract-worker.js). A file is read here, in this thread, and
 * the worker is sent the document: the worker's stage (split, tagger, summary) costs more CPU than this
 * thread's (naming, quotes, printing), and reading is what moves over without adding a stage's code to
 * both threads.
 */
export function stagedAnnotatorOn(workers: Piscina, options: AnnotateOptions, words: boolean): Annotator {
  const stages = new PoolAnnotator(workers, 1, options, words, finishExtracted(options, words));
  return {
    async annotate(item) {
      if ("doc" in item) return stages.annotate(item);
      const got = readDocumentSync(item.file, item.format);
      if (!got.ok) return { read: got };
      const done = await stages.annotate({ doc: got.doc });
      return "outcome" in done ? { read: got.diagnostics, outcome: done.outcome } : done;
    },
    close: () => stages.close(),
  };
}
