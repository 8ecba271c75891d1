import type { Document, Sentence, Token } from "../types.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

export interface SplitDocument {
  tokens: Token[];
  sentences: Sentence[];
  /**
   * Each token's word id, or null until entity extraction (extract/entities) fills it, in the thread that ran it: the
   * tagger looks every token up in its table of words once, and this keeps that answer for the later passes. Ids are
   * numbered per document from 0 in order of first appearance; two tokens of one id have the same text (one text may
   * hold two ids, rarely: the table started again within the document). Always present (null), so that the record
   * keeps one shape whether or not it was filled.
   */
  wordIds: Int32Array | null;
}

/** The split stage: tokens and sentences of a document's body (its header is left out). */
export function splitDocument(doc: Pick<Document, "text" | "bodyStart">): SplitDocument {
  const tokens = tokenize(doc.text, doc.bodyStart);
  return { tokens, sentences: splitSentences(doc.text, tokens), wordIds: null };
}
