import {
  ATTRIBUTION_PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SPEAKER_DETERMINERS,
} from "../../lexicon/attribution-phrases.js";
import { QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { SPEAKER_ADVERBS } from "../../lexicon/speaker-adverbs.js";
import type { Token } from "../../types.js";
import { type CuePhrase, cueAt, phraseEndingAt, phraseStartingAt, type SpeakerPhrase } from "./phrases.js";

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
}

const TERMINAL = new Set([".", "!", "?", ";"]);
/** Punctuation that may stand between a quote and an attribution after it: `”, he said` `” — he said`. */
const LINKING = new Set([",", "—", "–", "-", "--", "―"]);
/** Dashes that sign a quote with a bare name: `“…” ― Pamela Padilla`. */
const SIGNING_DASHES = new Set(["—", "–", "―", "--"]);
/** Punctuation inside the closing mark that lets the sentence go on: `“We will,” he said`. */
const OPEN_ENDED = new Set([",", "?", "!", "—", "–", "-", "--", "…", "..."]);
const VERB_AUXILIARIES = new Set(["is", "was", "has", "had", "will", "would", "can", "could", "did", "does"]);
const POSSESSIVE_MARKS = new Set(["'", "’"]);
/** Prepositions that open an appositive about the speaker: "Mr Smith, from Leeds, said". */
const APPOSITIVE_PREPOSITIONS = new Set(["from", "of", "in", "at", "with", "for"]);
const MAX_INTRO_GAP = 10;
const MAX_GARBLED_TOKENS = 6;
const MAX_RIGHT_WINDOW = 20;

const lower = (t: Token | undefined): string => (t === undefined ? "" : t.text.toLowerCase());
const isMark = (t: Token | undefined): boolean => t !== undefined && QUOTE_MARKS.has(t.text);

/** Steps left over adverbs ("also said") and a parenthesis ("Rep. Gwen Moore (D-Wis.) said"). */
function skipAdverbsLeft(tokens: readonly Token[], i: number, floor: number): number {
  let k = i;
  for (;;) {
    if (k >= floor && SPEAKER_ADVERBS.has(lower(tokens[k]))) k -= 1;
    else if (k >= floor && tokens[k]?.text === ")") {
      let open = k - 1;
      while (open >= floor && k - open < 12 && tokens[open]?.text !== "(") open -= 1;
      if (open < floor || tokens[open]?.text !== "(") return k;
      k = open - 1;
    } else return k;
  }
}

/** Words after which a speaker's name is followed by what qualifies it: "Mr. Morgan of the Sierra Club". */
const POSTMODIFIER_STARTS = new Set([",", "(", "of", "for", "at", "from", "with", "in", "who", "on"]);

/**
 * The speaker at the start of an attribution that may carry descriptors before the name ("Trump lawyer
 * Marc Kasowitz said", "Senate Majority Leader Mitch McConnell, R-Ky., said", "Mr. Morgan of the Sierra
 * Club said"): the phrase that ends where the first qualifier starts, if only words come before it.
 */
function describedSpeaker(tokens: readonly Token[], from: number, cue: number): SpeakerPhrase | null {
  let stop = from;
  while (stop < cue && !POSTMODIFIER_STARTS.has(lower(tokens[stop]))) stop += 1;
  const last = skipAdverbsLeft(tokens, stop - 1, from);
  const phrase = phraseEndingAt(tokens, last, from);
  if (phrase === null) return null;
  for (let k = from; k < phrase.first; k++) {
    // "Data Resources' Wyss said": a plural possessive mark is part of the descriptor.
    if (tokens[k]?.kind !== "word" && !POSSESSIVE_MARKS.has(tokens[k]?.text ?? "")) return null;
  }
  return phrase;
}

/** A short noun phrase of any words before a cue ("my father often said", "a narrator asks"). */
function plainPhrase(tokens: readonly Token[], from: number, cue: number): SpeakerPhrase | null {
  const last = skipAdverbsLeft(tokens, cue - 1, from);
  if (last < from || last - from >= 5) return null;
  const first = tokens[from] as Token;
  if (!SPEAKER_DETERMINERS.has(lower(first)) && !/^\p{Lu}/u.test(first.text)) return null;
  for (let k = from; k <= last; k++) if (tokens[k]?.kind !== "word") return null;
  return { first: from, end: last + 1, kind: "role" };
}

/** Matches "according to" (and the like) at token i; returns the index after it. */
function attributionPrepositionAt(tokens: readonly Token[], i: number): number | null {
  for (const words of ATTRIBUTION_PREPOSITIONS) {
    if (words.every((w, k) => lower(tokens[i + k]) === w)) return i + words.length;
  }
  return null;
}

/**
 * The speaker of a finite reporting verb at `verb`: the phrase before it ("the Iranian president added",
 * "Trump also said", "Armstrong Williams, who ..., said"), else the phrase after it ("said Frank").
 */
