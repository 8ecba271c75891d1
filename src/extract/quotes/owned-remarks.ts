/**
 * A quoted fragment inside what a possessive's owner said: `Lee's pledge to be “neutral”`, `Acme's claim that
 * sales were “at a record”`, `Roe's stock answer — “I have nothing to hide” —`. The owner speaks.
 */
import { SPEECH_ACT_NOUNS } from "../../lexicon/attribution-phrases.js";
import type { Token } from "../../types.js";
import { isPossessiveMark } from "./attribution.js";
import { phraseEndingAt, type SpeakerPhrase } from "./phrases.js";
import { LOWER, lower, POSSESSIVES } from "./words.js";

/** Lower-case words between the possessive and its noun: "Lee's controversial pledge", "Roe's stock answer". */
const MAX_MODIFIERS = 2;

/**
 * What may follow the noun before its owner's words: a clause ("that", "to"), "of", a dash, a colon or a comma.
 * (Not "as": `Lee dismissed Acme's claims as “nonsense”` is Lee's word.)
 */
const OPENS_REMARK: ReadonlySet<string> = new Set(["that", "to", "of", "—", "–", "-", ":", ",", "then"]);

/** The owner of the speech-act noun at `k` (`Lee's pledge to …`), or null. */
export function remarkOwnerAt(tokens: readonly Token[], k: number, floor: number): SpeakerPhrase | null {
  if (!SPEECH_ACT_NOUNS.has(lower(tokens[k]))) return null;
  const next = tokens[k + 1];
  if (next === undefined || (!OPENS_REMARK.has(lower(next)) && next.kind !== "punct")) return null;
  let p = k - 1;
  for (
    let n = 0;
    n < MAX_MODIFIERS && p > floor && LOWER.test(tokens[p]?.text ?? "") && tokens[p]?.kind === "word";
    n++
  )
    p -= 1;
  const mark = tokens[p];
  if (mark === undefined || p - 1 < floor) return null;
  if (!POSSESSIVES.has(lower(mark)) && !isPossessiveMark(tokens, p)) return null;
  const owner = phraseEndingAt(tokens, p - 1, floor);
  return owner !== null && owner.kind !== "pronoun" ? owner : null;
}
