/**
 * Who speaks, read from the words around a finite reporting verb: the phrase before it (with adverbs,
 * appositives and relative clauses skipped) or the phrase after an inverted verb.
 */
import {
  APPOSITIVE_PREPOSITIONS,
  CAPTION_POSITIONS,
  DATE_WORDS,
  PASSIVE_AUXILIARIES,
  RELATIVE_PRONOUNS,
  SPEAKER_DETERMINERS,
} from "../../lexicon/attribution-phrases.js";
import { CLAUSE_RELATIVES } from "../../lexicon/clause-words.js";
import { IRREGULAR_PARTICIPLES } from "../../lexicon/irregular-past.js";
import { POSTMODIFIER_STARTS } from "../../lexicon/phrase-bounds.js";
import { ORIGIN_PREPOSITIONS } from "../../lexicon/prepositions.js";
import { APOSTROPHES } from "../../lexicon/quote-marks.js";
import { ASKING_PASTS, TELLING_FORMS } from "../../lexicon/reporting-verbs.js";
import { SPEAKER_ADVERBS } from "../../lexicon/speaker-adverbs.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { SPEAKER_TIME_NOUNS, TIME_OPENERS } from "../../lexicon/time-phrases.js";
import { CLAUSE_VERBS, VERB_AUXILIARIES } from "../../lexicon/verb-auxiliaries.js";
import { isCapitalized, isEdForm, isLyAdverb } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { speakerBeforeDashAside } from "./dash-asides.js";
import {
  describesPerson,
  documentBeforeObject,
  documentBeforePlace,
  personBeforeEmployer,
} from "./employers.js";
import { type CuePhrase, phraseEndingAt, phraseStartingAt, type SpeakerPhrase } from "./phrases.js";
import { sourceBeforePostmodifier } from "./source-phrases.js";
import { lower } from "./words.js";

/** `was asked`: a passive "ask", whose subject is the one asked, not the asker. */
export function passiveAsking(tokens: readonly Token[], verb: CuePhrase): boolean {
  return (
    ASKING_PASTS.has(lower(tokens[verb.first])) && PASSIVE_AUXILIARIES.has(lower(tokens[verb.first - 1]))
  );
}

/**
 * An adverb between a speaker and its verb: a listed one ("also"), any lower-case -ly word ("emphatically"),
 * or a day after "later"/"earlier" ("Brenner later Thursday told").
 */
function isAdverbAt(tokens: readonly Token[], k: number): boolean {
  const w = lower(tokens[k]);
  if (SPEAKER_ADVERBS.has(w)) return true;
  // (Not a noun after a determiner: "the family said", "an ally said".)
  if (isLyAdverb(tokens[k]?.text ?? "")) return !SPEAKER_DETERMINERS.has(lower(tokens[k - 1]));
  return DATE_WORDS.has(w) && SPEAKER_ADVERBS.has(lower(tokens[k - 1]));
}

/**
 * Whether tokens `k - 1, k` are a time phrase standing between a speaker and its verb: "Ann Lee (D-Ore.) last
 * week said Bob Roe was …" is Lee's, not Roe's after an inverted "said" (FIT half of seed 20261221).
 */
function isTimePhraseAt(tokens: readonly Token[], k: number): boolean {
  const noun = lower(tokens[k]);
  const opener = lower(tokens[k - 1]);
  // (And "in April", "in March last year": a month after "in" is a time too, never the speaker. Reuters.)
  return (
    SPEAKER_TIME_NOUNS.has(noun) && (TIME_OPENERS.has(opener) || (opener === "in" && DATE_WORDS.has(noun)))
  );
}

