/**
 * A document's split (tokens and sentences) and spans as numbers, to cross from one thread to another: a
 * structured clone rebuilds an object graph node by node (a million tokens over the Reuters corpus), where
 * one typed array is copied whole. Every token's and span's text is the document's text between its offsets
 * (types.ts), so the receiving thread slices it back from the text it has.
 */
import type { SplitDocument } from "../text/split.js";
import type { Sentence, TextSpan, Token, TokenKind } from "../types.js";

/** [token count, then (start, end, kind) per token, then (start, end, firstToken, endToken) per sentence]. */
export type PackedSplit = Int32Array;

const KINDS: readonly TokenKind[] = ["word", "number", "punct"];
const kindCode = (kind: TokenKind): number => (kind === "word" ? 0 : kind === "number" ? 1 : 2);

export function packSplit({ tokens, sentences }: SplitDocument): PackedSplit {
  const packed = new Int32Array(1 + tokens.length * 3 + sentences.length * 4);
  packed[0] = tokens.length;
  let at = 1;
  for (const token of tokens) {
    packed[at++] = token.start;
    packed[at++] = token.end;
    packed[at++] = kindCode(token.kind);
  }
  for (const sentence of sentences) {
    packed[at++] = sentence.start;
    packed[at++] = sentence.end;
    packed[at++] = sentence.firstToken;
    packed[at++] = sentence.endToken;
  }
  return packed;
}

/** The split of `text` that packSplit packed: the same tokens and sentences, property order included. */
export function unpackSplit(text: string, packed: PackedSplit): SplitDocument {
  const tokenCount = packed[0] ?? 0;
  // Pushed, as the tokenizer does, not written into new Array(n): a holey array deoptimizes its readers.
  const tokens: Token[] = [];
  let at = 1;
  for (let i = 0; i < tokenCount; i++, at += 3) {
    const start = packed[at] as number;
    const end = packed[at + 1] as number;
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      kind: KINDS[packed[at + 2] as number] as TokenKind,
    });
  }
  const sentences: Sentence[] = [];
  for (; at < packed.length; at += 4) {
    sentences.push({
      start: packed[at] as number,
      end: packed[at + 1] as number,
      firstToken: packed[at + 2] as number,
      endToken: packed[at + 3] as number,
    });
  }
  return { tokens, sentences };
}

/** Spans as (start, end) pairs. */
export const packSpans = (spans: readonly TextSpan[]): number[] => spans.flatMap((s) => [s.start, s.end]);

/** The spans of `text` that packSpans packed. */
export function unpackSpans(text: string, packed: readonly number[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (let at = 0; at + 1 < packed.length; at += 2) {
    const start = packed[at] as number;
    const end = packed[at + 1] as number;
    spans.push({ start, end, text: text.slice(start, end) });
  }
  return spans;
}
