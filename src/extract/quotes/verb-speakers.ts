/**
 * Who speaks, read from the words around a finite reporting verb: the phrase before it (with adverbs,
 * appositives and relative clauses skipped) or the phrase after an inverted verb.
 */
import { PASSIVE_AUXILIARIES, SPEAKER_DETERMINERS } from "../../lexicon/attribution-phrases.js";
import { POSTMODIFIER_STARTS } from "../../lexicon/phrase-bounds.js";
import { APOSTROPHES } from "../../lexicon/quote-marks.js";
import { ASKING_PASTS, TELLING_FORMS } from "../../lexicon/reporting-verbs.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { CLAUSE_VERBS, VERB_AUXILIARIES } from "../../lexicon/verb-auxiliaries.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { speakerBeforeAppositives, speakerBeforeComma } from "./appositives.js";
import { personAfterConstituency } from "./constituency-names.js";
import { speakerBeforeDashAside } from "./dash-asides.js";
import { documentBeforeObject, documentBeforePlace, personBeforeEmployer } from "./employers.js";
import { phraseStartingAt } from "./phrase-starting.js";
import { type CuePhrase, phraseEndingAt, type SpeakerPhrase } from "./phrases.js";
import { sourceBeforePostmodifier } from "./source-phrases.js";
import { skipAdverbsLeft } from "./speaker-gaps.js";
import { lower } from "./words.js";

/** `was asked`: a passive "ask", whose subject is the one asked, not the asker. */
export function passiveAsking(tokens: readonly Token[], verb: CuePhrase): boolean {
  return (
    ASKING_PASTS.has(lower(tokens[verb.first])) && PASSIVE_AUXILIARIES.has(lower(tokens[verb.first - 1]))
  );
}

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
    const appositive = speakerBeforeAppositives(tokens, k, floor);
    if (appositive !== null) return appositive;
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
      personAfterConstituency(tokens, before.first - 1, before.end) ??
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
