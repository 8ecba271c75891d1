import type { Document, Sentence, Token } from "../types.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

export interface SplitDocument {
  tokens: Token[];
  sentences: Sentence[];
}

/** The split stage: tokens and sentences of a document's body (its header is left out). */
export function splitDocument(doc: Pick<Document, "text" | "bodyStart">): SplitDocument {
  const tokens = tokenize(doc.text, doc.bodyStart);
  return { tokens, sentences: splitSentences(doc.text, tokens) };
}
