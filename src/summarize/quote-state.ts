import { QUOTE_MARKS, quoteMarksBySide } from "../lexicon/quote-marks.js";
import type { Sentence, Token } from "../types.js";

/*
 * Which sentences are a piece of a quotation that runs over several sentences. A sentence that starts
 * inside an open quotation, or opens one that it does not close, read alone, is a dangling fragment:
 * ‘But I’ve said all along, it’s not about me.   /   It’s about players.
 * Quote marks are tracked left to right over the tokens; a paragraph break closes any open quotation
 * (news style re-opens a quote in each paragraph without closing the last), and so does the end of the
 * document, so unbalanced marks cannot spread far.
 */

const OPENING = quoteMarksBySide("open");
const CLOSING = quoteMarksBySide("close");
const STRAIGHT = quoteMarksBySide("either");
const isSingle = (mark: string): boolean => QUOTE_MARKS.get(mark)?.family === "single";
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A straight quote opens when no word character touches it on the left and one follows on the right. */
function straightOpens(text: string, token: Token): boolean {
  // Bound-checked: a mark at the text's end read past it ("out of bounds" deopt of quoteFlags, --trace-deopt).
  const before = token.start > 0 ? (text[token.start - 1] as string) : " ";
  const after = token.end < text.length ? (text[token.end] as string) : " ";
  return !LETTER_OR_DIGIT.test(before) && !/\s/.test(after);
}

export interface QuoteFlags {
  /** The sentence starts inside a quotation opened by an earlier sentence. */
  startsInside: boolean;
  /** The sentence leaves a quotation open at its end. */
  endsInside: boolean;
  /** Tokens inside quotation marks (marks included) in this sentence. */
  quotedTokens: number;
}

export function quoteFlags(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): QuoteFlags[] {
  let open: string | null = null;
  const flags: QuoteFlags[] = [];
  let previousEnd = -1;
  for (const sentence of sentences) {
    if (open !== null && previousEnd >= 0 && text.slice(previousEnd, sentence.start).includes("\n"))
      open = null;
    const startsInside = open !== null;
    let quotedTokens = 0;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = tokens[i] as Token;
      // A quote mark is punctuation: a word or a number is never looked up in the mark sets (each look-up of a
      // token's new string hashes it first).
      if (token.kind !== "punct") {
        if (open !== null) quotedTokens += 1;
        continue;
      }
      const mark = token.text;
      if (open === null) {
        if (OPENING.has(mark) || (STRAIGHT.has(mark) && straightOpens(text, token))) open = mark;
      } else if (CLOSING.has(mark) || STRAIGHT.has(mark)) {
        // A closing mark of either kind ends the quotation; a nested ‘…’ inside “…” is rare enough in news
        // to be treated the same, and an apostrophe-like ’ after a word (“players’ union”) only closes
        // a quotation that was opened with a single mark.
        const single = isSingle(mark) && !OPENING.has(mark);
        const openedSingle = isSingle(open);
        if (!single || openedSingle) {
          quotedTokens += 1;
          open = null;
          continue;
        }
      }
      if (open !== null) quotedTokens += 1;
    }
    flags.push({ startsInside, endsInside: open !== null, quotedTokens });
    previousEnd = sentence.end;
  }
  return flags;
}
