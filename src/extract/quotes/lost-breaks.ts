/**
 * Quotes whose paragraph breaks were lost (text flattened to one line) or whose closing mark is missing: when a
 * mark that opens, while a quote of its family is still open, continues that quote, and when it ends it.
 */
import { SENTENCE_END_MARKS } from "../../lexicon/punctuation.js";
import type { QuoteFamily } from "../../lexicon/quote-marks.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";

/** An opening mark still waiting for its close: its token index and offset. */
interface OpenMark {
  token: number;
  start: number;
}

/**
 * A double mark opening right after a sentence end while a quote of its family is still open (`“… good.
 * “This is …,” Enck added`): a quote over several paragraphs whose paragraph breaks were lost (text flattened
 * to one line), or a closing mark left out. Double quotes do not nest in themselves, so it continues the
 * open quote rather than opening one inside it, which would leave the outer one open to swallow the rest.
 * The same holds for single marks where they are the outer quotes (British `He said: ‘… League. ‘It’s …
 * a lot.’`, whose inner quotes are double): read as nested, every part but the last was lost (CNN/DailyMail
 * dev, flattened Daily Mail articles).
 */
export function reopensAfterLostBreak(
  text: string,
  token: Token,
  family: QuoteFamily,
  outer: boolean,
  stack: readonly OpenMark[],
  lastSpan: { start: number } | undefined,
): boolean {
  if (family === "guillemet" || (family === "single" && !outer) || stack.length !== 1) return false;
  if (family === "single" && !statementOpen(text, stack, lastSpan)) return false;
  return /[.!?…][ \t]+$/u.test(text.slice(Math.max(0, token.start - 4), token.start));
}

/**
 * Whether the one open single quote reads as a statement: it opens in upper case (`she was ‘very proud,
 * Pops’ of …` is a fragment, whose close may read as a possessive) and no quote of its family closed inside
 * it since (then it was read as an outer quote around others: an unclosed mark before a caption).
 */
export function statementOpen(
  text: string,
  stack: readonly OpenMark[],
  lastSpan: { start: number } | undefined,
): boolean {
  const open = stack[0] as OpenMark;
  if (stack.length !== 1 || /^\p{Ll}/u.test(text.slice(open.start + 1, open.start + 2))) return false;
  return lastSpan === undefined || lastSpan.start < open.start;
}

/** The last sentence end (`.` `!` `?` before a capitalized word) inside the one open quote, before token `i`. */
export function lastSentenceEnd(
  tokens: readonly Token[],
  stack: readonly OpenMark[],
  i: number,
): number | null {
  if (stack.length !== 1) return null;
  const from = (stack[0] as OpenMark).token;
  for (let k = i - 2; k > from + 1; k--) {
    if (SENTENCE_END_MARKS.has((tokens[k] as Token).text) && isCapitalized(tokens[k + 1]?.text ?? ""))
      return k;
  }
  return null;
}
