/** Whether only the end of one quote's attribution stands between it and the next quote. */
import { CLAUSE_CONJUNCTIONS, SPEAKER_DETERMINERS } from "../../lexicon/attribution-phrases.js";
import { SPEAKER_PRONOUNS } from "../../lexicon/pronouns.js";
import { BRIDGE_END_MARKS } from "../../lexicon/punctuation.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";

const MAX_BRIDGE_TOKENS = 40;

/** A word that may open a clause's subject: a determiner, a pronoun or a capitalized word. */
function opensSubject(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  const w = t.lower;
  return SPEAKER_DETERMINERS.has(w) || SPEAKER_PRONOUNS.has(w) || isCapitalized(t.text);
}

/**
 * Whether the words between an attribution and the next quote only finish the attribution's sentence
 * ("Varela told CNBC Saturday." / "she said of the election, in which ..."), so the next quote goes on.
 */
export function bridges(tokens: readonly Token[], from: number, to: number): boolean {
  if (to === from) return true;
  if (to < from || to - from > MAX_BRIDGE_TOKENS) return false;
  // (Or an abbreviation holding the sentence's period: `Lee said at a rally in Eastbridge, N.Y. “…”`.)
  const end = (tokens[to - 1] as Token).text;
  if (!BRIDGE_END_MARKS.has(end) && !ABBREVIATION_END.test(end)) return false;
  for (let i = from; i < to - 1; i++) {
    // A sentence ending inside the bridge: the next quote is not part of this one's sentence pair.
    if (/^[.?!]$/.test((tokens[i] as Token).text) && isCapitalized(tokens[i + 1]?.text ?? "")) return false;
    // A new clause with its own subject ("…,” Ebeling said, and her husband cut in. “…”): someone else
    // may speak next. ", and has backed ..." goes on with the same speaker.
    if (
      (tokens[i] as Token).text === "," &&
      CLAUSE_CONJUNCTIONS.has(tokens[i + 1]?.text ?? "") &&
      opensSubject(tokens[i + 2])
    )
      return false;
  }
  return true;
}

/** An abbreviation holding its sentence's period ("N.Y.", "Calif.", "Inc."), which the sentence splitter keeps. */
export const ABBREVIATION_END = /^\p{L}[\p{L}.]*\.$/u;
