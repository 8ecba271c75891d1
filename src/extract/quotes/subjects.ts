/**
 * Who speaks, read from the words around a reporting verb: the phrase before it (with appositives and
 * relative clauses skipped), the phrase after an inverted verb, or the subject of the clause a participle
 * or a coordinated verb hangs from.
 */
import {
  APPOSITIVE_PREPOSITIONS,
  DATE_WORDS,
  RELATIVE_PRONOUNS,
  SPEAKER_DETERMINERS,
} from "../../lexicon/attribution-phrases.js";
import { IRREGULAR_PAST } from "../../lexicon/irregular-past.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { SPEAKER_ADVERBS } from "../../lexicon/speaker-adverbs.js";
import { VERB_AUXILIARIES } from "../../lexicon/verb-auxiliaries.js";
import type { Token } from "../../types.js";
import { describesPerson, personBeforeEmployer } from "./employers.js";
import { type CuePhrase, cueAt, phraseEndingAt, phraseStartingAt, type SpeakerPhrase } from "./phrases.js";

/** Words opening a main clause before its subject (not "When", "If": a subordinate clause's subject is not the speaker). */
const SENTENCE_OPENERS = new Set([
  "Then",
  "And",
  "But",
  "So",
  "Later",
  "Finally",
  "Meanwhile",
  "Still",
  "Now",
]);
/** Adverbs between a clause's subject and its verb ("Ann Lee immediately posted …, saying"). */
const CLAUSE_ADVERBS = new Set(["also", "then", "finally", "immediately", "quickly", "later", "again"]);
const PARENTHETICAL_ADVERBS = new Set(["however", "though", "too", "meanwhile", "instead"]);
const POSSESSIVE_MARKS = new Set(["'", "’"]);

const lower = (t: Token | undefined): string => (t === undefined ? "" : t.text.toLowerCase());
const isMark = (t: Token | undefined): boolean => t !== undefined && QUOTE_MARKS.has(t.text);

/**
 * An adverb between a speaker and its verb: a listed one ("also"), any lower-case -ly word ("emphatically"),
 * or a day after "later"/"earlier" ("Brenner later Thursday told").
 */
function isAdverbAt(tokens: readonly Token[], k: number): boolean {
  const w = lower(tokens[k]);
  if (SPEAKER_ADVERBS.has(w)) return true;
  // (Not a noun after a determiner: "the family said", "an ally said".)
  if (/^\p{Ll}{3,}ly$/u.test(tokens[k]?.text ?? "")) return !SPEAKER_DETERMINERS.has(lower(tokens[k - 1]));
  return DATE_WORDS.has(w) && SPEAKER_ADVERBS.has(lower(tokens[k - 1]));
}

/** Steps left over adverbs ("also said") and a parenthesis ("Rep. Gwen Moore (D-Wis.) said"). */
export function skipAdverbsLeft(tokens: readonly Token[], i: number, floor: number): number {
  let k = i;
  for (;;) {
    if (k >= floor && isAdverbAt(tokens, k)) k -= 1;
    else if (k >= floor && tokens[k]?.text === ")") {
      let open = k - 1;
      while (open >= floor && k - open < 12 && tokens[open]?.text !== "(") open -= 1;
      if (open < floor || tokens[open]?.text !== "(") return k;
      k = open - 1;
    } else return k;
  }
}

/**
 * Tokens an appositive between a speaker and its verb may hold: "Tom Baxter, a veteran media consultant who
 * earlier in the year had tried to organize a rival campaign, said".
 */
const MAX_APPOSITIVE_TOKENS = 30;

/** Words after which a speaker's name is followed by what qualifies it: "Mr. Morgan of the Sierra Club". */
const POSTMODIFIER_STARTS = new Set([",", "(", "of", "for", "at", "from", "with", "in", "who", "on"]);

/**
 * The speaker at the start of an attribution that may carry descriptors before the name ("Trump lawyer
 * Marc Kasowitz said", "Senate Majority Leader Mitch McConnell, R-Ky., said", "Mr. Morgan of the Sierra
 * Club said"): the phrase that ends where the first qualifier starts, if only words come before it.
 */
