import type { Document } from "../types.js";
import { type AnnotateOptions, annotateDocument, type DocumentResult } from "./annotate.js";

/** Annotates documents one at a time, in order; memory holds one document at a time. */
export async function* annotateCorpus(
  documents: AsyncIterable<Document>,
  options: AnnotateOptions,
): AsyncGenerator<DocumentResult> {
  for await (const doc of documents) yield annotateDocument(doc, options);
}
