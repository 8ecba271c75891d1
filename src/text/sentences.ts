import { GLUED_SENTENCE_STARTERS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { STANDALONE_LINES } from "../lexicon/boilerplate.js";
import { SENTENCE_TERMINALS } from "../lexicon/punctuation.js";
import { quoteMarksBySide } from "../lexicon/quote-marks.js";
import { STOPWORDS } from "../lexicon/stopwords.js";
import type { Sentence, Token } from "../types.js";
import { firstCharTest } from "./first-chars.js";
import { MAX_SENTENCE_CHARS, MAX_SENTENCE_TOKENS } from "./limits.js";
import { isBlankLineGap } from "./paragraph-gaps.js";

/** Marks that may close a sentence after its final punctuation: `win.”` `(sic.)` */
const CLOSERS = new Set([...quoteMarksBySide("close"), ...quoteMarksBySide("either"), ")", "]"]);
/** What a new sentence may begin with besides a capital letter or a digit. */
const OPENERS = new Set([...quoteMarksBySide("open"), ...quoteMarksBySide("either"), "(", "[", "—", "-"]);
const STARTS_UPPER_OR_DIGIT = /^[\p{Lu}\p{Lt}\p{N}]/u;

/** Standalone web lines, as lower-cased token sequences, by their last token. */
const STANDALONE_BY_LAST = new Map<string, string[][]>();
for (const line of STANDALONE_LINES) {
  const words = line.split(" ");
  const last = words[words.length - 1] as string;
  STANDALONE_BY_LAST.set(last, [...(STANDALONE_BY_LAST.get(last) ?? []), words]);
}

/**
 * Whether a token may be the last word of a standalone line, by its first character in either case (any
 * non-ASCII one may lower-case to one): the test ran on every token followed by a space, each lower-cased.
 */
const mayEndStandalone = firstCharTest(
  [...STANDALONE_BY_LAST.keys()].flatMap((word) => [word, word.toUpperCase()]),
);

/** The tokens first..last (inclusive) are exactly a standalone web line such as "Scroll down for video". */
function isStandaloneLine(tokens: readonly Token[], first: number, last: number): boolean {
  const text = (tokens[last] as Token).text;
  if (text.charCodeAt(0) < 128 && !mayEndStandalone(text)) return false;
  // A loop, not candidates.some(…): a closure over the arguments made V8 allocate a context for them at
  // each call (every token tested), 88% of what sentence splitting allocated: 12 MB of 13.7 MB over 1,500
  // Reuters documents (sampling heap profiler).
  for (const words of STANDALONE_BY_LAST.get(text.toLowerCase()) ?? NO_LINES)
    if (isLine(tokens, first, last, words)) return true;
  return false;
}

const NO_LINES: readonly string[][] = [];

/** The tokens first..last are the words of a line, in any case. */
function isLine(tokens: readonly Token[], first: number, last: number, words: readonly string[]): boolean {
  if (words.length !== last - first + 1) return false;
  for (let k = 0; k < words.length; k++) if ((tokens[first + k] as Token).lower !== words[k]) return false;
  return true;
}

const STARTS_LOWER = /^\p{Ll}/u;

const mayBeGluedStarter = firstCharTest(GLUED_SENTENCE_STARTERS);
const mayBeTerminal = firstCharTest(SENTENCE_TERMINALS);

/** "the club He has": a lower-case content word, then a word that only ever starts a sentence. */
function isGluedBoundary(token: Token, next: Token): boolean {
  return (
    token.kind === "word" &&
    mayBeGluedStarter(next.text) &&
    GLUED_SENTENCE_STARTERS.has(next.text) &&
    STARTS_LOWER.test(token.text) &&
    !STOPWORDS.has(token.text)
  );
}

function startsSentence(token: Token | undefined): boolean {
  if (token === undefined) return true;
  return STARTS_UPPER_OR_DIGIT.test(token.text) || OPENERS.has(token.text);
}

/**
 * A period inside an abbreviation token ("U.S.", "Inc.") ends the sentence only when a word that can
 * only start a sentence follows; a title ("Mr.", "Gen.") or an initial ("J.") never ends one.
 */
function abbreviationEndsSentence(token: Token, next: Token | undefined): boolean {
  if (!token.text.endsWith(".") || token.text.length < 2) return false;
  const bare = token.text.slice(0, -1);
  if (TITLE_ABBREVIATIONS.has(bare.toLowerCase()) || bare.length === 1) return false;
  return next === undefined || SENTENCE_STARTERS.has(next.text);
}

/**
 * Sentences as runs of tokens. A sentence ends at a paragraph break, or after final punctuation (and any
 * closing quotes or brackets right after it) followed by space and something that can start a sentence.
 * Sentences longer than MAX_SENTENCE_CHARS / MAX_SENTENCE_TOKENS are cut at a token boundary.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number): void => {
    const a = tokens[first];
    const b = tokens[endToken - 1];
    if (a && b) sentences.push({ start: a.start, end: b.end, firstToken: first, endToken });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const start = tokens[first] as Token;
    if (i + 1 - first >= MAX_SENTENCE_TOKENS || token.end - start.start >= MAX_SENTENCE_CHARS) {
      close(i + 1);
      continue;
    }
    if (next === undefined) break;
    if (isBlankLineGap(text, token.end, next.start)) {
      close(i + 1);
      continue;
    }
    if (mayBeTerminal(token.text) && SENTENCE_TERMINALS.has(token.text)) {
      let last = i;
      while (last + 1 < tokens.length) {
        const closer = tokens[last + 1] as Token;
        if (!CLOSERS.has(closer.text) || closer.start !== (tokens[last] as Token).end) break;
        last += 1;
      }
      const after = tokens[last + 1];
      const spaced = after === undefined || after.start > (tokens[last] as Token).end;
      if (spaced && startsSentence(after)) {
        close(last + 1);
        i = last;
      }
      continue;
    }
    if (next.start > token.end && isGluedBoundary(token, next)) {
      close(i + 1);
      continue;
    }
    if (
      next.start > token.end &&
      isStandaloneLine(tokens, first, i) &&
      STARTS_UPPER_OR_DIGIT.test(next.text)
    ) {
      close(i + 1);
      continue;
    }
    if (next.start > token.end && abbreviationEndsSentence(token, next)) {
      close(i + 1);
    }
  }
  if (first < tokens.length) close(tokens.length);
  return sentences;
}