export function describedSpeaker(tokens: readonly Token[], from: number, cue: number): SpeakerPhrase | null {
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
export function plainPhrase(tokens: readonly Token[], from: number, cue: number): SpeakerPhrase | null {
  const last = skipAdverbsLeft(tokens, cue - 1, from);
  if (last < from || last - from >= 5) return null;
  const first = tokens[from] as Token;
  if (!SPEAKER_DETERMINERS.has(lower(first)) && !/^\p{Lu}/u.test(first.text)) return null;
  for (let k = from; k <= last; k++) if (tokens[k]?.kind !== "word") return null;
  return { first: from, end: last + 1, kind: "role" };
}

/** The phrase ending right before the comma at `k` (a person before an employer preferred). */
function speakerBeforeComma(tokens: readonly Token[], k: number, floor: number): SpeakerPhrase | null {
  const inside = phraseEndingAt(tokens, skipAdverbsLeft(tokens, k - 1, floor), floor);
  return inside === null ? null : (personBeforeEmployer(tokens, inside, floor) ?? inside);
}

/**
 * `Wike, who spoke through his spokesman, Kelvin Ebiri, said`: a name in apposition at the end of a relative
 * clause is no subject; the name before the clause is. `comma` opens the name's part.
 */
function subjectBeforeRelative(tokens: readonly Token[], comma: number, floor: number): SpeakerPhrase | null {
  let open = comma - 1;
  while (open >= floor && comma - open < MAX_APPOSITIVE_TOKENS && tokens[open]?.text !== ",") open -= 1;
  if (open < floor || tokens[open]?.text !== "," || !RELATIVE_PRONOUNS.has(lower(tokens[open + 1])))
    return null;
  const subject = phraseEndingAt(tokens, open - 1, floor);
  return subject?.kind === "name" ? subject : null;
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
      while (comma >= floor && comma > segmentEnd - MAX_APPOSITIVE_TOKENS && tokens[comma]?.text !== ",")
        comma -= 1;
      if (comma < floor || tokens[comma]?.text !== ",") break;
      const opener = lower(tokens[comma + 1]);
      // "Mike Dunn, pastor of the Grace Church and a Scheer supporter, said": a segment that ends in a
      // noun for a person describes the one before it.
      const endsInPerson = phraseEndingAt(tokens, segmentEnd - 1, comma + 1)?.kind === "role";
      if (
        !endsInPerson &&
        !RELATIVE_PRONOUNS.has(opener) &&
        !SPEAKER_DETERMINERS.has(opener) &&
        !APPOSITIVE_PREPOSITIONS.has(opener) &&
        tokens[comma + 1]?.kind !== "number" &&
        // "Ann Lee, chief executive of the Lumber Union, said", British style without "the".
        !describesPerson(tokens, comma + 1, segmentEnd) &&
        // "Ann Lee, prosecuting, said", "The letter, seen by Sportsmail, reads": a participle's clause.
        !/^\p{Ll}+(?:ed|ing|en)$/u.test(tokens[comma + 1]?.text ?? "")
      ) {
        const relative = subjectBeforeRelative(tokens, comma, floor);
        if (relative !== null) return relative;
        break;
      }
      // ("Sen. Rick Dean (D-Ill.), noting …, said": past the parenthesis.)
      const before = phraseEndingAt(tokens, skipAdverbsLeft(tokens, comma - 1, floor), floor);
      if (before !== null) return before;
      segmentEnd = comma;
    }
    const inside = speakerBeforeComma(tokens, k, floor);
    if (inside !== null) return inside;
  }
  const before = phraseEndingAt(tokens, k, floor);
  if (before !== null) return personBeforeEmployer(tokens, before, floor) ?? before;
  return phraseStartingAt(tokens, verb.end, limit);
}

function isVerbLike(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word" || !/^\p{Ll}/u.test(t.text)) return false;
  return (
    t.text.endsWith("ed") ||
    VERB_AUXILIARIES.has(t.text) ||
    IRREGULAR_PAST.has(t.text) ||
    cueAt([t], 0) !== null ||
    /[^s]s$/.test(t.text)
  );
}

/**
 * The subject of the clause a participle cue hangs from ("The president also voiced concern ..., saying"):
 * the speaker of the nearest finite reporting verb before it, else the first phrase at the start of the
 * sentence or after a comma that is followed by a verb.
 */
