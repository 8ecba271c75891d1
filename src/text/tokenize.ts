import { isAbbreviation } from "../lexicon/abbreviations.js";
import type { Token, TokenKind } from "../types.js";
import { MAX_TOKEN_CHARS } from "./limits.js";

/*
 * One pass of one regular expression over the text. Every alternative is a run of one character class
 * separated by single joiners, so the engine never backtracks more than one character: linear time on any
 * input (a 3 MB word or 20,000 quote marks included). Tokens follow the Penn Treebank conventions that
 * news NER data uses: "Iran’s" → "Iran" "’s", "don't" → "do" "n't", "U.S." and "Mr." keep their period.
 */
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`\p{N}+(?:[.,:/\-]\p{N}+)*(?![\p{L}\p{M}\p{N}])`, // numbers: 1,000.5  10:30  1996-08-30
    String.raw`(?:\p{Lu}\.){2,}|(?:\p{L}\.){2,}(?![\p{L}])`, // initialisms: U.S.  e.g.
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-&][\p{L}\p{M}\p{N}]+)*`, // words, hyphenated and with apostrophes
    String.raw`\.{2,}|-{2,}`, // ellipsis and double dash
    String.raw`\S`, // anything else, one code point at a time
  ].join("|"),
  "gu",
);

const POSSESSIVE = /['’][sS]$/;
const NEGATION = /[nN]['’][tT]$/;
const LETTER = /\p{L}/u;
const UPPER_INITIAL = /^\p{Lu}$/u;

function kindOf(text: string): TokenKind {
  const first = text.codePointAt(0) ?? 0;
  if (first >= 48 && first <= 57) return /^[\d.,:/-]+$/.test(text) ? "number" : "word";
  return LETTER.test(text) || /\p{N}/u.test(text) ? "word" : "punct";
}

function push(tokens: Token[], text: string, start: number, end: number): void {
  if (end - start <= MAX_TOKEN_CHARS) {
    tokens.push({ start, end, text: text.slice(start, end), kind: kindOf(text.slice(start, end)) });
    return;
  }
  // A token longer than any word: cut into pieces (never between the halves of a surrogate pair).
  let at = start;
  while (at < end) {
    let stop = Math.min(at + MAX_TOKEN_CHARS, end);
    const code = text.charCodeAt(stop - 1);
    if (stop < end && code >= 0xd800 && code <= 0xdbff) stop -= 1;
    const piece = text.slice(at, stop);
    tokens.push({ start: at, end: stop, text: piece, kind: kindOf(piece) });
    at = stop;
  }
}

/** Tokens of `text` between `from` and `to`, with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const source = from === 0 && to === text.length ? text : text.slice(0, to);
  TOKEN_PATTERN.lastIndex = from;
  for (let match = TOKEN_PATTERN.exec(source); match !== null; match = TOKEN_PATTERN.exec(source)) {
    const start = match.index;
    let end = start + match[0].length;
    const word = match[0];
    if (/^\p{L}/u.test(word) && end - start <= MAX_TOKEN_CHARS) {
      // "Mr." "Gen." "J." keep the period that follows them.
      if (source.charCodeAt(end) === 46 && (isAbbreviation(word) || UPPER_INITIAL.test(word))) {
        end += 1;
        TOKEN_PATTERN.lastIndex = end;
        push(tokens, text, start, end);
        continue;
      }
      if (word.length > 2 && POSSESSIVE.test(word)) {
        push(tokens, text, start, end - 2);
        push(tokens, text, end - 2, end);
        continue;
      }
      if (word.length > 3 && NEGATION.test(word)) {
        push(tokens, text, start, end - 3);
        push(tokens, text, end - 3, end);
        continue;
      }
    }
    push(tokens, text, start, end);
  }
  return tokens;
}
