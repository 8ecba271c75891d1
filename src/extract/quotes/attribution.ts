import {
  ATTRIBUTION_PREPOSITIONS,
  CHARACTERIZING_VERBS,
  CLAUSE_CONJUNCTIONS,
  PASSIVE_AUXILIARIES,
} from "../../lexicon/attribution-phrases.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { REPORTING_VERB_BASES } from "../../lexicon/reporting-verbs.js";
import type { Token } from "../../types.js";
import {
  appositiveAfter,
  determinerPhrase,
  LINKING,
  pastTranslation,
  possessedRoleComma,
  verbSoonAfter,
} from "./between.js";
import { type CuePhrase, cueAt, phraseEndingAt, phraseStartingAt, type SpeakerPhrase } from "./phrases.js";
import {
  clauseSubject,
  coordinatedSubject,
  describedSpeaker,
  plainPhrase,
  skipAdverbsLeft,
  speakerOfVerb,
} from "./subjects.js";
import { labelledSpeaker, objectOfQuoting, quotedAsSaying } from "./wire-attributions.js";
import { headKind } from "./words.js";

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

const TERMINAL = new Set([".", "!", "?", ";"]);
/** Dashes that sign a quote with a bare name: `“…” ― Pamela Padilla`. */
const SIGNING_DASHES = new Set(["—", "–", "―", "--"]);
/** Punctuation inside the closing mark that lets the sentence go on: `“We will,” he said`. */
const OPEN_ENDED = new Set([",", "?", "!", "—", "–", "-", "--", "…", "..."]);
const POSSESSIVE_MARKS = new Set(["'", "’"]);
const MAX_INTRO_GAP = 10;
const MAX_GARBLED_TOKENS = 6;
const MAX_RIGHT_WINDOW = 20;
/** Tokens before a sentence's main reporting verb: "Ann Lee, the chief executive of Acme, said …". */
const MAX_MAIN_CLAUSE_TOKENS = 16;

const lower = (t: Token | undefined): string => (t === undefined ? "" : t.text.toLowerCase());
const isMark = (t: Token | undefined): boolean => t !== undefined && QUOTE_MARKS.has(t.text);

/** Matches "according to" (and the like) at token i; returns the index after it. */
function attributionPrepositionAt(tokens: readonly Token[], i: number): number | null {
  for (const words of ATTRIBUTION_PREPOSITIONS) {
    if (words.every((w, k) => lower(tokens[i + k]) === w)) return i + words.length;
  }
  return null;
}

/** "Resources' Wyss", "Sanders’ campaign": an apostrophe after a plural, before a word, is a possessive. */
function isPossessiveMark(tokens: readonly Token[], c: number): boolean {
  const t = tokens[c] as Token;
  const prev = tokens[c - 1];
  const next = tokens[c + 1];
  return (
    POSSESSIVE_MARKS.has(t.text) &&
    prev !== undefined &&
    prev.end === t.start &&
    /[sS]$/.test(prev.text) &&
    next !== undefined &&
    next.start > t.end &&
    next.kind === "word"
  );
}

/**
 * Whether token `c` ends a sentence: a period before a comma or a lower-case word does not
 * ("Mitch McConnell, R-Ky., said").
 */
function endsSentence(tokens: readonly Token[], c: number): boolean {
  const t = tokens[c] as Token;
  if (!TERMINAL.has(t.text)) return false;
  if (t.text !== ".") return true;
  const next = tokens[c + 1];
  return next === undefined || !(next.text === "," || /^\p{Ll}/u.test(next.text));
}

/** Whether the sentence may go on after the quote: `“We will,” he said` but not `“We will.” He said`. */
function openEnded(tokens: readonly Token[], closeToken: number): boolean {
  const inside = tokens[closeToken - 1];
  const after = tokens[closeToken + 1];
  if (after === undefined) return false;
  if (LINKING.has(after.text)) return true;
  if (inside !== undefined && OPEN_ENDED.has(inside.text)) return true;
  if (inside !== undefined && TERMINAL.has(inside.text))
    return /^\p{Ll}/u.test(after.text) || shortAttributionSentence(tokens, closeToken + 1);
  return true;
}

/**
 * `“… missing.” Trump said.`: a name or pronoun and a reporting verb that end the sentence at once are the
 * quote's attribution, not a new statement (`“… missing.” Trump said the emails …` is one).
 */
