/**
 * One reading of a stock ticker's symbol and of a name's initials, for the tagger (extract/entities/acronyms.ts:
 * the symbol or the acronym is an organization, not a person) and for the naming (resolve/names/firm-tickers.ts:
 * the name before it is a firm; organization-spans.ts: the words before a bracketed acronym are its name). Until
 * session 21 each wrote its own: the tagger's symbol took digits, "&" and "-" and the resolve regexes capitals
 * only; the tagger's initials skipped "of/and/the" even capitalized, the firm test skipped nothing and split
 * hyphens, the definition test skipped the lexicon's list but only in lower case.
 */
import { ACRONYM_SKIP_WORDS } from "../lexicon/acronym-skip-words.js";
import { POSSESSIVE_MARKS } from "../lexicon/punctuation.js";
import type { Token } from "../types.js";
import { isCapitalized } from "./word-shape.js";

/** A ticker's symbol: a capital, then up to five capitals, digits, "&" or "-" ("ACMZ", "BRK-A", "AT&T", "F"). */
export const TICKER_SYMBOL = String.raw`\p{Lu}[\p{Lu}\d&-]{0,5}`;
/** An exchange's code after a symbol's stop or space ("ACMZ.N", "RENV.PA", "<ACME ST>"). */
export const EXCHANGE_SUFFIX = String.raw`\p{Lu}{1,2}`;

const SYMBOL = new RegExp(`^${TICKER_SYMBOL}$`, "u");
const SUFFIX = new RegExp(`^${EXCHANGE_SUFFIX}$`, "u");

/** Whether a word is a ticker's symbol (TICKER_SYMBOL), a full stop glued to it or not. */
export function isTickerSymbol(word: string): boolean {
  return SYMBOL.test(word.endsWith(".") ? word.slice(0, -1) : word);
}

/** Whether a word is an exchange's code after a symbol (EXCHANGE_SUFFIX). */
export function isExchangeSuffix(word: string): boolean {
  return SUFFIX.test(word);
}

/**
 * The index of the first word of the words ending at index `last` whose initials spell `letters`, or -1: each
 * word capitalized, a lower-case skip word ("of", "the", "&": lexicon/acronym-skip-words.ts) or a possessive's
 * mark inside the name passed over, a hyphenated word giving its parts' initials ("Bristol-Myers" → "BM") or, if those do not
 * fit, its first ("Anglo-Dutch" → "A"). `wordAt(k)` is undefined for what is no word (a bracket, a comma), which
 * ends the name.
 */
export function initialsStart(
  wordAt: (k: number) => string | undefined,
  last: number,
  letters: string,
): number {
  let remaining = letters.length;
  for (let k = last; k >= 0 && remaining > 0; k--) {
    const word = wordAt(k);
    if (word === undefined) return -1;
    // A possessive's mark inside the name is passed over; one ending it ("the Board's (XB)") ends no name.
    if (POSSESSIVE_MARKS.has(word) && remaining < letters.length) continue;
    if (ACRONYM_SKIP_WORDS.has(word) && word === word.toLowerCase()) continue;
    if (!isCapitalized(word)) return -1;
    const parts = word.includes("-") ? word.split("-") : null;
    if (parts !== null && parts.length <= remaining && parts.every(isCapitalized)) {
      const spelled = parts.map((part) => part.charAt(0)).join("");
      if (letters.slice(remaining - parts.length, remaining) === spelled) {
        remaining -= parts.length;
        if (remaining === 0) return k;
        continue;
      }
    }
    if (word.charAt(0) !== letters.charAt(remaining - 1)) return -1;
    remaining--;
    if (remaining === 0) return k;
  }
  return -1;
}

/** initialsStart over tokens: a token that is neither a word, "&" nor a possessive's mark ends the name. */
export function tokenInitialsStart(tokens: readonly Token[], last: number, letters: string): number {
  return initialsStart(
    (k) => {
      const token = tokens[k];
      return token !== undefined &&
        (token.kind === "word" || token.text === "&" || POSSESSIVE_MARKS.has(token.text))
        ? token.text
        : undefined;
    },
    last,
    letters,
  );
}