/** Steps left over adverbs ("also said"), a time phrase ("last week said") and a parenthesis ("Rep. Gwen Ashby (D-Wis.) said"). */
export function skipAdverbsLeft(tokens: readonly Token[], i: number, floor: number): number {
  let k = i;
  for (;;) {
    if (k >= floor && isAdverbAt(tokens, k)) k -= 1;
    else if (k - 1 >= floor && isTimePhraseAt(tokens, k)) k -= 2;
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
export const MAX_APPOSITIVE_TOKENS = 30;

/**
 * The speaker at the start of an attribution that may carry descriptors before the name ("Brisco lawyer
 * Marc Dellacorte said", "Senate Majority Leader Mack McCorkle, R-Ky., said", "Mr. Morgan of the Sierra
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
    if (tokens[k]?.kind !== "word" && !APOSTROPHES.has(tokens[k]?.text ?? "")) return null;
  }
  return phrase;
}

/** A short noun phrase of any words before a cue ("my father often said", "a narrator asks"). */
export function plainPhrase(tokens: readonly Token[], from: number, cue: number): SpeakerPhrase | null {
  const last = skipAdverbsLeft(tokens, cue - 1, from);
  if (last < from || last - from >= 5) return null;
  const first = tokens[from] as Token;
  if (!SPEAKER_DETERMINERS.has(lower(first)) && !isCapitalized(first.text)) return null;
  for (let k = from; k <= last; k++) if (tokens[k]?.kind !== "word") return null;
  return { first: from, end: last + 1, kind: "role" };
}

/** Words a determiner's phrase before "who" may hold: "an online troll", "the angry young neighbour". */
const MAX_DETERMINED_WORDS = 4;

/** `a/the … noun` of lower-case words ending right before `at`, as a role phrase; null for none. */
function determinedPhraseBefore(tokens: readonly Token[], at: number, floor: number): SpeakerPhrase | null {
  for (let j = at - 1; j >= floor && at - j <= MAX_DETERMINED_WORDS + 1; j--) {
    const t = tokens[j] as Token;
    if (SPEAKER_DETERMINERS.has(lower(t))) return j < at - 1 ? { first: j, end: at, kind: "role" } : null;
    // (Content words only: not `the talks but who`, Reuters.)
    if (t.kind !== "word" || !/^\p{Ll}/u.test(t.text) || STOPWORDS.has(lower(t))) return null;
  }
  return null;
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
 * `Ann Lee and colleagues describe …`: a bare plural role joined to a name by "and" is the named one's team; the
 * name speaks (session 14, FIT half of seed 20261241: the study author's quote went to "colleagues").
 */
function nameBeforeColleagues(
  tokens: readonly Token[],
  phrase: SpeakerPhrase,
  floor: number,
): SpeakerPhrase | null {
  if (phrase.kind !== "role" || phrase.end - phrase.first !== 1 || lower(tokens[phrase.first - 1]) !== "and")
    return null;
  const name = phraseEndingAt(tokens, phrase.first - 2, floor);
  return name?.kind === "name" ? name : null;
}

/**
 * `Ann Lee, a pollster who works with Acme Futures, a think tank, said`: whether `phrase` ends a relative clause
 * opened after the comma before it (its object: the speaker is further left). Session 14, FIT half of seed
 * 20261241: two such quotes went to the organization in the clause.
 */
function endsRelativeClause(tokens: readonly Token[], phrase: SpeakerPhrase, floor: number): boolean {
  for (let k = phrase.first - 1; k >= floor && phrase.first - k <= MAX_APPOSITIVE_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (t.text === ",") return false;
    if (CLAUSE_RELATIVES.has(lower(t)) && k < phrase.first - 1) return true;
  }
  return false;
}

/**
 * `Tom Roe, 61, of Ashford, Kent, said`, `Ann Lee, of Red Deer, Alta., said`: the segment `(comma, segmentEnd)` is
 * a region (one to three capitalized words, a period of its short form) closing a place of origin, not the
 * speaker (invented British and Canadian rows: the county or province was given the quote).
 */
function regionAfterOrigin(
  tokens: readonly Token[],
  comma: number,
  segmentEnd: number,
  floor: number,
): boolean {
  if (segmentEnd - comma - 1 < 1 || segmentEnd - comma - 1 > 4) return false;
  for (let k = comma + 1; k < segmentEnd; k++) {
    const t = tokens[k] as Token;
    if (!(t.kind === "word" && isCapitalized(t.text)) && !(t.text === "." && k > comma + 1)) return false;
  }
  let open = comma - 1;
  while (open >= floor && comma - open <= 5 && tokens[open]?.text !== ",") open -= 1;
  if (open < floor || tokens[open]?.text !== "," || !ORIGIN_PREPOSITIONS.has(lower(tokens[open + 1])))
    return false;
  for (let k = open + 2; k < comma; k++) if (!isCapitalized(tokens[k]?.text ?? "")) return false;
  return open + 2 < comma;
}

/**
 * The speaker of a finite reporting verb at `verb`: the phrase before it ("the Icelandic president added",
 * "Brisco also said", "Armstrong Pelling, who ..., said"), else the phrase after it ("said Frank").
 */
export function speakerOfVerb(
  tokens: readonly Token[],
  verb: CuePhrase,
  floor: number,
  limit: number,
): SpeakerPhrase | null {
  // `Roe was asked, “Would you do it again?”`: the question is the asker's, whom the passive leaves unnamed, not
  // its subject's (FIT half of seed 20261231: the question was given to the one who answered it).
  if (passiveAsking(tokens, verb)) return null;
  const k = skipAdverbsLeft(tokens, verb.first - 1, floor);
  const aside = speakerBeforeDashAside(tokens, k, floor);
  if (aside !== null) return aside;
  if (tokens[k]?.text === ",") {
    // Appositives or relative clauses between speaker and verb: ", who ..., said" / ", a spokesman, said" /
    // "Mr Smith, 45, from Leeds, said": step back over each such comma-delimited part.
    let segmentEnd = k;
    for (let hops = 0; hops < 3; hops++) {
      let comma = segmentEnd - 1;
      while (comma >= floor && comma > segmentEnd - MAX_APPOSITIVE_TOKENS && tokens[comma]?.text !== ",")
        comma -= 1;
      if (comma < floor || tokens[comma]?.text !== ",") break;
      if (regionAfterOrigin(tokens, comma, segmentEnd, floor)) {
        segmentEnd = comma;
        continue;
      }
      const opener = lower(tokens[comma + 1]);
      // "Mike Dunn, pastor of the Grace Church and a Schaefer supporter, said": a segment that ends in a
      // noun for a person describes the one before it.
      const endsInPerson = phraseEndingAt(tokens, segmentEnd - 1, comma + 1)?.kind === "role";
      if (
        !endsInPerson &&
        !RELATIVE_PRONOUNS.has(opener) &&
        !SPEAKER_DETERMINERS.has(opener) &&
        !APPOSITIVE_PREPOSITIONS.has(opener) &&
        !(CAPTION_POSITIONS.has(opener) && comma + 2 === segmentEnd) &&
        tokens[comma + 1]?.kind !== "number" &&
        // "Ann Lee, chief executive of the Lumber Union, said", British style without "the".
        !describesPerson(tokens, comma + 1, segmentEnd) &&
        // "Ann Lee, prosecuting, said", "The letter, seen by Sportsmail, reads": a participle's clause.
        !/^\p{Ll}+(?:ed|ing|en)$/u.test(tokens[comma + 1]?.text ?? "") &&
        !IRREGULAR_PARTICIPLES.has(tokens[comma + 1]?.text ?? "")
      ) {
        const relative = subjectBeforeRelative(tokens, comma, floor);
        if (relative !== null) return relative;
        break;
      }
      // ("Sen. Rick Dean (D-Ill.), noting …, said": past the parenthesis.)
      const before = phraseEndingAt(tokens, skipAdverbsLeft(tokens, comma - 1, floor), floor);
      // (`The memo, edited by Dana Roe, the group's analyst, says`: the agent of a participle between commas is
      // not the subject; the phrase before that participle's comma is. FIT half of seed 20261221.)
      const agent =
        before !== null &&
        lower(tokens[before.first - 1]) === "by" &&
        isEdForm(tokens[before.first - 2]?.text ?? "") &&
        tokens[before.first - 3]?.text === ",";
      if (before !== null && !agent && !endsRelativeClause(tokens, before, floor)) return before;
      segmentEnd = comma;
    }
    const inside = speakerBeforeComma(tokens, k, floor);
    if (inside !== null) return inside;
  }
  // "The senator, who declared, “…”", "the official who declared “…”": the relative pronoun's antecedent speaks;
  // so a document's for "which" (`the Acme News report, which notes, “…”`, FIT half of seed 20261231).
  if ((lower(tokens[k]) === "who" || lower(tokens[k]) === "which") && k - 1 >= floor) {
    const antecedent =
      tokens[k - 1]?.text === ","
        ? speakerBeforeComma(tokens, k - 1, floor)
        : phraseEndingAt(tokens, k - 1, floor);
    if (antecedent !== null) return antecedent;
    // (A person's noun the lists lack, `an online troll who accused her of being a “…”`: the determiner's
    // short phrase before "who". FIT half of seed 20261231: the fragment went to the troll's target's partner.)
    const described = lower(tokens[k]) === "who" ? determinedPhraseBefore(tokens, k, floor) : null;
    if (described !== null) return described;
  }
  const source = sourceBeforePostmodifier(tokens, k, floor);
  if (source !== null) return source;
  const before = phraseEndingAt(tokens, k, floor);
  if (before !== null)
    return (
      documentBeforeObject(tokens, before, floor) ??
      personBeforeEmployer(tokens, before, floor) ??
      nameBeforeColleagues(tokens, before, floor) ??
      before
    );
  const notice = documentBeforePlace(tokens, k, floor);
  if (notice !== null) return notice;
  // (Never after "that" opening the reported clause, `promises that Lee won't “…”`, nor the listener of an
  // uninverted "told", `State has told lawmakers that such “…”`. FIT half of seed 20261221.)
  if (lower(tokens[verb.end]) === "that" || TELLING_FORMS.has(lower(tokens[verb.first]))) return null;
  const after = phraseStartingAt(tokens, verb.end, limit);
  // (`said Roe was “…”`, `says the plan will “…”`: a phrase with its own verb after it is the reported clause's
  // subject, not an inverted verb's speaker. FIT half of seed 20261221.)
  const next = lower(tokens[after?.end ?? -1]);
  const negated = lower(tokens[(after?.end ?? -1) + 1]) === "n't";
  // (A pronoun there mostly is the speaker again, `the unit said it has …`: kept. Reuters changed records.)
  const ownVerb = VERB_AUXILIARIES.has(next) || CLAUSE_VERBS.has(next) || negated;
  if (after !== null && after.kind !== "pronoun" && ownVerb) return null;
  return after;
}