function shortAttributionSentence(tokens: readonly Token[], from: number): boolean {
  const limit = Math.min(tokens.length, from + 8);
  for (let c = from + 1; c < limit; c++) {
    const cue = cueAt(tokens, c);
    if (cue === null) continue;
    if (cue.participle) return false;
    const speaker = phraseEndingAt(tokens, skipAdverbsLeft(tokens, c - 1, from), from);
    return speaker !== null && speaker.first === from && /^[.!?]$/.test(tokens[cue.end]?.text ?? "");
  }
  return false;
}

/** Tokens of a description after a signing name: "— Jason Roe, chief economist at Acme Bank of Canada." */
const MAX_SIGNER_DESCRIPTION = 16;

/**
 * `” — Jane Roe, the union's lawyer.`: a description after a signing name that runs to the paragraph's end (or the
 * next quote) with no reporting verb and no quote in it, so the dash signs the quote with no verb.
 */
function signerDescription(tokens: readonly Token[], from: number, limit: number): boolean {
  if (limit - from > MAX_SIGNER_DESCRIPTION || from >= limit) return false;
  for (let k = from; k < limit; k++) {
    const t = tokens[k] as Token;
    if (isMark(t) && !isPossessiveMark(tokens, k)) return false;
    if (TERMINAL.has(t.text)) return k === limit - 1;
    if (cueAt(tokens, k) !== null) return false;
  }
  return true;
}

/**
 * An attribution right after a quote: `”, the Iranian president added` / `” said Frank` /
 * `”, according to officials` / `” Trump, who ..., said`.
 */
