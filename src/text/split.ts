import type { Document, Sentence, Token } from "../types.js";
import { type InterviewTurn, interviewTurns } from "./interview-turns.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

export interface SplitDocument {
  tokens: Token[];
  sentences: Sentence[];
  /**
   * The turns of a printed interview (interview-turns.ts), most often none: read once here for both extractors
   * (entities start sentences at answers and drop the labels; quotes make the answers quotes), which each read the
   * whole text's line starts for them before session 30.
   */
  turns: InterviewTurn[];
}

/** The split stage: tokens, sentences and interview turns of a document's body (its header is left out). */
export function splitDocument(doc: Pick<Document, "text" | "bodyStart">): SplitDocument {
  const tokens = tokenize(doc.text, doc.bodyStart);
  return { tokens, sentences: splitSentences(doc.text, tokens), turns: interviewTurns(doc.text) };
}
