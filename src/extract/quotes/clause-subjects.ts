/**
 * Who speaks when the reporting verb has no subject of its own: the subject of the clause a participle or
 * infinitive hangs from, of the verb before a coordinating "and", or of the sentence before a quote.
 */
import { APPOSITIVE_OPENERS, DATE_WORDS, SPEAKER_DETERMINERS } from "../../lexicon/attribution-phrases.js";
import {
  CLAUSE_ADVERBS,
  CONTRAST_CONJUNCTIONS,
  PARENTHETICAL_ADVERBS,
  S_ENDED_NON_VERBS,
  SENTENCE_OPENERS,
} from "../../lexicon/clause-words.js";
import { DASHES } from "../../lexicon/dashes.js";
import { IRREGULAR_PAST } from "../../lexicon/irregular-past.js";
import { NOUN_GOVERNORS, PREPOSITIONS } from "../../lexicon/prepositions.js";
import { SPEAKER_ADVERBS } from "../../lexicon/speaker-adverbs.js";
import { VERB_AUXILIARIES } from "../../lexicon/verb-auxiliaries.js";
import { isLyAdverb } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { endsPartyTag, MAX_APPOSITIVE_TOKENS } from "./appositives.js";
import { describesPerson } from "./employers.js";
import { phraseStartingAt } from "./phrase-starting.js";
import { type CuePhrase, cueAt, phraseEndingAt, type SpeakerPhrase } from "./phrases.js";
import { nameRunFrom } from "./role-names.js";
import { skipAdverbsLeft, skipTimePhraseRight } from "./speaker-gaps.js";
import { speakerOfVerb } from "./verb-speakers.js";
import { isNameOrTitleWord, isQuoteMark, lower, POSSESSIVES } from "./words.js";

function isVerbLike(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word" || !/^\p{Ll}/u.test(t.text)) return false;
  return (
    t.text.endsWith("ed") ||
    VERB_AUXILIARIES.has(t.text) ||
    IRREGULAR_PAST.has(t.text) ||
    cueAt([t], 0) !== null ||
    (/[^su]s$/.test(t.text) && !S_ENDED_NON_VERBS.has(t.text))
  );
}

/**
 * The subject of the clause a participle cue hangs from ("The president also voiced concern ..., saying"):
 * the speaker of the nearest finite reporting verb before it, else the first phrase at the start of the
 * sentence or after a comma that is followed by a verb.
 */