export function attributionAfter(
  tokens: readonly Token[],
  closeToken: number,
  limit: number,
): Attribution | null {
  if (!openEnded(tokens, closeToken)) return null;
  let i = closeToken + 1;
  while (i < limit && LINKING.has((tokens[i] as Token).text)) i += 1;
  // `“Kami tidak akan menyerah,” (We will not give up) Ahmad said`: a translation in parentheses (Malaysian
  // and Philippine papers quoting Malay or Filipino) stands between the quote and its attribution.
  i = pastTranslation(tokens, i, limit);
  if (i >= limit) return null;
  const afterPreposition = attributionPrepositionAt(tokens, i);
  if (afterPreposition !== null) {
    const speaker = phraseStartingAt(tokens, afterPreposition, limit);
    return speaker === null ? null : { cue: null, speaker, end: speaker.end };
  }
  if (SIGNING_DASHES.has((tokens[i - 1] as Token).text)) {
    const signer = phraseStartingAt(tokens, i, limit);
    const after = tokens[signer?.end ?? -1];
    if (
      signer?.kind === "name" &&
      (signer.end >= limit ||
        after === undefined ||
        TERMINAL.has(after.text) ||
        isMark(after) ||
        (after.text === "," && signerDescription(tokens, signer.end + 1, limit)))
    ) {
      return { cue: null, speaker: signer, end: signer.end };
    }
  }
  const inverted = cueAt(tokens, i);
  // `“empty talk,” saying the government had failed`: what follows a participle is what was said, never
  // who said it (the clause's subject before the quote is, read as a fragment's reporting clause).
  if (inverted?.participle === true) return null;
  const invertedSpeaker = inverted === null ? null : phraseStartingAt(tokens, inverted.end, limit);
  // `”, state media quoted Li as saying`: a base form ("say police" inverts) with another verb right after the
  // noun it opens is an adjective or a noun, not the cue.
  const baseNotVerb =
    inverted !== null &&
    REPORTING_VERB_BASES.has(lower(tokens[inverted.first])) &&
    verbSoonAfter(tokens, (invertedSpeaker ?? inverted).end, limit);
  if (inverted !== null && !baseNotVerb) {
    const speaker = invertedSpeaker;
    // "said the former minister, Estelle Morris.": the name in apposition names the speaker; so after a noun
    // that is no role ("added her brother, Hemi Ngata.").
    const described = speaker ?? determinerPhrase(tokens, inverted.end, limit);
    const appositive =
      (described?.kind === "role" || speaker === null) &&
      described !== null &&
      tokens[described.end]?.text === ","
        ? phraseStartingAt(tokens, described.end + 1, limit)
        : null;
    const closes = (t: Token | undefined): boolean =>
      t === undefined || /^[.,;!?]$/.test(t.text) || isMark(t);
    if (
      appositive?.kind === "name" &&
      appositive.first === (described?.end ?? 0) + 1 &&
      closes(tokens[appositive.end])
    )
      return { cue: inverted, speaker: appositive, end: appositive.end };
    // "said Medilink's head of health, Jane Roe.": the organization's role holder, named in apposition.
    const roleComma = speaker?.kind === "name" ? possessedRoleComma(tokens, speaker.end, limit) : null;
    const holder = roleComma === null ? null : phraseStartingAt(tokens, roleComma + 1, limit);
    if (holder?.kind === "name" && holder.first === (roleComma as number) + 1 && closes(tokens[holder.end]))
      return { cue: inverted, speaker: holder, end: holder.end };
    return { cue: inverted, speaker, end: speaker?.end ?? inverted.end };
  }
  for (let c = i + 1; c < limit && c - i <= MAX_RIGHT_WINDOW; c++) {
    const t = tokens[c] as Token;
    if (t.text === "(") {
      // "(D-Ore.)": a parenthesis may hold periods that do not end the sentence.
      let close = c + 1;
      while (close < limit && close - c < 12 && tokens[close]?.text !== ")") close += 1;
      if (tokens[close]?.text === ")") {
        c = close;
        continue;
      }
    }
    if (endsSentence(tokens, c) || (isMark(t) && !isPossessiveMark(tokens, c))) return null;
    const cue = cueAt(tokens, c);
    if (cue === null) continue;
    const quoted = quotedAsSaying(tokens, cue, limit);
    if (quoted !== null) return { cue, speaker: quoted, end: quoted.end + 2 };
    const speaker = speakerOfVerb(tokens, cue, i, limit);
    if (speaker !== null && speaker.first === i) return { cue, speaker, end: cue.end };
    const described = describedSpeaker(tokens, i, c);
    if (described === null) {
      // "a narrator in the ad asks": any short phrase, a looser guess than the ones above; else the name
      // right before the verb when what precedes it is garbled ("President FranÃÂ§ois Hollande said").
      const plain = plainPhrase(tokens, i, c);
      if (plain !== null) return { cue, speaker: plain, end: cue.end, loose: true };
      const near = speaker?.kind === "name" && speaker.first - i <= MAX_GARBLED_TOKENS;
      return near ? { cue, speaker, end: cue.end, loose: true } : null;
    }
    // "the Labour leader, Ed Miliband, said": the appositive name is the better speaker phrase.
    // ("the Minister for Health, Mary Harney, said": past the role's own short complement.)
    if (
      described?.kind === "role" &&
      speaker?.kind === "name" &&
      appositiveAfter(tokens, described.end, speaker.first) &&
      // (The closing comma is sometimes left out: "another friend, Mia Emara told CTV".)
      (tokens[speaker.end]?.text === "," || speaker.end === skipAdverbsLeft(tokens, c - 1, i) + 1)
    )
      return { cue, speaker, end: cue.end };
    return { cue, speaker: described, end: cue.end };
  }
  return null;
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
  // (Before the leftward scan: a time stamp's "3.45pm" holds a period.)
  const label = last.text === ":" ? labelledSpeaker(tokens, before - 1, floor) : null;
  if (label !== null) return { cue: null, speaker: label, end: before, introduced: true, labelled: true };
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
    if ((isMark(t) && !possessive) || TERMINAL.has(t.text)) return null;
    if (lower(t) === "that") return null;
    const afterPreposition = attributionPrepositionAt(tokens, k);
    if (afterPreposition !== null && introduced) {
      const speaker = phraseStartingAt(tokens, afterPreposition, before);
      if (speaker !== null) return { cue: null, speaker, end: speaker.end };
    }
    const cue = cueAt(tokens, k);
    if (cue === null) continue;
    if (!introduced && cue.end !== before) return null;
    // "Trump called on her to resign and said, “…”": a verb after "and" shares its clause's subject;
    // "went on to say: “…”": an infinitive, like a participle, has its clause's subject.
    const speaker = speakerOfCue(tokens, cue, floor, Math.min(limit, before));
    return { cue, speaker, end: before, introduced };
  }
  // "Sanders made the following comment: “…”": no cue, the subject of the clause speaks.
  if (last.text === ":") {
    const speaker = clauseSubject(tokens, { first: before - 1, end: before, participle: true }, subjectFloor);
    if (speaker !== null) return { cue: null, speaker, end: before, introduced: true };
  }
  return null;
}

/**
 * The reporting clause a quote inside the writer's own sentence belongs to: `Smith said the plan was
 * “dead on arrival”`, `He told reporters that it was “a disgrace”`, `Lee said the deal was done.` before a
 * quote standing alone. The nearest reporting verb in `[floor, before)` with its speaker; null for none.
 */
