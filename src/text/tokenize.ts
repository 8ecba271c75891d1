import { isAbbreviation } from "../lexicon/abbreviations.js";
import type { Token, TokenKind } from "../types.js";
import { MAX_TOKEN_CHARS } from "./limits.js";

/*
 * One pass of one regular expression over the text. Every alternative is a run of one character class
 * separated by single joiners, so the engine never backtracks more than one character: linear time on any
 * input (a 3 MB word or 20,000 quote marks included). Tokens follow the Penn Treebank conventions that
 * news NER data uses: "Chile’s" → "Chile" "’s", "don't" → "do" "n't", "U.S." and "Mr." keep their period.
 */
/*
 * A terminal escape sequence (colour codes and the like, in text scraped from logs or consoles) is one
 * punctuation token, so that "\x1b[31mBerg" gives "Berg", not a word "31mBerg". Bounded: a stray ESC
 * cannot swallow the text after it. An OSC sequence's payload (a window title, a link) stays text.
 */
const ESCAPE_SEQUENCE = String.raw`\u001b(?:\[[0-?]{0,16}[ -/]{0,4}[@-~]|\][0-9]{0,4};?)?`;
const NUMBER = String.raw`\p{N}+(?:[.,:/\-]\p{N}+)*(?![\p{L}\p{M}\p{N}])`; // 1,000.5  10:30  1996-08-30
const CAPITAL_INITIALISM = String.raw`(?:\p{Lu}\.){2,}`; // U.S.
/*
 * e.g.  a.m.  A run of letter-period pairs is an initialism only when no letter follows it. Written as
 * "(?:\p{L}\.){2,}(?!\p{L})" it would fail after scanning the whole run and be retried from every letter
 * in it: quadratic on "a.a.a. … a.ab". So the run also takes the letter after it, and tokenize() splits
 * such a match with SCAN_WITHOUT_INITIALISMS, then goes on from that letter: each character is scanned
 * a bounded number of times.
 */
