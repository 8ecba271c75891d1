import {
  CLAUSE_CONJUNCTIONS,
  MESSAGE_NOUNS,
  SPEECH_ACT_NOUNS,
  VERDICT_NOUNS,
} from "../../lexicon/attribution-phrases.js";
import { CLAUSE_END_MARKS } from "../../lexicon/punctuation.js";
import { AGREEING_FORMS } from "../../lexicon/reporting-verbs.js";
import { COUNTED_TIME_UNITS, SPEAKER_TIME_NOUNS } from "../../lexicon/time-phrases.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { endsPartyTag } from "./appositives.js";
import {
  type Attribution,
  attributionPrepositionAt,
  isListenersVerb,
  sourceAfterPreposition,
  speakerOfCue,
} from "./attribution.js";
import { clauseSubject } from "./clause-subjects.js";
import { cueAt, phraseEndingAt, type SpeakerPhrase } from "./phrases.js";
import { dashLabelledSpeaker, labelledSpeaker } from "./wire-attributions.js";
import { isQuoteMark, lower, POSSESSIVES } from "./words.js";

const MAX_INTRO_GAP = 10;

/**
 * `From Kay's Facebook post: “…”`, `In Ann Lee's statement: “…”`: the owner of a message right before the
 * colon speaks, not the platform (FIT half of seed 20261221: a post's words were given to the site).
 */
function messageOwner(tokens: readonly Token[], colon: number, floor: number): SpeakerPhrase | null {
  // (And a speech act's owner: `Lee's response: “…”`, `Lee's verdict:`, session 22's invented rows, where the quote
  // went to Lee only as a partial quote.)
  const noun = lower(tokens[colon - 1]);
  if (!MESSAGE_NOUNS.has(noun) && !SPEECH_ACT_NOUNS.has(noun) && !VERDICT_NOUNS.has(noun)) return null;
  let k = colon - 2;
  // One capitalized word may name the platform: "Facebook", "Instagram".
  if (isCapitalized(tokens[k]?.text ?? "") && !POSSESSIVES.has(lower(tokens[k]))) k -= 1;
  if (k <= floor || !POSSESSIVES.has(lower(tokens[k]))) return null;
  return phraseEndingAt(tokens, k - 1, floor);
}

/**
 * An attribution that introduces a quote: `X said, “` / `X said: “` / `stressing, “` / `according to X, “`.
 * `before` is the quote's opening-mark token; the introduction is read leftwards no further than `floor`.
 * "said that “…”" does not count: the quote is then part of an indirect statement.
 */
export function attributionBefore(
  tokens: readonly Token[],
  before: number,
  floor: number,
  limit: number,
): Attribution | null {
  const last = tokens[before - 1];
  if (last === undefined || before - 1 < floor) return null;
  const introduced = last.text === "," || last.text === ":";
  const owner = last.text === ":" ? messageOwner(tokens, before - 1, floor) : null;
  if (owner !== null) return { cue: null, speaker: owner, end: before, introduced: true };
  // (Before the leftward scan: a time stamp's "3.45pm" holds a period.)
  const label = last.text === ":" ? labelledSpeaker(tokens, before - 1, floor) : null;
  if (label !== null) return { cue: null, speaker: label, end: before, introduced: true, labelled: true };
  // (Not a headline's label: a digest's excerpt is the story's own quote.)
  const dashLabel = last.text === ":" ? dashLabelledSpeaker(tokens, before - 1, floor) : null;
  if (dashLabel !== null) return { cue: null, speaker: dashLabel, end: before, introduced: true };
  let subjectFloor = floor;
  for (let k = before - 1; k >= floor && before - k <= MAX_INTRO_GAP; k--) {
    const t = tokens[k] as Token;
    // `“…,” Tory said, while Jane Roe disagreed: “…”`: a new clause with its own subject opens between the
    // colon and any verb before it; that verb is the other speaker's, the new clause's subject speaks.
    if (
      last.text === ":" &&
      tokens[k - 1]?.text === "," &&
      CLAUSE_CONJUNCTIONS.has(lower(t)) &&
      k + 1 < before
    ) {
      subjectFloor = k + 1;
      break;
    }
    // ("told BBC Radio 4's Today programme:": an apostrophe joined to a number and "s" is no quote mark.)
    const possessive =
      tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end && tokens[k + 1]?.text === "s";
    // (A party tag's stop ends no clause: "Sen. Dana Lowe, D-Conn., was more blunt: “…”", session 32.)
    if ((isQuoteMark(t) && !possessive) || (CLAUSE_END_MARKS.has(t.text) && !endsPartyTag(tokens, k)))
      return null;
    // (Not "that" before a time noun: `Later that day, Lee went further: “…”` (session 14, FIT half of seed
    // 20261241: the subject's quote after the colon had no speaker).)
    const timeAfter =
      SPEAKER_TIME_NOUNS.has(lower(tokens[k + 1])) || COUNTED_TIME_UNITS.has(lower(tokens[k + 1]));
    if (lower(t) === "that" && !timeAfter) return null;
    const afterPreposition = attributionPrepositionAt(tokens, k);
    if (afterPreposition !== null && introduced) {
      const speaker = sourceAfterPreposition(tokens, afterPreposition, before);
      if (speaker !== null) return { cue: null, speaker, end: speaker.end };
    }
    const cue = cueAt(tokens, k);
    if (cue === null || isListenersVerb(tokens, k, floor)) continue;
    // (`He said that even though the plan did not agree with policy, “…”`: "agree" only right before its mark.)
    if (AGREEING_FORMS.has(lower(tokens[k])) && cue.end < before - 1) continue;
    if (!introduced && cue.end !== before) return null;
    // "Brisco called on her to resign and said, “…”": a verb after "and" shares its clause's subject;
    // "went on to say: “…”": an infinitive, like a participle, has its clause's subject.
    const speaker = speakerOfCue(tokens, cue, floor, Math.min(limit, before));
    return { cue, speaker, end: before, introduced };
  }
  // "Hollis made the following comment: “…”": no cue, the subject of the clause speaks.
  if (last.text === ":") {
    const speaker = clauseSubject(tokens, { first: before - 1, end: before, participle: true }, subjectFloor);
    if (speaker !== null) return { cue: null, speaker, end: before, introduced: true };
  }
  return null;
}
