/**
 * Word classes the speaker-phrase readers share: name words, titles, pronouns, role and organization heads,
 * and reporting verbs, each read from a token and, where it matters, its neighbours.
 */
import {
  MESSAGE_NOUNS,
  NOUN_DETERMINERS,
  SPEAKER_DETERMINERS,
  WEEKDAYS,
} from "../../lexicon/attribution-phrases.js";
import { COURT_DOCUMENT_NOUNS } from "../../lexicon/court-documents.js";
import { isFirstName } from "../../lexicon/first-names.js";
import { OFFICE_TIME_SUFFIXES } from "../../lexicon/name-descriptors.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { NOTICE_NOUNS, ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { GENERIC_PERSON_NOUNS, LOWER_CASE_CALLINGS, PERSON_DESCRIPTORS } from "../../lexicon/person-nouns.js";
import { PERSON_TITLES } from "../../lexicon/person-titles.js";
import { NOUN_GOVERNORS, PREPOSITIONS } from "../../lexicon/prepositions.js";
import { SPEAKER_PRONOUNS } from "../../lexicon/pronouns.js";
import { SENTENCE_CLOSING_QUOTE_MARKS, SENTENCE_END_MARKS } from "../../lexicon/punctuation.js";
import { QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import {
  CONTINUING_VERBS,
  GOING_ON_FORMS,
  PARTICLE_VERBS,
  PLURAL_NOUN_PREPOSITIONS,
  REPORTING_PLURAL_NOUNS,
  REPORTING_VERB_BASES,
  REPORTING_VERBS,
  SPEECH_TAG_VERBS,
  VERB_ONLY_BASES,
} from "../../lexicon/reporting-verbs.js";
import { ROLE_HEADS } from "../../lexicon/speaker-roles.js";
import { SPEAKING_BODY_NOUNS } from "../../lexicon/speaking-bodies.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { MODAL_VERBS } from "../../lexicon/verb-auxiliaries.js";
import { isAllCaps, isCapitalized, isCapitalizedWord } from "../../text/word-shape.js";
import type { Token } from "../../types.js";

export { isCapitalizedWord };

/** A noun phrase that names a speaker: token indices `[first, end)`. */
export interface SpeakerPhrase {
  first: number;
  end: number;
  kind: "name" | "pronoun" | "role" | "organization";
}

/** A reporting verb: token indices `[first, end)` (two tokens for "points out"). */
export interface CuePhrase {
  first: number;
  end: number;
  /** An -ing form ("saying"): its speaker is the subject of the clause, not the words before it. */
  participle: boolean;
}

export const LOWER = /^\p{Ll}/u;
export const MAX_PHRASE_TOKENS = 7;
export const POSSESSIVES: ReadonlySet<string> = new Set(["’s", "'s"]);

export const lower = (t: Token | undefined): string => (t === undefined ? "" : t.lower);

/** A quotation mark token: “ ” " ‘ ’ ' « » and the rest of the lexicon's QUOTE_MARKS. */
export const isQuoteMark = (t: Token | undefined): boolean => t !== undefined && QUOTE_MARKS.has(t.text);

/** "de" in "Henri de Valcourt", and "Le" in "Le Quellec" (a capitalized particle opens a surname). */
export function isParticle(t: Token | undefined): boolean {
  return t !== undefined && NAME_PARTICLES.has(t.lower);
}

/** One-word titles, lower case and without their period: "mr" stands for "Mr" and "Mr.". */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  PERSON_TITLES.filter((t) => !t.includes(" ")).map((t) => t.toLowerCase().replace(/\.$/, "")),
);

/** A title written before a name ("Mr", "Mrs.", "Dr", "Sen."), which is a stopword on its own. */
export function isTitleWord(t: Token | undefined): boolean {
  if (!isCapitalizedWord(t)) return false;
  // The period cut by its test, not a replace: isNameOrTitleWord asks this of every capitalized word (0.30% of a
  // Reuters `--jobs 1` profile).
  const w = lower(t);
  return TITLE_WORDS.has(w.endsWith(".") ? w.slice(0, -1) : w);
}

