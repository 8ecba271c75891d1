/**
 * A quote that is the subject of its owner's speech-act noun after it: `“We go again,” was Lee's verdict`, `“Not
 * today,” came the reply from Lee`, `“…” were the words of Lee`. The owner speaks (session 22, issue 11 item 3:
 * British sport and politics styles; such quotes had no speaker and were read as partial).
 */
import { SPEECH_ACT_NOUNS, VERDICT_LINKS, VERDICT_NOUNS } from "../../lexicon/attribution-phrases.js";
import { PERSON_POSSESSIVES } from "../../lexicon/pronouns.js";
import type { Token } from "../../types.js";
import { phraseStartingAt } from "./phrase-starting.js";
import { LOWER, lower, POSSESSIVES, type SpeakerPhrase } from "./words.js";

/** Lower-case words before the noun: "Lee's blunt verdict", "the terse reply". */
const MAX_MODIFIERS = 2;

/** The index of the speech-act noun at `from` or after up to two lower-case modifiers, else -1. */
function speechActNounFrom(tokens: readonly Token[], from: number, limit: number): number {
  for (let k = from; k < limit && k - from <= MAX_MODIFIERS; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !LOWER.test(t.text)) return -1;
    if (SPEECH_ACT_NOUNS.has(lower(t)) || VERDICT_NOUNS.has(lower(t))) return k;
  }
  return -1;
}

/** Whether the phrase ends the clause: nothing, punctuation, or a preposition's phrase ("after the match"). */
function endsClause(tokens: readonly Token[], at: number, limit: number): boolean {
  const t = tokens[at];
  return (
    at >= limit || t === undefined || /^[.,;:!?]$/.test(t.text) || /^(?:after|on|in|at|as)$/.test(lower(t))
  );
}

/**
 * The owner of the speech-act noun that the link verb at `i` (right after the quote) joins the quote to, or null:
 * `was Lee's verdict`, `came Lee's reply`, `was the verdict of Lee`, `came the reply from Lee`. Also `was her verdict`
 * (the pronoun's person); not a noun with no owner (`was the verdict`).
 */
export function verdictOwner(tokens: readonly Token[], i: number, limit: number): SpeakerPhrase | null {
  if (!VERDICT_LINKS.has(lower(tokens[i]))) return null;
  if (lower(tokens[i + 1]) === "the") {
    const noun = speechActNounFrom(tokens, i + 2, limit);
    const link = lower(tokens[noun + 1]);
    if (noun < 0 || (link !== "of" && link !== "from")) return null;
    const owner = phraseStartingAt(tokens, noun + 2, limit);
    return owner !== null &&
      owner.first === noun + 2 &&
      owner.kind !== "pronoun" &&
      endsClause(tokens, owner.end, limit)
      ? owner
      : null;
  }
  // (`was her verdict`: the possessive pronoun's person, as resolve/speakers names "she".)
  if (PERSON_POSSESSIVES.has(lower(tokens[i + 1]))) {
    const noun = speechActNounFrom(tokens, i + 2, limit);
    return noun >= 0 && endsClause(tokens, noun + 1, limit)
      ? { first: i + 1, end: i + 2, kind: "pronoun" }
      : null;
  }
  const owner = phraseStartingAt(tokens, i + 1, limit);
  if (owner === null || owner.first !== i + 1 || owner.kind === "pronoun") return null;
  if (!POSSESSIVES.has(lower(tokens[owner.end]))) return null;
  const noun = speechActNounFrom(tokens, owner.end + 1, limit);
  return noun >= 0 && endsClause(tokens, noun + 1, limit) ? owner : null;
}