const INITIALISM_OR_RUN = String.raw`(?:\p{L}\.){2,}\p{L}?`;
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-&][\p{L}\p{M}\p{N}]+)*`; // hyphenated, with apostrophes
const DOTS_OR_DASHES = String.raw`\.{2,}|-{2,}`; // ellipsis and double dash
const ANY = String.raw`\S`; // anything else, one code point at a time

const TOKEN_PATTERN = new RegExp(
  [ESCAPE_SEQUENCE, NUMBER, CAPITAL_INITIALISM, INITIALISM_OR_RUN, WORD, DOTS_OR_DASHES, ANY].join("|"),
  "gu",
);
/** The same tokens inside a letter-period run that a letter follows: no lower-case initialisms there. */
const SCAN_WITHOUT_INITIALISMS = new RegExp(
  [NUMBER, CAPITAL_INITIALISM, WORD, DOTS_OR_DASHES, ANY].join("|"),
  "gu",
);

/** /['’][sS]$/.test(word), by its last two code units (a regular expression's call per token: 0.2% of a run). */
function endsPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return (last === 115 || last === 83) && isApostrophe(word.charCodeAt(word.length - 2));
}

/** /[nN]['’][tT]$/.test(word), by its last three code units. */
function endsNegation(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  const n = word.charCodeAt(word.length - 3);
  return (
    (last === 116 || last === 84) && isApostrophe(word.charCodeAt(word.length - 2)) && (n === 110 || n === 78)
  );
}

/** ' or ’. */
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}
const LETTER = /\p{L}/u;
const UPPER_INITIAL = /^\p{Lu}$/u;

function kindOf(text: string): TokenKind {
  const first = text.codePointAt(0) ?? 0;
  if (first >= 48 && first <= 57) return NUMBER_TOKEN.test(text) ? "number" : "word";
  // ASCII fast paths (most tokens): a letter first makes a word; one ASCII character that is neither is punctuation.
  if (isAsciiLetter(first)) return "word";
  if (first < 128 && text.length === 1) return "punct";
  return LETTER.test(text) || DIGIT.test(text) ? "word" : "punct";
}

const NUMBER_TOKEN = /^[\d.,:/-]+$/;
const DIGIT = /\p{N}/u;
const LETTER_START = /^\p{L}/u;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** /^\p{L}/u.test(word), without the regular expression for ASCII. */
function startsWithLetter(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? isAsciiLetter(code) : LETTER_START.test(word);
}

/**
 * A token record, every one made here in one key order (one hidden class for all its readers). Its lower-cased text
 * is made once, here: the passes after the splitter read `lower` instead of lower-casing the text again.
 */
export function tokenOf(start: number, end: number, text: string, kind: TokenKind): Token {
  return { start, end, text, kind, lower: text.toLowerCase() };
}

function push(tokens: Token[], text: string, start: number, end: number): void {
  if (end - start <= MAX_TOKEN_CHARS) {
    const token = text.slice(start, end);
    tokens.push(tokenOf(start, end, token, kindOf(token)));
    return;
  }
  // A token longer than any word: cut into pieces (never between the halves of a surrogate pair).
  let at = start;
  while (at < end) {
    let stop = Math.min(at + MAX_TOKEN_CHARS, end);
    const code = text.charCodeAt(stop - 1);
    if (stop < end && code >= 0xd800 && code <= 0xdbff) stop -= 1;
    const piece = text.slice(at, stop);
    tokens.push(tokenOf(at, stop, piece, kindOf(piece)));
    at = stop;
  }
}

/**
 * Each pattern as a sticky one: matched with `test` at a known position, its end read from lastIndex, it
 * builds no match array (an exec made one per token: 2.9 M for the Reuters corpus, for the collector to sweep).
 */
const STICKY = new Map<RegExp, RegExp>();
const SPACE_AT = /\s/uy;

/** The first position from `at` that is not white space as `\s` reads it (where a global exec's match starts). */
function skipSpace(source: string, at: number): number {
  while (at < source.length) {
    const code = source.charCodeAt(at);
    if (code < 128) {
      if (code !== 32 && (code < 9 || code > 13)) return at;
      at++;
      continue;
    }
    SPACE_AT.lastIndex = at;
    if (!SPACE_AT.test(source)) return at;
    at = SPACE_AT.lastIndex;
  }
  return at;
}

/** Inside a surrogate pair, where a global exec steps back to the pair's start and a sticky test does not. */
function insidePair(source: string, at: number): boolean {
  const code = source.charCodeAt(at);
  if (at === 0 || code < 0xdc00 || code > 0xdfff) return false;
  const before = source.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff;
}

/**
 * Pushes the tokens that `pattern` finds in `source` from `from` on; `shift` is the offset of `source`
 * in `text`, so token offsets index `text`. The tokens are those of `pattern.exec` in a loop: `\S`, the last
 * alternative, matches wherever white space does not, so a match starts at the first position skipSpace gives.
 */
function scan(
  pattern: RegExp,
  source: string,
  from: number,
  text: string,
  shift: number,
  tokens: Token[],
): void {
  let sticky = STICKY.get(pattern);
  if (sticky === undefined) {
    sticky = new RegExp(pattern.source, "uy");
    STICKY.set(pattern, sticky);
  }
  for (let at = skipSpace(source, from); at < source.length; at = skipSpace(source, at)) {
    let start = at;
    let end: number;
    let word: string;
    sticky.lastIndex = at;
    if (!insidePair(source, at) && sticky.test(source)) {
      end = sticky.lastIndex;
      word = source.slice(start, end);
    } else {
      pattern.lastIndex = at;
      const match = pattern.exec(source);
      if (match === null) break;
      word = match[0];
      start = match.index;
      end = start + word.length;
    }
    at = end;
    if (word.charCodeAt(0) === 27) {
      tokens.push(tokenOf(shift + start, shift + end, word, "punct"));
      continue;
    }
    const letterFirst = startsWithLetter(word);
    if (letterFirst && end - start <= MAX_TOKEN_CHARS) {
      // "Mr." "Gen." "J." keep the period that follows them.
      // (Bounded: reading past the text's end deoptimized the scan, --trace-deopt.)
      if (
        end < source.length &&
        source.charCodeAt(end) === 46 &&
        (isAbbreviation(word) || UPPER_INITIAL.test(word))
      ) {
        end += 1;
        at = end;
        push(tokens, text, shift + start, shift + end);
        continue;
      }
      if (word.length > 2 && endsPossessive(word)) {
        push(tokens, text, shift + start, shift + end - 2);
        push(tokens, text, shift + end - 2, shift + end);
        continue;
      }
      if (word.length > 3 && endsNegation(word)) {
        push(tokens, text, shift + start, shift + end - 3);
        push(tokens, text, shift + end - 3, shift + end);
        continue;
      }
    }
    if (pattern === TOKEN_PATTERN && letterFirst && word.includes(".") && !word.endsWith(".")) {
      // A letter-period run with a letter after it: not an initialism. Its pairs are tokenized without
      // the initialism alternative, and the scan resumes at the letter.
      const runEnd = start + word.lastIndexOf(".") + 1;
      scan(SCAN_WITHOUT_INITIALISMS, source.slice(start, runEnd), 0, text, shift + start, tokens);
      at = runEnd;
      continue;
    }
    // The match is the token's text already: no second slice of the document (one per token).
    if (word.length <= MAX_TOKEN_CHARS) tokens.push(tokenOf(shift + start, shift + end, word, kindOf(word)));
    else push(tokens, text, shift + start, shift + end);
  }
}

/** Tokens of `text` between `from` and `to`, with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  scan(TOKEN_PATTERN, from === 0 && to === text.length ? text : text.slice(0, to), from, text, 0, tokens);
  return tokens;
}
