/**
 * What an attribution is, and what the readers of one before a quote (attribution-before.ts), after it
 * (attribution-after.ts) and around a fragment (reporting-clause.ts) share.
 */
import {
  ATTRIBUTION_PREPOSITIONS,
  POLL_SHARE_WORDS,
  READING_PARTICIPLES,
} from "../../lexicon/attribution-phrases.js";
import { STATEMENT_NOUNS } from "../../lexicon/organization-nouns.js";
import { SPEAKER_PRONOUNS } from "../../lexicon/pronouns.js";
import { APOSTROPHES } from "../../lexicon/quote-marks.js";
import { TELLING_FORMS } from "../../lexicon/reporting-verbs.js";
import { CONTRACTED_IS, PROGRESSIVE_AUXILIARIES } from "../../lexicon/verb-auxiliaries.js";
import { isEdForm } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { clauseSubject, coordinatedSubject } from "./clause-subjects.js";
import { phraseStartingAt } from "./phrase-starting.js";
import { type CuePhrase, cueAt, type SpeakerPhrase } from "./phrases.js";
import { skipAdverbsLeft } from "./speaker-gaps.js";
import { speakerOfVerb } from "./verb-speakers.js";
import { objectOfQuoting } from "./wire-attributions.js";
import { lower } from "./words.js";

/** Who a quote is attributed to and by which verb, as token ranges. */
export interface Attribution {
  cue: CuePhrase | null;
  speaker: SpeakerPhrase | null;
  /** Token index one past the attribution's last token. */
  end: number;
  /** An attribution before the quote that ends in a comma or colon: `X said, “…”`. */
  introduced?: boolean;
  /** The speaker is any short phrase before the cue, not a name, pronoun or role phrase. */
  loose?: boolean;
  /** No reporting verb: the speaker is the name opening the sentence before a quote standing alone. */
  subjectOnly?: boolean;
  /** No reporting verb: a name alone before a colon labels the quote (`Roche: “…”`). */
  labelled?: boolean;
}

/** Matches "according to" (and the like) at token i; returns the index after it. */
export function attributionPrepositionAt(tokens: readonly Token[], i: number): number | null {
  for (const words of ATTRIBUTION_PREPOSITIONS) {
    if (words.every((w, k) => lower(tokens[i + k]) === w)) return i + words.length;
  }
  return null;
}

/**
 * The source after "according to": a document's author when the document names one (`according to a statement
 * from Acme Rail`, `according to a news release issued by the police`), else the phrase itself. The brief's
 * North American web style; invented rows gave such quotes to "a statement", which names nobody.
 */
export function sourceAfterPreposition(
  tokens: readonly Token[],
  from: number,
  limit: number,
): SpeakerPhrase | null {
  const phrase = phraseStartingAt(tokens, from, limit);
  if (phrase === null || !STATEMENT_NOUNS.has(lower(tokens[phrase.end - 1]))) return phrase;
  let p = phrase.end;
  const word = tokens[p]?.text ?? "";
  if (lower(tokens[p]) === "from") p += 1;
  else if (isEdForm(word) && !READING_PARTICIPLES.has(word) && lower(tokens[p + 1]) === "by") p += 2;
  else return phrase;
  const author = phraseStartingAt(tokens, p, limit);
  const opens =
    author !== null && (author.first === p || (author.first === p + 1 && lower(tokens[p]) === "the"));
  return opens && (author.kind === "name" || author.kind === "organization") ? author : phrase;
}

/** "Resources' Wyss", "Hollis’ campaign": an apostrophe after a plural, before a word, is a possessive. */
export function isPossessiveMark(tokens: readonly Token[], c: number): boolean {
  const t = tokens[c] as Token;
  const prev = tokens[c - 1];
  const next = tokens[c + 1];
  return (
    APOSTROPHES.has(t.text) &&
    prev !== undefined &&
    prev.end === t.start &&
    /[sS]$/.test(prev.text) &&
    next !== undefined &&
    next.start > t.end &&
    next.kind === "word"
  );
}

/** "in 10", "in ten": the tail of "six in 10 voters". */
const IN_TEN = /^(?:10|ten)$/;

/**
 * Whether the subject of the cue is a share of those polled: "41 percent say", "58 percent of tenants say", "seven
 * in 10 farmers said". Read on the tokens right before the cue and right before its subject phrase.
 */