export function clauseSubject(tokens: readonly Token[], cue: CuePhrase, floor: number): SpeakerPhrase | null {
  // "with Trump reportedly yelling:", "the crowd chanting": a phrase right before the participle is its subject.
  // (Not the object of a preposition: "responded on Facebook writing"; "with" makes a clause of its own.)
  if (cue.participle && tokens[cue.first]?.kind === "word") {
    const last = skipAdverbsLeft(tokens, cue.first - 1, floor);
    const right = last >= floor ? phraseEndingAt(tokens, last, floor) : null;
    const governor = lower(tokens[(right?.first ?? 0) - 1]);
    // (Not a day: "issued a statement Tuesday saying".)
    const day = right !== null && right.end - right.first === 1 && DATE_WORDS.has(lower(tokens[right.first]));
    // "footage of Jane Roe asking,", "a clip of Roe saying": "of" makes the name the participle's subject too.
    const governs = PREPOSITIONS.has(governor) && governor !== "with" && governor !== "of";
    if (right?.kind === "name" && !day && !governs) return right;
  }
  for (let k = cue.first - 1; k >= floor; k--) {
    // Marks here are a fragment's (a direct quote before would have raised the floor past it).
    if (isMark(tokens[k])) continue;
    const verb = cueAt(tokens, k);
    if (verb !== null && !verb.participle) {
      const speaker = speakerOfVerb(tokens, verb, floor, cue.first);
      if (speaker !== null) return speaker;
    }
  }
  for (let s = floor; s < cue.first; s++) {
    // (Or after an opening "Then", "And", "But": "Then Trump went on the attack, saying".)
    const opener = s === floor + 1 && SENTENCE_OPENERS.has(tokens[floor]?.text ?? "");
    if (s !== floor && tokens[s - 1]?.text !== "," && !opener) continue;
    const phrase = phraseStartingAt(tokens, s, cue.first);
    if (phrase === null) continue;
    let v = phrase.end;
    // "Mary Jones, however, disagreed:": a parenthetical adverb between subject and verb.
    const parenthetical = tokens[v]?.text === "," && tokens[v + 2]?.text === ",";
    if (parenthetical && PARENTHETICAL_ADVERBS.has(lower(tokens[v + 1]))) v += 3;
    // "Jane Abbot, vice chairwoman for the campaign, emailed": an appositive for a person between.
    if (tokens[v]?.text === "," && phrase.kind === "name") {
      let close = v + 1;
      while (close < cue.first && close - v < MAX_APPOSITIVE_TOKENS && tokens[close]?.text !== ",")
        close += 1;
      if (tokens[close]?.text === "," && describesPerson(tokens, v + 1, close)) v = close + 1;
      // "The mayor, Ann Lee, was blunt:": a name in apposition, closed by its comma.
      else if (tokens[s - 1]?.text === "," && s - 1 > floor && isVerbLike(tokens[v + 1])) v += 1;
    }
    const after = tokens[v];
    // "Rep. Ann Lee (D-Ore.) reacted", "Ann Lee immediately posted": a parenthesis or adverbs first.
    if (tokens[v]?.text === "(") {
      let close = v + 1;
      while (close < cue.first && close - v < 12 && tokens[close]?.text !== ")") close += 1;
      if (tokens[close]?.text === ")") v = close + 1;
    }
    // (These only: "leaders increasingly worried about …, Obama is rolling out" is an adjunct.)
    while (
      v < cue.first &&
      (CLAUSE_ADVERBS.has(lower(tokens[v])) || /^\p{Ll}{3,}ly$/u.test(tokens[v]?.text ?? ""))
    )
      v += 1;
    if (after !== undefined && isVerbLike(tokens[v])) return phrase;
  }
  return null;
}

/**
 * The name a sentence opens with, as the subject of its verb ("Sherman wants to use …", "Then Bolton
 * distanced himself …"), or null: what a quote standing alone right after it is heard from.
 */
export function sentenceSubject(tokens: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  const s = SENTENCE_OPENERS.has(tokens[from]?.text ?? "") ? from + 1 : from;
  for (let k = from; k < to; k++) if (isMark(tokens[k])) return null;
  const phrase = phraseStartingAt(tokens, s, to);
  // (Not "The General …": a description, which the quote before may already name.)
  if (phrase?.kind !== "name" || SPEAKER_DETERMINERS.has(lower(tokens[phrase.first]))) return null;
  let v = phrase.end;
  while (v < to && (CLAUSE_ADVERBS.has(lower(tokens[v])) || /^\p{Ll}{3,}ly$/u.test(tokens[v]?.text ?? "")))
    v += 1;
  return isVerbLike(tokens[v]) ? phrase : null;
}

/**
 * The subject of the verb before a coordinating "and" at `and`: the nearest name, pronoun or role phrase,
 * read leftwards, that a verb follows ("he supported Obama over Clinton and said" → "he", not "Clinton").
 */
export function coordinatedSubject(
  tokens: readonly Token[],
  and: number,
  floor: number,
): SpeakerPhrase | null {
  for (let k = and - 1; k >= floor; k--) {
    // Marks here are a fragment's, as in clauseSubject: `Lee called it “fair,” and said he was “proud”`.
    if (isMark(tokens[k])) continue;
    const phrase = phraseEndingAt(tokens, k, floor);
    if (phrase === null) continue;
    let v = k + 1;
    while (v < and && SPEAKER_ADVERBS.has(lower(tokens[v]))) v += 1;
    if (v < and && isVerbLike(tokens[v])) return phrase;
    k = phrase.first;
  }
  // "Anne Kyi, 70, said it was too early but added": no subject before a verb but the reporting verb's.
  return reportingSubject(tokens, floor, and);
}

/** The speaker of the last finite reporting verb in `[floor, before)`, if it is no organization. */
function reportingSubject(tokens: readonly Token[], floor: number, before: number): SpeakerPhrase | null {
  for (let k = before - 1; k >= floor; k--) {
    if (isMark(tokens[k])) return null;
    const verb = cueAt(tokens, k);
    if (verb === null || verb.participle) continue;
    const speaker = speakerOfVerb(tokens, verb, floor, verb.end);
    return speaker?.kind === "organization" ? null : speaker;
  }
  return null;
}