/**
 * A capitalized word that can be part of a name, or a title written before one ("Mr", "Sen."): not "But", "When",
 * "If" opening a sentence. The title is asked first: the stopwords hold some ("mr", "mrs").
 */
export function isNameOrTitleWord(t: Token | undefined): boolean {
  if (!isCapitalizedWord(t)) return false;
  if (isTitleWord(t)) return true;
  const w = lower(t);
  return !STOPWORDS.has(w) && !SPEAKER_PRONOUNS.has(w) && !REPORTING_VERBS.has(w);
}

const DESCRIBER_COMPOUND =
  /^\p{Lu}[\p{L}.]*(?:-\p{L}+)*-(?:\p{Ll}+(?:ed|ing)|born|bred|built|grown|made|run)$/u;

/**
 * "London-born", "US-based", "Oscar-winning", "Prize-winning": a capitalized compound ending in a participle
 * describes the name after it and is no part of it ("Jean-Luc", "Smith-Jones" end in a capital; "Anne-marie" in
 * no participle).
 */
export function isDescriberCompound(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && t.text.includes("-") && DESCRIBER_COMPOUND.test(t.text);
}

/**
 * "said US rapper Dana Whitlow", "said WHO chief Dana Whitlow": a function word written in capitals where neither
 * neighbouring word is in capitals is an abbreviation (a country, a body), not the pronoun "us" or "who"; a
 * headline in capitals ("SAYS US", "US WILL") keeps its words.
 */
export function isAbbreviationAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word" || !isAllCaps(t.text) || !STOPWORDS.has(t.lower)) return false;
  const inCapitals = (n: Token | undefined): boolean =>
    n !== undefined && n.kind === "word" && isAllCaps(n.text);
  return !inCapitals(tokens[i - 1]) && !inCapitals(tokens[i + 1]);
}

/**
 * A capitalized function word, month or verb that is a surname after a name word ("Delia May", "Mrs May",
 * "Bo From", "Ann Read"): the name's last word when no number follows (a date: "Smith May 5") and the
 * sentence goes on with punctuation, a lower-case word or nothing.
 */
export function isSurnameAfterName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!isCapitalizedWord(t) || isNameOrTitleWord(t) || isPronoun(t) || !isNameOrTitleWord(tokens[i - 1]))
    return false;
  const w = lower(t);
  if (WEEKDAYS.has(w)) return false;
  const next = tokens[i + 1];
  return next === undefined || (next.kind !== "number" && !isCapitalized(next.text));
}

/**
 * `,” Read said`, `,” From said`: a capitalized word alone between an open-ended quote's closing mark and a
 * reporting verb is the speaker's name, even when it is also a function word or a verb.
 */
export function isLoneSurnameBeforeCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!isCapitalizedWord(t) || isPronoun(t) || SPEAKER_DETERMINERS.has(lower(t))) return false;
  const mark = tokens[i - 1];
  return (
    mark !== undefined &&
    QUOTE_MARKS.has(mark.text) &&
    /^[,?!]$/.test(tokens[i - 2]?.text ?? "") &&
    cueAt(tokens, i + 1) !== null
  );
}

/**
 * "the Chancellor", "the Home Secretary", "the Prime Minister": capitalized words after a lower-case "the"
 * that end in a role noun, with no first name among them, name an office, not a person.
 */
export function isCapitalizedRole(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== "the" || !ROLE_HEADS.has(lower(tokens[last]))) return false;
  for (let k = first; k <= last; k++) if (isFirstName((tokens[k] as Token).text)) return false;
  return true;
}

/**
 * "Roe will continue to be “a champion”", "talked about continuing the “…”": a verb that reports only alone or
 * before a preposition, here before an infinitive or an object (FIT half of seed 20261231: the reported clause's
 * subject, or nobody, was given the fragment). A fragment's reporting clause is read past it; a participle's
 * clause still has it as its verb ("protesters continued to march, while chanting").
 */
export function continuesWithObject(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!CONTINUING_VERBS.has(lower(tokens[i]))) return false;
  // (After a modal, it reports nothing either: "Lee said the protests would continue “until the end”" is Lee's, not
  // the reported clause's subject's. Session 40 probe, a Sri Lankan story: the fragment had no speaker.)
  if (MODAL_VERBS.has(lower(tokens[i - 1]))) return true;
  if (next?.kind !== "word") return false;
  return lower(next) === "to" || !PREPOSITIONS.has(lower(next));
}