function isPollShare(tokens: readonly Token[], cue: CuePhrase, speaker: SpeakerPhrase | null): boolean {
  if (POLL_SHARE_WORDS.has(lower(tokens[cue.first - 1]))) return true;
  if (speaker === null || speaker.end > cue.first) return false;
  const before = lower(tokens[speaker.first - 1]);
  if (before === "of") return POLL_SHARE_WORDS.has(lower(tokens[speaker.first - 2]));
  // ("seven in 10 farmers": the phrase may hold the "10".)
  if (IN_TEN.test(lower(tokens[speaker.first])) && before === "in") return true;
  return IN_TEN.test(before) && lower(tokens[speaker.first - 2]) === "in";
}

/** The speaker of any cue, none for a poll's share (`41 percent say the scheme is “…”`). */
export function speakerOfCue(
  tokens: readonly Token[],
  cue: CuePhrase,
  floor: number,
  limit: number,
): SpeakerPhrase | null {
  const speaker = speakerOfAnyCue(tokens, cue, floor, limit);
  return isPollShare(tokens, cue, speaker) ? null : speaker;
}

/** The speaker of any cue: a participle's or infinitive's clause subject, a coordinated verb's, a finite one's. */
function speakerOfAnyCue(
  tokens: readonly Token[],
  cue: CuePhrase,
  floor: number,
  limit: number,
): SpeakerPhrase | null {
  const and = skipAdverbsLeft(tokens, cue.first - 1, floor);
  const quoted = objectOfQuoting(tokens, cue, floor);
  if (quoted !== null) return quoted;
  // `Ms Ferris, who was explaining that the rules were “…”, left`: a progressive's "was" is the finite verb, whose
  // subject (or relative clause's antecedent) speaks (session 15's CHECK half and session 16's brief: none before).
  if (cue.participle && isProgressiveAuxiliary(tokens, cue.first - 1))
    return speakerOfVerb(tokens, { first: cue.first - 1, end: cue.end, participle: false }, floor, limit);
  if (cue.participle || lower(tokens[cue.first - 1]) === "to") return clauseSubject(tokens, cue, floor);
  if (lower(tokens[and]) === "and" || lower(tokens[and]) === "but")
    return coordinatedSubject(tokens, and, floor);
  return speakerOfVerb(tokens, cue, floor, limit);
}

/** A form of "be" before a participle (`was explaining`, `He's predicting`), which makes it a progressive. */
function isProgressiveAuxiliary(tokens: readonly Token[], i: number): boolean {
  return PROGRESSIVE_AUXILIARIES.has(lower(tokens[i])) || isContractedIs(tokens, i);
}

/** `He's`: "'s" after a subject pronoun, an "is" (or "has"), never a possessive. */
export function isContractedIs(tokens: readonly Token[], i: number): boolean {
  return CONTRACTED_IS.has(lower(tokens[i])) && SPEAKER_PRONOUNS.has(lower(tokens[i - 1]));
}

/** Words between a reporting verb and the "who" of its listeners' relative clause: "telling anyone who asks". */
const MAX_LISTENER_TOKENS = 3;

/**
 * Whether the cue at `k` is the verb of a relative clause about the listeners of an earlier "tell"
 * (`She's telling anyone who asks that “…”`, `told reporters who asked: “…”`): the asker is the listener, and the
 * earlier verb's subject speaks (issue 11's brief: such quotes had no speaker). Not after a comma (`Ann Lee, who
 * said “…”` is hers), nor a cleft's "who" (`It was Lee who said “…”`: no reporting verb before it).
 */
export function isListenersVerb(tokens: readonly Token[], k: number, floor: number): boolean {
  const who = k - 1;
  if (lower(tokens[who]) !== "who" || tokens[who - 1]?.text === ",") return false;
  for (let j = who - 1; j >= Math.max(floor, who - 1 - MAX_LISTENER_TOKENS); j--) {
    const t = tokens[j] as Token;
    if (t.kind !== "word") return false;
    // (A form of "tell" only: `said one official who claimed …` is the official's own clause; Reuters.)
    if (cueAt(tokens, j) !== null) return j < who - 1 && TELLING_FORMS.has(lower(t));
  }
  return false;
}