export function clauseSubject(tokens: readonly Token[], cue: CuePhrase, floor: number): SpeakerPhrase | null {
  // "with Brisco reportedly yelling:", "the crowd chanting": a phrase right before the participle is its subject.
  // (Not the object of a preposition: "responded on Facebook writing"; "with" makes a clause of its own.)
  if (cue.participle && tokens[cue.first]?.kind === "word") {
    const last = skipAdverbsLeft(tokens, cue.first - 1, floor);
    const right = last >= floor ? phraseEndingAt(tokens, last, floor) : null;
    const governor = lower(tokens[(right?.first ?? 0) - 1]);
    // (Not a day: "issued a statement Tuesday saying".)
    const day = right !== null && right.end - right.first === 1 && DATE_WORDS.has(lower(tokens[right.first]));
    // "footage of Jane Roe asking,", "a clip of Roe saying": "of" makes the name the participle's subject too.
    const governs = PREPOSITIONS.has(governor) && governor !== "with" && governor !== "of";
    // (And a role after "with": `with one poster writing “…”`, FIT half of seed 20261231.)
    const withRole = right?.kind === "role" && governor === "with";
    if ((right?.kind === "name" || withRole) && !day && !governs) return right;
  }
  for (let k = cue.first - 1; k >= floor; k--) {
    // Marks here are a fragment's (a direct quote before would have raised the floor past it).
    if (isQuoteMark(tokens[k])) continue;
    // `“…,” said Ann Lee while Jo Roe believes …, saying:`: a contrasting clause opens with its own subject, and
    // the participle hangs from its verb, not from the reporting verb before it.
    if (CONTRAST_CONJUNCTIONS.has(lower(tokens[k]))) {
      const subject = phraseStartingAt(tokens, k + 1, cue.first);
      if (subject?.kind === "name" && isVerbLike(tokens[subject.end])) return subject;
    }
    const verb = cueAt(tokens, k);
    // (Not a relative clause's verb: "Lee defended not paying an architect who said …, saying" is Lee's.)
    const relative = lower(tokens[k - 1]) === "who" || lower(tokens[k - 1]) === "which";
    if (verb !== null && !verb.participle && !relative) {
      const speaker = speakerOfVerb(tokens, verb, floor, cue.first);
      if (speaker !== null) return speaker;
    }
  }
  for (let s = floor; s < cue.first; s++) {
    // (Or after an opening "Then", "And", "But": "Then Brisco went on the attack, saying".)
    const opener = s === floor + 1 && SENTENCE_OPENERS.has(tokens[floor]?.text ?? "");
    // (Or after a dateline's dash: "KINGSTON, Jamaica — Prime Minister Ann Lee on Sunday defended …, telling".)
    const dateline = DASHES.has(tokens[s - 1]?.text ?? "");
    if (s !== floor && tokens[s - 1]?.text !== "," && !opener && !dateline) continue;
    let phrase = phraseStartingAt(tokens, s, cue.first);
    if (phrase === null) continue;
    // (Not a capitalized preposition opening the sentence, "Amid calls for …, The Courier's Roe wrote …, saying"
    // (session 16, FIT half of seed 20261261: the fragment went to "Amid"): its phrase is no subject.)
    if (phrase.end - phrase.first === 1 && isOpeningPreposition(tokens[phrase.first])) continue;
    // (`Lee pressed Acme Chairman Ann Roe on …, insisting`: the name at the clause's start has its verb right
    // after it; the person after a role further on, read as after an inverted cue, is its object.)
    if (phrase.first > s && isNameOrTitleWord(tokens[s])) {
      const run = nameRunFrom(tokens, s, phrase.first);
      if (isVerbLike(tokens[run.end])) phrase = run;
    }
    let v = phrase.end;
    // "The mayor's office released a statement saying:", "Ms Ferris's letter makes a case:": the office, letter
    // or statement the possessor owns is the subject (the brief of session 15: such quotes had no speaker).
    if (POSSESSIVES.has(lower(tokens[v]))) {
      const owned = ownedPhrase(tokens, s, v, cue.first);
      if (owned !== null) {
        phrase = owned;
        v = owned.end;
      }
    }
    // "Mary Jones, however, disagreed:": a parenthetical adverb between subject and verb.
    const parenthetical = tokens[v]?.text === "," && tokens[v + 2]?.text === ",";
    if (parenthetical && PARENTHETICAL_ADVERBS.has(lower(tokens[v + 1]))) v += 3;
    // "Jane Abbot, vice chairwoman for the campaign, emailed": an appositive for a person between.
    if (tokens[v]?.text === "," && phrase.kind === "name") {
      let close = v + 1;
      while (close < cue.first && close - v < MAX_APPOSITIVE_TOKENS && tokens[close]?.text !== ",")
        close += 1;
      // ("Sen. Ann Lee, a Democrat who sits on the panel, declined to comment, saying only that": an appositive
      // opened by "a"/"an"/"the" or "who" too; session 15's CHECK half and session 16's brief, no speaker before.)
      const opener = lower(tokens[v + 1]);
      // (Or a lawmaker's party tag: "Sen. Ann Lee, D-Conn., was more blunt:", session 32.)
      const described =
        APPOSITIVE_OPENERS.has(opener) ||
        describesPerson(tokens, v + 1, close) ||
        endsPartyTag(tokens, close - 1);
      if (tokens[close]?.text === "," && described) v = close + 1;
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
    // (These only: "leaders increasingly worried about …, Brisco is rolling out" is an adjunct.)
    while (v < cue.first && (CLAUSE_ADVERBS.has(lower(tokens[v])) || isLyAdverb(tokens[v]?.text ?? "")))
      v += 1;
    // "Prime Minister Ann Lee on Sunday defended …, telling supporters that “…”": a time phrase before the verb
    // (session 39 probe, a Jamaican story: the fragment had no speaker).
    if (phrase.kind === "name") v = Math.min(cue.first, skipTimePhraseRight(tokens, v));
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
  for (let k = from; k < to; k++) if (isQuoteMark(tokens[k])) return null;
  const phrase = phraseStartingAt(tokens, s, to);
  // (Not "The General …": a description, which the quote before may already name.)
  if (phrase?.kind !== "name" || SPEAKER_DETERMINERS.has(lower(tokens[phrase.first]))) return null;
  let v = phrase.end;
  while (v < to && (CLAUSE_ADVERBS.has(lower(tokens[v])) || isLyAdverb(tokens[v]?.text ?? ""))) v += 1;
  return isVerbLike(tokens[v]) ? phrase : null;
}

/**
 * The subject of the verb before a coordinating "and" at `and`: the nearest name, pronoun or role phrase,
 * read leftwards, that a verb follows ("he supported Brisco over Quenby and said" → "he", not "Quenby").
 */
export function coordinatedSubject(
  tokens: readonly Token[],
  and: number,
  floor: number,
): SpeakerPhrase | null {
  for (let k = and - 1; k >= floor; k--) {
    // Marks here are a fragment's, as in clauseSubject: `Lee called it “fair,” and said he was “proud”`.
    if (isQuoteMark(tokens[k])) continue;
    const phrase = phraseEndingAt(tokens, k, floor);
    if (phrase === null) continue;
    let v = k + 1;
    // ("Lee, 33, pleaded guilty and told the court": an age between commas after the subject; "The boy's lawyer,
    // Tom Lee, made an admission … but added": a name in apposition, closed by its comma; not a role there, "Ed
    // Roe, Acme president, declined … but said" is Roe's. Session 14, FIT half of seed 20261241; Reuters.)
    if (tokens[v]?.text === "," && tokens[v + 1]?.kind === "number" && tokens[v + 2]?.text === ",") v += 3;
    else if (tokens[v]?.text === "," && tokens[phrase.first - 1]?.text === "," && phrase.kind === "name")
      v += 1;
    // ("Ann Lee, who chairs the traders' guild, stood by the gate and said “…”": a name opening the sentence,
    // then a description between commas, then the verb. Invented eyewitness reports after the licensed Wikinews
    // sample: such a quote had no speaker.)
    else if (
      tokens[v]?.text === "," &&
      phrase.kind === "name" &&
      opensSentence(tokens, phrase.first, floor)
    ) {
      const after = appositiveEnd(tokens, v, and);
      if (after > v && after < and && isVerbLike(tokens[after]))
        return sameVerbSubject(tokens, floor, phrase.first, lower(tokens[and + 1])) ?? phrase;
    }
    while (v < and && SPEAKER_ADVERBS.has(lower(tokens[v]))) v += 1;
    // (`Lee issued a statement saying … and said`: a phrase before a participle is no finite verb's subject.)
    if (cueAt(tokens, v)?.participle === true) {
      k = phrase.first;
      continue;
    }
    // (`Lee said her party has backed it “for months”, and said …`: a subject inside the statement the same
    // reporting verb reports just before is not the second one's; that verb's own subject is. Not across a
    // comma: `when Lee mentioned it, I laughed and said` is "I"'s.)
    if (v < and && isVerbLike(tokens[v]))
      return sameVerbSubject(tokens, floor, phrase.first, lower(tokens[and + 1])) ?? phrase;
    k = phrase.first;
  }
  // "Anne Kyi, 70, said it was too early but added": no subject before a verb but the reporting verb's.
  return reportingSubject(tokens, floor, and);
}

/** Tokens at most of a description between commas after a sentence's opening name. */
const DESCRIPTION_TOKENS = 12;

/** Whether token `first` opens its sentence: at the floor, or right after a sentence's end. */
function opensSentence(tokens: readonly Token[], first: number, floor: number): boolean {
  return first <= floor || /^[.!?]$/.test(tokens[first - 1]?.text ?? "");
}

/**
 * The token after the comma closing a description that opens with the comma at `comma` (", who chairs the
 * traders' guild,"), or `comma` itself when none closes it within DESCRIPTION_TOKENS before `limit` or a quote
 * mark or reporting verb comes first.
 */
function appositiveEnd(tokens: readonly Token[], comma: number, limit: number): number {
  for (let k = comma + 1; k < limit && k <= comma + DESCRIPTION_TOKENS; k++) {
    const t = tokens[k] as Token;
    if (isQuoteMark(t) || cueAt(tokens, k) !== null) return comma;
    if (t.text === ",") return k > comma + 1 ? k + 1 : comma;
  }
  return comma;
}

/**
 * The subject of the reporting verb `verb` (the same word) nearest before `before` with no comma or mark
 * between them: the speaker whose statement holds the words at `before`.
 */
function sameVerbSubject(
  tokens: readonly Token[],
  floor: number,
  before: number,
  verb: string,
): SpeakerPhrase | null {
  for (let k = before - 1; k >= floor; k--) {
    const t = tokens[k] as Token;
    if (t.text === "," || isQuoteMark(t)) return null;
    if (lower(t) !== verb) continue;
    const cue = cueAt(tokens, k);
    if (cue === null || cue.participle) return null;
    const speaker = speakerOfVerb(tokens, cue, floor, cue.end);
    return speaker !== null && speaker.end <= k ? speaker : null;
  }
  return null;
}

/** The speaker of the last finite reporting verb in `[floor, before)`, if it is no organization. */
function reportingSubject(tokens: readonly Token[], floor: number, before: number): SpeakerPhrase | null {
  for (let k = before - 1; k >= floor; k--) {
    if (isQuoteMark(tokens[k])) return null;
    const verb = cueAt(tokens, k);
    if (verb === null || verb.participle) continue;
    const speaker = speakerOfVerb(tokens, verb, floor, verb.end);
    return speaker?.kind === "organization" ? null : speaker;
  }
  return null;
}

/** The longest owned noun phrase a possessive can hold in a speaker's subject. */
const MAX_OWNED_TOKENS = 4;

/**
 * The phrase a possessor at `s` owns after its possessive mark at `mark` ("Lee's office", "Lee's chief of
 * staff", "Lee's right-hand man"): the one-word phrase right after the mark when a verb follows it, else the
 * shortest longer one that a verb follows, else the one-word phrase (PolNeAR train: a possessor's "right-hand
 * woman rallied supporters, saying:" had no speaker).
 */
function ownedPhrase(tokens: readonly Token[], s: number, mark: number, limit: number): SpeakerPhrase | null {
  const next = phraseEndingAt(tokens, mark + 1, s);
  const one = next !== null && next.first === s ? next : null;
  if (one !== null && isVerbLike(tokens[one.end])) return one;
  for (let k = mark + 2; k < Math.min(limit, mark + 1 + MAX_OWNED_TOKENS); k++) {
    const owned = phraseEndingAt(tokens, k, s);
    if (owned !== null && owned.first === s && isVerbLike(tokens[k + 1])) return owned;
  }
  return one;
}

/** A one-word "name" that is a preposition or a noun's governor written with a capital: "Amid", "Despite". */
function isOpeningPreposition(t: Token | undefined): boolean {
  const w = lower(t);
  return PREPOSITIONS.has(w) || NOUN_GOVERNORS.has(w);
}
