/**
 * An aside set off by dashes between a speaker and its verb: `Dana Roe – who chairs the parish board –
 * admitted the roof was “rather” old` (session 16, FIT half of seed 20261261: the fragment had no speaker;
 * commas around such an aside were read already, dashes were not).
 */
import { DASHES } from "../../lexicon/dashes.js";
import type { Token } from "../../types.js";
import { phraseEndingAt, type SpeakerPhrase } from "./phrases.js";
import { isQuoteMark } from "./words.js";

/** Tokens an aside between dashes may hold. */
const MAX_ASIDE_TOKENS = 30;
/** Marks that end a sentence: an aside holds none. */
const SENTENCE_END = /^[.!?;]+$/;

/**
 * The phrase before the dash opening the aside that the dash at `close` ends, when a verb follows that dash; null
 * when `close` is no spaced dash or no opening dash stands within reach.
 */
export function speakerBeforeDashAside(
  tokens: readonly Token[],
  close: number,
  floor: number,
): SpeakerPhrase | null {
  const dash = tokens[close];
  // (A spaced dash only: "Acme-owned", "2010-2012" join words.)
  if (dash === undefined || !DASHES.has(dash.text) || tokens[close - 1]?.end === dash.start) return null;
  for (let j = close - 1; j > floor && close - j <= MAX_ASIDE_TOKENS; j--) {
    const t = tokens[j] as Token;
    if (SENTENCE_END.test(t.text) || isQuoteMark(t)) return null;
    if (DASHES.has(t.text) && tokens[j - 1]?.end !== t.start) return phraseEndingAt(tokens, j - 1, floor);
  }
  return null;
}
