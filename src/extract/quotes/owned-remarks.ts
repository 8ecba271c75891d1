/**
 * A quoted fragment inside what a possessive's owner said: `Lee's pledge to stay “above the fray”`, `Acme's claim that
 * sales were “at a record”`, `Roe's usual reply — “Ask my lawyer” —`. The owner speaks.
 */
import { REMARK_OPENERS, SPEECH_ACT_NOUNS, VERDICT_NOUNS } from "../../lexicon/attribution-phrases.js";
import { DASHES } from "../../lexicon/dashes.js";
import type { Token } from "../../types.js";
import { isPossessiveMark } from "./attribution.js";
import { phraseStartingAt } from "./phrase-starting.js";
import { phraseEndingAt, type SpeakerPhrase } from "./phrases.js";
import { LOWER, lower, POSSESSIVES, reportedFrom } from "./words.js";

/** Lower-case words between the possessive and its noun: "Lee's bold pledge", "Roe's usual reply". */
const MAX_MODIFIERS = 2;

/**
 * The owner of the speech-act noun at `k` (`Lee's pledge to …`, `comments by Lee about …`), or null; `before` is
 * the quote's opening mark.
 */
export function remarkOwnerAt(
  tokens: readonly Token[],
  k: number,
  floor: number,
  before: number,
): SpeakerPhrase | null {
  const next = tokens[k + 1];
  // (A verdict's noun only before a mark: `Lee's dying words, “…”`, `in Acme's words, “…”`; not `the bank's
  // response to …`.)
  const verdict = VERDICT_NOUNS.has(lower(tokens[k])) && next !== undefined && next.kind !== "word";
  if (!SPEECH_ACT_NOUNS.has(lower(tokens[k])) && !verdict) return null;
  // `Remarks by Ann Lee about the “failed” scheme were cut`: the agent after "by". Not when a reporting verb before
  // the noun governs it: `Roe said he endorsed comments by Lee “about …, which we both see as …”` is Roe's
  // (Reuters: the one record this rule changed gave such a quote to the agent).
  if (lower(next) === "by") {
    if (reportedFrom(tokens, floor, k)) return null;
    const agent = phraseStartingAt(tokens, k + 2, before);
    return agent !== null && agent.first === k + 2 && agent.kind !== "pronoun" ? agent : null;
  }
  // (Not a quote right after the noun: `Lee said Roe's comments “show bias”` is Lee's verdict on them.)
  if (next === undefined || !REMARK_OPENERS.has(lower(next))) return null;
  // (The quote inside the clause, not the clause itself: `X told reporters after Lee's remarks that “They …”` is X's.)
  if (lower(next) === "that" && k + 2 === before) return null;
  // (A mark only right before the quote, `Roe's usual reply then — “…”`, `the slogan, “…”`: a comma ending the
  // clause, `doubted Acme's figures, but its “recovery” may come`, opens no remark.)
  const mark = lower(next) === "then" ? k + 2 : k + 1;
  const opensClause = lower(next) === "that" || lower(next) === "to";
  if (!opensClause && mark + 1 !== before) return null;
  let p = k - 1;
  for (
    let n = 0;
    n < MAX_MODIFIERS && p > floor && LOWER.test(tokens[p]?.text ?? "") && tokens[p]?.kind === "word";
    n++
  )
    p -= 1;
  const possessive = tokens[p];
  if (possessive === undefined || p - 1 < floor) return null;
  if (!POSSESSIVES.has(lower(possessive)) && !isPossessiveMark(tokens, p)) return null;
  const owner = phraseEndingAt(tokens, p - 1, floor);
  return owner !== null && owner.kind !== "pronoun" ? owner : null;
}

/**
 * `a famous line attributed to Ann Lee — “…”`: the source "attributed to" names, when the quote follows it and
 * one mark right away (session 16, FIT half of seed 20261261: no speaker). Not `losses attributed to the strike,
 * … “…”`, whose quote is further on.
 */
export function attributedSourceAt(
  tokens: readonly Token[],
  k: number,
  before: number,
): SpeakerPhrase | null {
  if (lower(tokens[k]) !== "attributed" || lower(tokens[k + 1]) !== "to") return null;
  const source = phraseStartingAt(tokens, k + 2, before);
  if (source === null || source.first !== k + 2 || source.end + 1 !== before) return null;
  const mark = tokens[source.end]?.text ?? "";
  return DASHES.has(mark) || mark === ":" || mark === "," ? source : null;
}
