/**
 * What one quotation mark does where it stands: opens a quote, closes one, or is an apostrophe.
 */
import { MARKS_AFTER_CLOSING_QUOTE, MARKS_BEFORE_OPENING_QUOTE } from "../../lexicon/punctuation.js";
import { QUOTE_MARKS, type QuoteFamily } from "../../lexicon/quote-marks.js";
import type { Token } from "../../types.js";

export const SPACE = /\s/u;
const FORMAT = /\p{Cf}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** ‘90s, ’til: a single mark before digits or a clipped word is an apostrophe of elision. */
const ELISION_AFTER = /^(?:\d\ds?\b|til\b|cause\b|em\b|n\b|tis\b)/iu;

/** The elided "and" of "rock 'n' roll", before its closing mark. */
const ELIDED_AND = /^['’‘]n$/iu;

export type Role = "open" | "close" | "weak-close" | "none";

function isMarkChar(ch: string | undefined): boolean {
  return ch !== undefined && QUOTE_MARKS.has(ch);
}

/**
 * Whether a mark opens or closes, from the characters around it (like Markdown's flanking rules), then from
 * the glyph, then (straight marks) from whether a quote of its family is open. Single marks inside or after
 * a word ("don’t", "voters’ choice") are apostrophes, at most a weak close.
 */
export function roleOf(
  text: string,
  token: Token,
  bodyStart: number,
  family: QuoteFamily,
  isOpen: boolean,
): Role {
  const before = token.start > bodyStart ? text[token.start - 1] : undefined;
  const after = text[token.end];
  // (An invisible format character, a web page's U+202A left-to-right embedding before `”Sorry …`, is a space.)
  const spaceBefore = before === undefined || SPACE.test(before) || FORMAT.test(before);
  const spaceAfter = after === undefined || SPACE.test(after) || FORMAT.test(after);
  const leftBound = spaceBefore || MARKS_BEFORE_OPENING_QUOTE.has(before) || isMarkChar(before);
  const rightBound = spaceAfter || MARKS_AFTER_CLOSING_QUOTE.has(after) || isMarkChar(after);
  const opening = leftBound && !spaceAfter;
  const closing = rightBound && !spaceBefore;
  const side = QUOTE_MARKS.get(token.text)?.side ?? "either";
  // Guillemets are set off by spaces in French style (« Oui »): their glyph is the only reliable sign.
  if (family === "guillemet") return side === "close" ? "close" : "open";
  if (family === "single") {
    if (
      before !== undefined &&
      after !== undefined &&
      LETTER_OR_DIGIT.test(before) &&
      LETTER_OR_DIGIT.test(after)
    ) {
      return "none";
    }
    if (opening && !closing) {
      return ELISION_AFTER.test(text.slice(token.end, token.end + 6)) ? "none" : "open";
    }
    if (closing && !opening) {
      // "Rock 'n' Roll": the mark after an elided "n" closes the elision, not a quote (the one before it is read
      // as an elision above); before, "'Rock 'n" was a quote of its own.
      if (ELIDED_AND.test(text.slice(token.start - 2, token.start))) return "none";
      // "the voters’ choice": a possessive plural, unless nothing better closes the quote.
      const possessive =
        (before === "s" || before === "S") &&
        spaceAfter &&
        /^\s+\p{Ll}/u.test(text.slice(token.end, token.end + 3));
      return possessive ? "weak-close" : "close";
    }
  } else {
    if (opening && !closing) return "open";
    if (closing && !opening) return "close";
  }
  if (spaceBefore && spaceAfter && side === "either") return isOpen ? "close" : "open";
  if (side === "open") return "open";
  if (side === "close") return "close";
  return isOpen ? "close" : "open";
}