/**
 * A mark after which a word (a cue, a speaker's phrase) opens its sentence. A constant: a literal in cueAt made a
 * RegExp object per call.
 */
export const SENTENCE_OPENER_BEFORE = /^[.!?:;“"‘]$/;

/** The reporting verb at token `i`, if it is one ("said", "points out"); lower case only. */
export function cueAt(tokens: readonly Token[], i: number): CuePhrase | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word") return null;
  // A capitalized cue only opens a sentence: "Said Ellis: “…”", `… “too late.” Adding, “…”` (a closing mark after
  // the sentence's end: session 15, FIT half of seed 20261251, the quote after "Adding," had no speaker).
  const prev = tokens[i - 1];
  // (The mark before is read only for a capitalized word.)
  if (
    !LOWER.test(t.text) &&
    !(
      (prev === undefined ||
        SENTENCE_OPENER_BEFORE.test(prev.text) ||
        (SENTENCE_CLOSING_QUOTE_MARKS.has(prev.text) && SENTENCE_END_MARKS.has(tokens[i - 2]?.text ?? ""))) &&
      LOWER.test(t.text.slice(1))
    )
  )
    return null;
  const w = t.lower;
  if (GOING_ON_FORMS.has(w)) return goingOnAt(tokens, i);
  if (!SPEECH_TAG_VERBS.has(w)) return null;
  // `“…,” Read said`: a capitalized verb before a reporting verb is the speaker's name.
  if (!LOWER.test(t.text) && LOWER.test(tokens[i + 1]?.text ?? "") && cueAt(tokens, i + 1) !== null)
    return null;
  // "a note", "the report", "his comments": a noun after a determiner, not a verb.
  if (NOUN_DETERMINERS.has(lower(prev))) return null;
  // "carried by state news agency Sakinform", "asked for comment": a base form after a preposition other than
  // the infinitive's "to" is a noun or an adjective.
  if (REPORTING_VERB_BASES.has(w) && lower(prev) !== "to" && PREPOSITIONS.has(lower(prev))) return null;
  // "Victoria state treasurer Ann Lee said", "said Acme claim manager Tom Roe": a base form before a person noun
  // that leads to a name modifies the noun (Reuters bench: the quote went to the place before "state").
  if (baseModifiesRole(tokens, i)) return null;
  // "over claims he attempted to “…”", "amid reports that": a plural after a preposition is a noun too (FIT half
  // of seed 20261221: the reported clause's subject was given the fragment).
  if (
    REPORTING_PLURAL_NOUNS.has(w) &&
    (NOUN_GOVERNORS.has(lower(prev)) ||
      (PREPOSITIONS.has(lower(prev)) && lower(prev) !== "to") ||
      PLURAL_NOUN_PREPOSITIONS.has(lower(tokens[i + 1])))
  )
    return null;
  // "writing in a blog post: “…”", "in her latest tweet": a message noun after a determiner and one word (not a
  // plural's: "the fans post") is the noun (FIT half of seed 20261231: the quote had no speaker).
  if (
    MESSAGE_NOUNS.has(w) &&
    NOUN_DETERMINERS.has(lower(tokens[i - 2])) &&
    prev?.kind === "word" &&
    !/s$/i.test(prev.text)
  )
    return null;
  const particle = PARTICLE_VERBS.get(w);
  if (particle !== undefined) {
    return lower(tokens[i + 1]) === particle ? { first: i, end: i + 2, participle: w.endsWith("ing") } : null;
  }
  return { first: i, end: i + 1, participle: w.endsWith("ing") };
}

/** Lower-case words a modified role may hold: "state deputy treasurer". */
const MAX_MODIFIED_ROLE_WORDS = 3;

/**
 * Whether the reporting verb's base form at `i` ("state", "claim") modifies the lower-case noun after it: a person
 * noun that leads to a name ("Victoria state treasurer Ann Lee", "Acme claim manager Tom Roe"), or a body's noun
 * right before its own reporting verb ("the Velmora state government said"). Not after a plural or a pronoun,
 * the verb's subject ("Critics claim spokesman Tom Roe lied", "They state officials knew").
 */
