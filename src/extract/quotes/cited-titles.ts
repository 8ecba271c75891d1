/**
 * A quoted title cited with its publication and date: `Jo Roe. “Acme shares slide” — Northern Ledger, August 5,
 * 2010` (a "Sources" or "Related news" list under an article, a reading list). The quote is a headline, nobody's
 * statement, and the outlet after the dash is no signer (Wikinews-style articles: 5 such lines in the licensed
 * check sample gave outlets, or parts of their names, the headlines as speakers).
 */
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { SIGNING_DASHES } from "../../lexicon/punctuation.js";
import type { Token } from "../../types.js";
import type { MarkedSpan } from "./marked-span.js";
import { isQuoteMark, lower } from "./words.js";

/** Tokens at most of the outlet between the dash and its comma ("Wexley Evening Times", "Acme! News"). */
const MAX_OUTLET_TOKENS = 6;
/** Tokens at most of the date after the comma ("August 5, 2010", "4 August 2010", "Tuesday, 4 August 2010"). */
const MAX_DATE_TOKENS = 7;

/**
 * Whether the closed quoted span is followed by a dash, a short name, a comma and a date that ends the line: a
 * cited title. `text` is the document's text (a line's end is a newline between two tokens).
 */
export function isCitedTitle(text: string, tokens: readonly Token[], span: MarkedSpan): boolean {
  if (!span.closed || !SIGNING_DASHES.has(tokens[span.closeToken + 1]?.text ?? "")) return false;
  let k = span.closeToken + 2;
  const outlet = k;
  while (k < tokens.length && k - outlet < MAX_OUTLET_TOKENS && tokens[k]?.text !== ",") {
    if (isQuoteMark(tokens[k]) || lineBreakBefore(text, tokens, k)) return false;
    k += 1;
  }
  if (k === outlet || tokens[k]?.text !== ",") return false;
  const from = k + 1;
  let dated = false;
  for (k = from; k < tokens.length && !lineBreakBefore(text, tokens, k); k++) {
    if (k - from >= MAX_DATE_TOKENS) return false;
    const t = tokens[k] as Token;
    if (DATE_WORDS.has(lower(t)) || /^\d{4}$/.test(t.text)) dated = true;
    else if (!/^(?:\d{1,2}(?:st|nd|rd|th)?|[,.])$/.test(t.text)) return false;
  }
  return dated && k > from;
}

function lineBreakBefore(text: string, tokens: readonly Token[], k: number): boolean {
  const previous = tokens[k - 1];
  const t = tokens[k];
  return previous !== undefined && t !== undefined && text.slice(previous.end, t.start).includes("\n");
}
