/**
 * What may stand between a speaker and its reporting verb and is skipped: adverbs ("also said"), a time phrase
 * ("last week said") and a parenthesis ("Rep. Gwen Ashby (D-Wis.) said").
 */
import { DATE_WORDS, SPEAKER_DETERMINERS } from "../../lexicon/attribution-phrases.js";
import { SPEAKER_ADVERBS } from "../../lexicon/speaker-adverbs.js";
import { DAY_PARTS, LONE_TIME_WORDS, SPEAKER_TIME_NOUNS, TIME_OPENERS } from "../../lexicon/time-phrases.js";
import { VERB_AUXILIARIES } from "../../lexicon/verb-auxiliaries.js";
import { isCapitalized, isLyAdverb } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { lower } from "./words.js";

/**
 * An adverb between a speaker and its verb: a listed one ("also"), any lower-case -ly word ("emphatically"),
 * or a day after "later"/"earlier" ("Brenner later Thursday told").
 */
function isAdverbAt(tokens: readonly Token[], k: number): boolean {
  const w = lower(tokens[k]);
  // (Not a capitalized auxiliary: `“…,” Will said` names its speaker, since a modal before a past form is no
  // English; skipped, the quote lost its attribution and was dropped. The brief's open list, invented rows.)
  if (SPEAKER_ADVERBS.has(w)) return !(VERB_AUXILIARIES.has(w) && isCapitalized(tokens[k]?.text ?? ""));
  // (Not a noun after a determiner: "the family said", "an ally said".)
  if (isLyAdverb(tokens[k]?.text ?? "")) return !SPEAKER_DETERMINERS.has(lower(tokens[k - 1]));
  return DATE_WORDS.has(w) && SPEAKER_ADVERBS.has(lower(tokens[k - 1]));
}

/**
 * Whether tokens `k - 1, k` are a time phrase standing between a speaker and its verb: "Ann Lee (D-Ore.) last
 * week said Bob Roe was …" is Lee's, not Roe's after an inverted "said" (FIT half of seed 20261221).
 */
function isTimePhraseAt(tokens: readonly Token[], k: number): boolean {
  const noun = lower(tokens[k]);
  const opener = lower(tokens[k - 1]);
  // (And "in April", "in March last year": a month after "in" is a time too, never the speaker. Reuters.)
  return (
    SPEAKER_TIME_NOUNS.has(noun) && (TIME_OPENERS.has(opener) || (opener === "in" && DATE_WORDS.has(noun)))
  );
}

/** Steps left over adverbs ("also said"), a time phrase ("last week said") and a parenthesis ("Rep. Gwen Ashby (D-Wis.) said"). */
export function skipAdverbsLeft(tokens: readonly Token[], i: number, floor: number): number {
  let k = i;
  for (;;) {
    if (k >= floor && isAdverbAt(tokens, k)) k -= 1;
    else if (k - 1 >= floor && isTimePhraseAt(tokens, k)) k -= 2;
    else if (k >= floor && tokens[k]?.text === ")") {
      let open = k - 1;
      while (open >= floor && k - open < 12 && tokens[open]?.text !== "(") open -= 1;
      if (open < floor || tokens[open]?.text !== "(") return k;
      k = open - 1;
    } else return k;
  }
}

/**
 * The token after a time phrase starting at `k` and standing between a subject and its verb ("Holness on Sunday
 * defended", "Lee on Tuesday night posted", "Kennett yesterday refused", "Roe last week wrote"), else `k`.
 */
export function skipTimePhraseRight(tokens: readonly Token[], k: number): number {
  if (LONE_TIME_WORDS.has(lower(tokens[k]))) return k + 1;
  if (!isTimePhraseAt(tokens, k + 1)) return k;
  // "on Tuesday night": a part of the day after the day.
  return DAY_PARTS.has(lower(tokens[k + 2])) ? k + 3 : k + 2;
}
