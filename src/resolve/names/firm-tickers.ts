/**
 * A name followed by its stock ticker is a listed company, in every mention: "Tessaro (NYSE: TSR)", "Corvell
 * (CVL.N)", a wire's "Tessaro <TSR>" (lexicon/organization-suffixes.ts EXCHANGE_CODES). And a name of two words or
 * more followed by its initials in brackets is a body ("Halvorsen Daniels Marsh (HDM)"), unless a known first name
 * opens it: a person's name is seldom given an acronym in news. A marked mention keeps the name (person-marks.ts). Reuters bench: 60 untitled persons
 * before a bracketed code, read: firms, banks, agencies and parties but for a cut name or two ("Gross Domestic
 * Product (GDP)"), none a person. Reuters annotate: see the commit.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { EXCHANGE_CODES } from "../../lexicon/organization-suffixes.js";
import { anyOf } from "../../text/escape-regexp.js";
import { EXCHANGE_SUFFIX, initialsStart, TICKER_SYMBOL } from "../../text/tickers.js";
import type { Mention } from "../../types.js";
import { withRetypedFirms } from "./retyped-organizations.js";

/**
 * A ticker right after the name: "<TSR>", "<TSR.N>", "<TSR ST>", "(TSR.N)", "(NYSE: TSR)", "(NYSE:TSR.A)"; the
 * symbol and exchange code as the tagger reads them (text/tickers.ts).
 */
const TICKER_AFTER = new RegExp(
  String.raw`\s?(?:<${TICKER_SYMBOL}(?:[. ]${EXCHANGE_SUFFIX})?>|\((?:${TICKER_SYMBOL}\.${EXCHANGE_SUFFIX}|${anyOf(EXCHANGE_CODES)}\s?:\s?${TICKER_SYMBOL}(?:\.${EXCHANGE_SUFFIX})?)\))`,
  "uy",
);
/** Capitals in brackets right after the name: "(HDM)". */
const INITIALS_AFTER = /\s?\((\p{Lu}{2,6})\)/uy;

/** Whether a person mention is followed by a ticker, or by its own initials. Pre-check: "<" or "(" next. */
function isListedName(text: string, m: Mention): boolean {
  let at = m.end;
  if (text.charCodeAt(at) === 32) at++;
  const c = text.charCodeAt(at);
  if (c !== 60 && c !== 40) return false;
  TICKER_AFTER.lastIndex = m.end;
  if (TICKER_AFTER.test(text)) return true;
  INITIALS_AFTER.lastIndex = m.end;
  const initials = INITIALS_AFTER.exec(text)?.[1];
  if (initials === undefined) return false;
  const words = m.text.split(/\s+/);
  // A known first name first may be a person's, rarely so abbreviated ("Dana Whitlow (DW)"): left alone.
  if (words.length < 2 || isKnownFirstName(words[0] as string)) return false;
  // The whole name spells them, as the tagger reads initials (text/tickers.ts).
  return initialsStart((k) => words[k], words.length - 1, initials) === 0;
}

/** The mentions, in place, with each person followed by a ticker or its initials, and its namesakes, organizations. */
export function withFirmTickers(text: string, mentions: Mention[]): Mention[] {
  return withRetypedFirms(text, mentions, isListedName);
}