export function reportingClause(
  tokens: readonly Token[],
  floor: number,
  before: number,
  mainClause = false,
): Attribution | null {
  if (mainClause) {
    // A whole sentence before a quote: its main clause's verb, near its start ("Lawson said there was a risk
    // … if member states did not implement …"), not the last verb of a clause inside it.
    for (let k = floor; k < before; k++) if (isMark(tokens[k])) return null;
    for (let k = floor; k < Math.min(before, floor + MAX_MAIN_CLAUSE_TOKENS); k++) {
      const cue = cueAt(tokens, k);
      if (cue === null || cue.participle) continue;
      const speaker = speakerOfCue(tokens, cue, floor, before);
      return speaker === null ? null : { cue, speaker, end: before };
    }
    return null;
  }
  let possessiveAt = -1;
  for (let k = before - 1; k >= floor; k--) {
    // (Not a possessive's apostrophe: `Clarke said the Tories' policy was 'unworkable'`.)
    if (isMark(tokens[k])) {
      if (!isPossessiveMark(tokens, k)) return null;
      possessiveAt = k;
    }
    // `According to Smith, the plan is “dead.”`: the source named before the statement.
    const afterPreposition = attributionPrepositionAt(tokens, k);
    if (afterPreposition !== null) {
      const speaker = phraseStartingAt(tokens, afterPreposition, before);
      if (speaker !== null && tokens[speaker.end]?.text === ",") return { cue: null, speaker, end: before };
    }
    const cue = cueAt(tokens, k);
    if (cue === null) {
      // (A labelling verb with no subject names a thing, "a product called “Changes”": read on.)
      const label = characterizingAt(tokens, k);
      const labeller = label === null ? null : speakerOfCue(tokens, label, floor, before);
      // Only a subject before the verb and governed by no preposition labels: `what the MPs called “…”`,
      // not `a service from Europe called “Quick Call”` nor `a firm called Acme “may buy …”`.
      if (
        label !== null &&
        labeller !== null &&
        labeller.end <= k &&
        !PREPOSITIONS.has(lower(tokens[labeller.first - 1]))
      )
        return { cue: label, speaker: asGroup(tokens, labeller), end: before };
      continue;
    }
    const speaker = speakerOfCue(tokens, cue, floor, before);
    // (Not the possessive's name after the verb, inside the reported clause: `another trader said the Hafts'
    // bid seemed “fair”` is the trader's, not the Hafts'.)
    if (speaker !== null && possessiveAt >= 0 && speaker.first >= cue.end && speaker.first < possessiveAt)
      return null;
    return speaker === null ? null : { cue, speaker, end: before };
  }
  return null;
}

/**
 * `Critics called the plan “a disaster”`: a one-word "name" opening the sentence that is a noun for people is a
 * role or group phrase, which names nobody by itself.
 */
function asGroup(tokens: readonly Token[], phrase: SpeakerPhrase): SpeakerPhrase {
  if (phrase.kind !== "name" || phrase.end - phrase.first !== 1) return phrase;
  const kind = headKind(tokens[phrase.first]);
  return kind === null ? phrase : { ...phrase, kind };
}

/** A verb that labels in the subject's words (`Lee called the plan “a rehash”`), not a passive one. */
function characterizingAt(tokens: readonly Token[], k: number): CuePhrase | null {
  if (!CHARACTERIZING_VERBS.has(lower(tokens[k])) || PASSIVE_AUXILIARIES.has(lower(tokens[k - 1])))
    return null;
  return { first: k, end: k + 1, participle: false };
}

/** The speaker of any cue: a participle's or infinitive's clause subject, a coordinated verb's, a finite one's. */
function speakerOfCue(
  tokens: readonly Token[],
  cue: CuePhrase,
  floor: number,
  limit: number,
): SpeakerPhrase | null {
  const and = skipAdverbsLeft(tokens, cue.first - 1, floor);
  const quoted = objectOfQuoting(tokens, cue, floor);
  if (quoted !== null) return quoted;
  if (cue.participle || lower(tokens[cue.first - 1]) === "to") return clauseSubject(tokens, cue, floor);
  if (lower(tokens[and]) === "and" || lower(tokens[and]) === "but")
    return coordinatedSubject(tokens, and, floor);
  return speakerOfVerb(tokens, cue, floor, limit);
}
