/**
 * A document's split (tokens and sentences), mentions and spans as numbers, to cross from one thread to another: a
 * structured clone rebuilds an object graph node by node (a million tokens over the Reuters corpus), where
 * one typed array is copied whole. Every token's and span's text is the document's text between its offsets
 * (types.ts), so the receiving thread slices it back from the text it has.
 */

import { mentionAt } from "../extract/mention.js";
import type { InterviewTurn } from "../text/interview-turns.js";
import type { SplitDocument } from "../text/split.js";
import { tokenOf } from "../text/tokenize.js";
import type { Mention, MentionType, Sentence, TextSpan, Token, TokenKind } from "../types.js";

/**
 * Measured (session 18) and not kept: one Int32Array per batch holding every document's split and mention numbers
 * (each part a view into it), to clone one buffer per message instead of two per document. 620 batches of 32 parts
 * of Reuters-like sizes through a MessageChannel, send and receive: 200-335 ms per run either way (noise).
 */
/**
 * [token count, turn count, then (start, end, kind) per token, then (label start, label end, content, end, asker,
 * intro end) per interview turn, then (start, end, firstToken, endToken) per sentence].
 */
export type PackedSplit = Int32Array;

const KINDS: readonly TokenKind[] = ["word", "number", "punct"];
const kindCode = (kind: TokenKind): number => (kind === "word" ? 0 : kind === "number" ? 1 : 2);
/** Numbers per token, per interview turn, per sentence. */
const TOKEN_INTS = 3;
const TURN_INTS = 6;
const SENTENCE_INTS = 4;

export function packSplit({ tokens, sentences, turns }: SplitDocument): PackedSplit {
  const packed = new Int32Array(
    2 + tokens.length * TOKEN_INTS + turns.length * TURN_INTS + sentences.length * SENTENCE_INTS,
  );
  packed[0] = tokens.length;
  packed[1] = turns.length;
  let at = 2;
  for (const token of tokens) {
    packed[at++] = token.start;
    packed[at++] = token.end;
    packed[at++] = kindCode(token.kind);
  }
  for (const turn of turns) {
    packed[at++] = turn.label.start;
    packed[at++] = turn.label.end;
    packed[at++] = turn.content;
    packed[at++] = turn.end;
    packed[at++] = turn.asker ? 1 : 0;
    packed[at++] = turn.introEnd;
  }
  for (const sentence of sentences) {
    packed[at++] = sentence.start;
    packed[at++] = sentence.end;
    packed[at++] = sentence.firstToken;
    packed[at++] = sentence.endToken;
  }
  return packed;
}

/** The split of `text` that packSplit packed: the same tokens, turns and sentences, property order included. */
export function unpackSplit(text: string, packed: PackedSplit): SplitDocument {
  const tokenCount = packed[0] ?? 0;
  const turnCount = packed[1] ?? 0;
  // Pushed, as the tokenizer does, not written into new Array(n): a holey array deoptimizes its readers.
  const tokens: Token[] = [];
  let at = 2;
  for (let i = 0; i < tokenCount; i++, at += TOKEN_INTS) {
    const start = packed[at] as number;
    const end = packed[at + 1] as number;
    tokens.push(tokenOf(start, end, text.slice(start, end), KINDS[packed[at + 2] as number] as TokenKind));
  }
  const turns: InterviewTurn[] = [];
  for (let i = 0; i < turnCount; i++, at += TURN_INTS) {
    const start = packed[at] as number;
    const end = packed[at + 1] as number;
    turns.push({
      label: { start, end, text: text.slice(start, end) },
      content: packed[at + 2] as number,
      end: packed[at + 3] as number,
      asker: packed[at + 4] === 1,
      introEnd: packed[at + 5] as number,
    });
  }
  const sentences: Sentence[] = [];
  for (; at < packed.length; at += SENTENCE_INTS) {
    sentences.push({
      start: packed[at] as number,
      end: packed[at + 1] as number,
      firstToken: packed[at + 2] as number,
      endToken: packed[at + 3] as number,
    });
  }
  return { tokens, sentences, turns };
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

/** Mentions as numbers and the few strings that are not the document's text at their offsets. */
export interface PackedMentions {
  /** (start, end, code) per mention: code is the type's index plus the flags below. */
  numbers: Int32Array;
  /** In order, for each mention: its text if not the document's, its entity if not its text, its title. */
  strings: string[];
}

const MENTION_TYPES: readonly MentionType[] = ["person", "country", "place", "organization", "demonym"];
const OWN_TEXT = 8;
const OWN_ENTITY = 16;
const HAS_TITLE = 32;
/** A line-up's player (Mention.role): the mark extraction leaves for resolve/names. */
const PLAYER = 64;

/**
 * Packed mentions of `text`. (A structured clone of the mention objects took ~4x the time of the rest of a
 * batch's message, split and document included: 79 of 112 ms over 2,000 Reuters documents, 18,210 mentions.)
 */
export function packMentions(text: string, mentions: readonly Mention[]): PackedMentions {
  const numbers = new Int32Array(mentions.length * 3);
  const strings: string[] = [];
  mentions.forEach((m, i) => {
    let code = MENTION_TYPES.indexOf(m.type);
    if (m.text !== text.slice(m.start, m.end)) {
      code |= OWN_TEXT;
      strings.push(m.text);
    }
    if (m.entity !== m.text) {
      code |= OWN_ENTITY;
      strings.push(m.entity);
    }
    if (m.title !== undefined) {
      code |= HAS_TITLE;
      strings.push(m.title);
    }
    if (m.role === "player") code |= PLAYER;
    numbers[i * 3] = m.start;
    numbers[i * 3 + 1] = m.end;
    numbers[i * 3 + 2] = code;
  });
  return { numbers, strings };
}

/** The mentions of `text` that packMentions packed, built as extraction builds them (mentionAt). */
export function unpackMentions(text: string, { numbers, strings }: PackedMentions): Mention[] {
  const mentions: Mention[] = [];
  let next = 0;
  for (let at = 0; at < numbers.length; at += 3) {
    const start = numbers[at] as number;
    const end = numbers[at + 1] as number;
    const code = numbers[at + 2] as number;
    const own = code & OWN_TEXT ? (strings[next++] as string) : text.slice(start, end);
    const entity = code & OWN_ENTITY ? (strings[next++] as string) : own;
    const title = code & HAS_TITLE ? strings[next++] : undefined;
    const role = code & PLAYER ? "player" : undefined;
    mentions.push(mentionAt(start, end, own, MENTION_TYPES[code & 7] as MentionType, entity, title, role));
  }
  return mentions;
}