export function speakerOfVerb(
  tokens: readonly Token[],
  verb: CuePhrase,
  floor: number,
  limit: number,
): SpeakerPhrase | null {
  const k = skipAdverbsLeft(tokens, verb.first - 1, floor);
  if (tokens[k]?.text === ",") {
    // Appositives or relative clauses between speaker and verb: ", who ..., said" / ", a spokesman, said" /
    // "Mr Smith, 45, from Leeds, said": step back over each such comma-delimited part.
    let segmentEnd = k;
    for (let hops = 0; hops < 3; hops++) {
      let comma = segmentEnd - 1;
      while (comma >= floor && comma > segmentEnd - 16 && tokens[comma]?.text !== ",") comma -= 1;
      if (comma < floor || tokens[comma]?.text !== ",") break;
      const opener = lower(tokens[comma + 1]);
      if (
        !RELATIVE_PRONOUNS.has(opener) &&
        !SPEAKER_DETERMINERS.has(opener) &&
        !APPOSITIVE_PREPOSITIONS.has(opener) &&
        tokens[comma + 1]?.kind !== "number"
      )
        break;
      const before = phraseEndingAt(tokens, comma - 1, floor);
      if (before !== null) return before;
      segmentEnd = comma;
    }
    const inside = phraseEndingAt(tokens, k - 1, floor);
    if (inside !== null) return inside;
  }
  const before = phraseEndingAt(tokens, k, floor);
  if (before !== null) return before;
  return phraseStartingAt(tokens, verb.end, limit);
}

function isVerbLike(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word" || !/^\p{Ll}/u.test(t.text)) return false;
  return (
    t.text.endsWith("ed") || VERB_AUXILIARIES.has(t.text) || cueAt([t], 0) !== null || /[^s]s$/.test(t.text)
  );
}

/**
 * The subject of the clause a participle cue hangs from ("The president also voiced concern ..., saying"):
 * the speaker of the nearest finite reporting verb before it, else the first phrase at the start of the
 * sentence or after a comma that is followed by a verb.
 */
export function clauseSubject(tokens: readonly Token[], cue: CuePhrase, floor: number): SpeakerPhrase | null {
  for (let k = cue.first - 1; k >= floor; k--) {
    if (isMark(tokens[k])) break;
    const verb = cueAt(tokens, k);
    if (verb !== null && !verb.participle) {
      const speaker = speakerOfVerb(tokens, verb, floor, cue.first);
      if (speaker !== null) return speaker;
    }
  }
  for (let s = floor; s < cue.first; s++) {
    if (s !== floor && tokens[s - 1]?.text !== ",") continue;
    const phrase = phraseStartingAt(tokens, s, cue.first);
    if (phrase === null) continue;
    const after = tokens[phrase.end];
    let v = phrase.end;
    while (
      v < cue.first &&
      (lower(tokens[v]) === "also" || lower(tokens[v]) === "then" || lower(tokens[v]) === "finally")
    )
      v += 1;
    if (after !== undefined && isVerbLike(tokens[v])) return phrase;
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

/**
 * The subject of the verb before a coordinating "and" at `and`: the nearest name, pronoun or role phrase,
 * read leftwards, that a verb follows ("he supported Obama over Clinton and said" → "he", not "Clinton").
 */
function coordinatedSubject(tokens: readonly Token[], and: number, floor: number): SpeakerPhrase | null {
  for (let k = and - 1; k >= floor; k--) {
    if (isMark(tokens[k])) return null;
    const phrase = phraseEndingAt(tokens, k, floor);
    if (phrase === null) continue;
    let v = k + 1;
    while (v < and && SPEAKER_ADVERBS.has(lower(tokens[v]))) v += 1;
    if (v < and && isVerbLike(tokens[v])) return phrase;
    k = phrase.first;
  }
  return null;
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
      (signer.end >= limit || after === undefined || TERMINAL.has(after.text) || isMark(after))
    ) {
      return { cue: null, speaker: signer, end: signer.end };
    }
  }
  const inverted = cueAt(tokens, i);
  if (inverted !== null) {
    const speaker = phraseStartingAt(tokens, inverted.end, limit);
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
    if (
      described?.kind === "role" &&
      speaker?.kind === "name" &&
      speaker.first === described.end + 1 &&
      tokens[described.end]?.text === "," &&
      tokens[speaker.end]?.text === ","
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
  for (let k = before - 1; k >= floor && before - k <= MAX_INTRO_GAP; k--) {
    const t = tokens[k] as Token;
    if (isMark(t) || TERMINAL.has(t.text)) return null;
    if (lower(t) === "that") return null;
    const afterPreposition = attributionPrepositionAt(tokens, k);
    if (afterPreposition !== null && introduced) {
      const speaker = phraseStartingAt(tokens, afterPreposition, before);
      if (speaker !== null) return { cue: null, speaker, end: speaker.end };
    }
    const cue = cueAt(tokens, k);
    if (cue === null) continue;
    if (!introduced && cue.end !== before) return null;
    // "Trump called on her to resign and said, “…”": a verb after "and" shares its clause's subject.
    const and = skipAdverbsLeft(tokens, cue.first - 1, floor);
    const speaker = cue.participle
      ? clauseSubject(tokens, cue, floor)
      : lower(tokens[and]) === "and"
        ? coordinatedSubject(tokens, and, floor)
        : speakerOfVerb(tokens, cue, floor, Math.min(limit, before));
    return { cue, speaker, end: before, introduced };
  }
  // "Sanders made the following comment: “…”": no cue, the subject of the clause speaks.
  if (last.text === ":") {
    const speaker = clauseSubject(tokens, { first: before - 1, end: before, participle: true }, floor);
    if (speaker !== null) return { cue: null, speaker, end: before, introduced: true };
  }
  return null;
}
