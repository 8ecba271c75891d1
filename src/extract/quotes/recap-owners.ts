/**
 * A standalone quote whose speaker the next paragraph names after it: `“I thought we were the better side.”` ¶
 * `That was the verdict of Rovers boss Gavin Roe, …` / `So said Gavin Roe, …`. British news opens a paragraph so;
 * without it the quote went on the previous paragraph's speaker (the next speaker's quote given to the previous
 * one, an open item of session 23; invented sport and council reports).
 */
import {
  RECAP_DEMONSTRATIVES,
  RECAP_NOUNS,
  RECAP_VERBS,
  VERDICT_NOUNS,
} from "../../lexicon/attribution-phrases.js";
import type { Token } from "../../types.js";
import type { Attribution } from "./attribution.js";
import type { Paragraph } from "./paragraphs.js";
import { phraseStartingAt } from "./phrase-starting.js";
import { lower } from "./words.js";

/** The speaker a paragraph opening with a recap names ("That was the view of X", "So said X"), or null. */
export function recapOwner(tokens: readonly Token[], p: Paragraph): Attribution | null {
  let k = p.first;
  if (lower(tokens[k]) === "so" && /^(?:said|says)$/.test(lower(tokens[k + 1]))) k += 2;
  else {
    if (!RECAP_DEMONSTRATIVES.has(lower(tokens[k])) || !RECAP_VERBS.has(lower(tokens[k + 1]))) return null;
    k += 2;
    if (lower(tokens[k]) === "the") k += 1;
    // One modifier: "the blunt verdict of", "the stark warning of".
    if (!isRecapNoun(lower(tokens[k])) && /^\p{Ll}+$/u.test(tokens[k]?.text ?? "")) k += 1;
    if (!isRecapNoun(lower(tokens[k])) || lower(tokens[k + 1]) !== "of") return null;
    k += 2;
  }
  const speaker = phraseStartingAt(tokens, k, p.end);
  if (speaker === null || (speaker.kind !== "name" && speaker.kind !== "role")) return null;
  return { cue: null, speaker, end: speaker.end };
}

function isRecapNoun(word: string): boolean {
  return VERDICT_NOUNS.has(word) || RECAP_NOUNS.has(word);
}