export function baseModifiesRole(tokens: readonly Token[], i: number): boolean {
  const w = lower(tokens[i]);
  if (!REPORTING_VERB_BASES.has(w) || VERB_ONLY_BASES.has(w)) return false;
  const prev = tokens[i - 1];
  if (prev !== undefined && (isPronoun(prev) || (LOWER.test(prev.text) && /s$/.test(prev.text))))
    return false;
  for (let k = i + 1; k < i + 1 + MAX_MODIFIED_ROLE_WORDS; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== "word" || !LOWER.test(t.text) || STOPWORDS.has(t.lower)) return false;
    if (isPersonNoun(t) && isNameOrTitleWord(tokens[k + 1])) return true;
    if (k === i + 1 && headKind(t) !== null && cueAt(tokens, k + 1)?.participle === false) return true;
  }
  return false;
}

/** Whether a finite reporting verb stands in `[floor, k)`: the clause at `k` is then inside what it reports. */
export function reportedFrom(tokens: readonly Token[], floor: number, k: number): boolean {
  for (let j = k - 1; j >= floor; j--) {
    const cue = cueAt(tokens, j);
    if (cue !== null && !cue.participle) return true;
  }
  return false;
}

/** A mark that may close "went on": `he went on.`, `went on, “…”`, `went on: “…”`, `went on” (a nested quote's end). */
const AFTER_GOING_ON = /^[.,:;!?…“”"‘’'—–-]+$/;

/** `“…,” he went on.`, `“…,” went on Lee`: "went on" before a mark or right after a quote, not "went on to win". */
function goingOnAt(tokens: readonly Token[], i: number): CuePhrase | null {
  if (lower(tokens[i + 1]) !== "on") return null;
  const after = tokens[i + 2];
  // (A closing mark after the quote's own comma: `“…,” went on Lee`, not `the show “went on and on”`.)
  const inverted = QUOTE_MARKS.has(tokens[i - 1]?.text ?? "") && /^[,!?]$/.test(tokens[i - 2]?.text ?? "");
  return after === undefined || inverted || AFTER_GOING_ON.test(after.text)
    ? { first: i, end: i + 2, participle: false }
    : null;
}

export function isPronoun(t: Token | undefined): boolean {
  return t !== undefined && SPEAKER_PRONOUNS.has(lower(t));
}

export function headKind(t: Token | undefined): SpeakerPhrase["kind"] | null {
  const w = lower(t);
  if (t === undefined || t.kind !== "word") return null;
  // "co-host", "vice-chairman": the last part of a hyphenated noun is its head; before a time suffix, the part before
  // it ("the president-elect promised a “systemic break”" had no speaker: session 42 probe, Senegal's election).
  const parts = w.split("-");
  const timed = parts.length > 1 && OFFICE_TIME_SUFFIXES.has(parts.at(-1) as string);
  const singular = (parts.at(timed ? -2 : -1) as string).replace(/s$/, "");
  if (ROLE_HEADS.has(w) || ROLE_HEADS.has(singular)) return "role";
  if (PERSON_DESCRIPTORS.has(w) || PERSON_DESCRIPTORS.has(singular)) return "role";
  if (GENERIC_PERSON_NOUNS.has(w) || GENERIC_PERSON_NOUNS.has(singular)) return "role";
  // "The Oscar-nominated star added:", "said the reality TV star": a calling only in lower case ("the Star
  // reported" is a newspaper).
  if (LOWER_CASE_CALLINGS.has(singular) && /^\p{Ll}/u.test(t.text.split("-").at(-1) as string)) return "role";
  if (ORGANIZATION_NOUNS.has(w) || COURT_DOCUMENT_NOUNS.has(w) || NOTICE_NOUNS.has(w)) return "organization";
  // ("The city says": a body speaking; not a plural, "cities", "industries", which name no one body.)
  if (SPEAKING_BODY_NOUNS.has(w)) return "organization";
  return null;
}

/** A noun for a person: a role ("spokesman") or another person noun ("resident", "analyst"). */
export function isPersonNoun(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  return headKind(t) === "role";
}
