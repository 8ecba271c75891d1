/**
 * What the speaker resolver knows of a document while it walks the quotes in text order, and the moves
 * every kind of speaker phrase shares: finding mentions, naming a person, remembering a speaker.
 */

import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Mention, TextSpan, Token } from "../../types.js";
import { genderOfTitle, genderOfTitledName } from "../names/gender.js";
import { fullNameFinder, personKey } from "../names/persons.js";
import { insideLongerName, writtenFullName } from "./full-names.js";
import { gluedPersons, missedSubjects } from "./missed-subjects.js";
import { clauseStart } from "./noun-phrase.js";
import { collectPeople, type PersonFacts } from "./people.js";
import {
  ADJUNCT_WEIGHT,
  MENTION_WEIGHT,
  Salience,
  SPEAKER_WEIGHT,
  SUBJECT_TOKENS,
  SUBJECT_WEIGHT,
} from "./salience.js";
import type { SpeakerContext } from "./speaker-context.js";
import { afterIntroduction, appositiveToOpener, opensClause, reports } from "./subject-position.js";

export type { SpeakerContext };

export function createSpeakerContext(
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  mentions: readonly Mention[],
  quoted: ReadonlyArray<{ start: number; end: number }> = [],
): SpeakerContext {
  const subjects: SpeakerContext["subjects"] = [];
  const persons = mentions.filter((m) => m.type === "person");
  let p = 0;
  for (const s of sentences) {
    while (p < persons.length && (persons[p] as Mention).start < s.start) p += 1;
    // Bound-checked reads, here and below: a read past an array's end cost an "out of bounds" deopt of this
    // function and a recompile (--trace-deopt over the Reuters bench).
    const first = p < persons.length ? persons[p] : undefined;
    if (first !== undefined && first.start < s.end)
      subjects.push({ offset: first.start, name: first.entity });
  }
  const salience = new Salience(sentences);
  const clauseSubjects: SpeakerContext["clauseSubjects"] = [];
  let k = 0;
  for (const m of persons) {
    while (k < sentences.length && (sentences[k] as { end: number }).end <= m.start) k += 1;
    const sentence = k < sentences.length ? sentences[k] : undefined;
    const sentenceStart = sentence?.start ?? 0;
    // A heading or caption, with no closing punctuation ("John Mars, 2nd Earl of Clare"), names someone
    // without making them its subject. GUM pronouns right: dev 149 -> 154 of 202, train 1,194 of 1,518 either way
    // (weight 0.25 / 0.5 as well as 1: dev 154, train 1,190 / 1,194).
    const lastAt = sentence === undefined ? tokens.length : tokenAt(tokens, sentence.end - 1);
    const lastToken = lastAt < tokens.length ? tokens[lastAt] : undefined;
    const heading = lastToken !== undefined && !/[.!?"”’':;)…]$/u.test(lastToken.text);
    // A name opening its sentence ("Byron fell in love ...") is its subject; one after a preposition
    // ("under the care of a Dr. Pennock") is an adjunct, which a following pronoun seldom means.
    const at = tokenAt(tokens, m.start);
    // The sentence's first token, searched once (it was searched up to four times per person).
    const sentenceFirst = tokenAt(tokens, sentenceStart);
    const afterName = tokenAt(tokens, m.end);
    // "Veldhoven admits he …", "Tom Reed talked …" after a caption run into the sentence: a person with a
    // reporting verb right after the name is a subject wherever the sentence starts.
    const opening =
      (!heading && at - sentenceFirst <= SUBJECT_TOKENS) ||
      // "Ohio Democratic Party Chairman Jane Roe called …": only capitalized words and role nouns before it,
      // and the name is whole ("Trade Representative Clayton\nYeutter", where the tagger kept "Clayton", is
      // the longer name a speaker phrase may learn: 9 Reuters speakers went to a first name without this).
      (!heading &&
        !isCapitalized(afterName < tokens.length ? (tokens[afterName] as Token).text : "") &&
        clauseStart(tokens, at, sentenceFirst) === sentenceFirst) ||
      // ("of Drexel Burnham Lambert said": the object of a preposition is not the verb's subject.)
      (reports(tokens, m.end) && !PREPOSITIONS.has(at > 0 ? (tokens[at - 1] as Token).lower : "")) ||
      afterIntroduction(tokens, at, m.end, sentenceFirst) ||
      appositiveToOpener(tokens, at, m.end, sentenceFirst);
    // Up to three words back: "of a Dr. Pennock" (a loop: no array and closure per person).
    let adjunct = false;
    for (let back = 1; back <= 3 && !adjunct; back++)
      adjunct = PREPOSITIONS.has(at >= back ? (tokens[at - back] as Token).lower : "");
    salience.add(m.start, m.entity, opening ? SUBJECT_WEIGHT : adjunct ? ADJUNCT_WEIGHT : MENTION_WEIGHT);
    // A clause's subject after "and"/"but" names the speaker of a "He said:" right after, but weighs no more
    // for other pronouns (GUM pronouns right as a subject there: dev 157 -> 156, train 1,233 -> 1,229 of 1,518).
    if (opening || (!heading && opensClause(tokens, at, m.end, sentenceFirst)))
      clauseSubjects.push({ offset: m.start, name: m.entity });
  }
  const people = collectPeople(tokens, sentences, mentions);
  const fuller = new Map<string, string>();
  // Every key set here, the two rules built on first use too (undefined): a context that got its rule later
  // changed hidden class mid-document, and each reader of the context met both ("wrong map" in --trace-deopt).
  const context: SpeakerContext = {
    mentions,
    tokens,
    sentences,
    clauseSubjects,
    people,
    subjects,
    salience,
    quoted,
    fuller,
    rule: undefined,
    writtenFullName: undefined,
  };
  addMissedSubjects(context);
  return context;
}

/**
 * The subjects the tagger's mentions missed (missed-subjects.ts), learnt as people and subjects. A function of its
 * own, not the tail of createSpeakerContext: these branches are rare, and each first taken threw away the optimized
 * code of the whole context builder (--trace-deopt: createSpeakerContext compiled 6 times a run).
 */
function addMissedSubjects(context: SpeakerContext): void {
  const { tokens, sentences, mentions, people, salience, clauseSubjects } = context;
  for (const missed of missedSubjects(tokens, mentions)) {
    const name =
      personNamed(context, missed.name) ??
      (insideLongerName(tokens, missed.name) ? null : (writtenFullName(context, missed.name) ?? missed.name));
    if (name === null) continue;
    if (!people.has(name)) learnPerson(context, name, { start: missed.offset, end: missed.offset, text: "" });
    const facts = people.get(name) as PersonFacts;
    facts.gender ??= missed.gender;
    salience.add(missed.offset, name, SUBJECT_WEIGHT);
    insertSubject(clauseSubjects, missed.offset, name);
  }
  for (const glued of gluedPersons(tokens, mentions)) {
    const name = personNamed(context, glued.name) ?? glued.name;
    if (!people.has(name)) learnPerson(context, name, { start: glued.offset, end: glued.offset, text: "" });
    // The organization opening its sentence ("House Intelligence Republican Jo Roe (R-Kan.) agreed"): the
    // person is that sentence's subject.
    const sentenceStart = sentences[spanAt(sentences, glued.offset)]?.start ?? 0;
    const opening =
      tokenAt(tokens, glued.organization.start) - tokenAt(tokens, sentenceStart) <= SUBJECT_TOKENS;
    salience.add(glued.offset, name, opening ? SUBJECT_WEIGHT : MENTION_WEIGHT);
    if (opening) insertSubject(clauseSubjects, glued.offset, name);
  }
}

/** Adds a subject the tagger's mentions missed at its place in the offset order of `subjects`. */
function insertSubject(subjects: { offset: number; name: string }[], offset: number, name: string): void {
  let i = subjects.length;
  while (i > 0 && (subjects[i - 1] as { offset: number }).offset > offset) i -= 1;
  subjects.splice(i, 0, { offset, name });
}

/** Whether `offset` lies inside one of the document's quotes. */
export function insideQuote(context: SpeakerContext, offset: number): boolean {
  const i = spanAt(context.quoted, offset);
  const quote = context.quoted[i];
  return quote !== undefined && quote.start <= offset && offset < quote.end;
}

/**
 * The person mentions that end in [start, end), outside the document's quotes, of names the document has not shown
 * to be no person: the candidates a sentence offers before a quote or a pronoun.
 */
export function personsBefore(context: SpeakerContext, start: number, end: number): Mention[] {
  return overlapping(context.mentions, { start, end, text: "" }).filter(
    (m) =>
      m.type === "person" &&
      m.end <= end &&
      !insideQuote(context, m.start) &&
      context.people.get(m.entity)?.notPerson !== true,
  );
}

export function overlapping(mentions: readonly Mention[], span: TextSpan): Mention[] {
  // Mentions are in text order; a binary search finds the first that could overlap.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const found: Mention[] = [];
  for (let i = lo; i < mentions.length && (mentions[i] as Mention).start < span.end; i++)
    found.push(mentions[i] as Mention);
  return found;
}

export function lastOffsetBefore(facts: PersonFacts, offset: number): number {
  let best = -1;
  for (const o of facts.offsets) if (o < offset) best = o;
  return best;
}

/** The last offset before `offset` at which the person is named outside the document's quotes, or -1. */
export function lastNarratedBefore(context: SpeakerContext, facts: PersonFacts, offset: number): number {
  let best = -1;
  for (const o of facts.offsets) if (o < offset && !insideQuote(context, o)) best = o;
  return best;
}

export function remember(context: SpeakerContext, name: string, offset: number): void {
  context.salience.add(offset, name, SPEAKER_WEIGHT);
  // Quotes are resolved in text order, so this insertion rarely moves anything.
  const subjects = context.subjects;
  let i = subjects.length;
  while (i > 0 && (subjects[i - 1] as { offset: number }).offset > offset) i -= 1;
  subjects.splice(i, 0, { offset, name });
}

/** The person of the document that a written name names, by the person rule of resolve/names; null for none. */
export function personNamed(context: SpeakerContext, name: string): string | null {
  context.rule ??= fullNameFinder(context.people.keys());
  const key = personKey(name);
  const found = context.rule(name);
  if (found !== null) return found;
  // A fuller name than the document's ("Sanford Margoshes" where the tagger kept only "Margoshes"): the one
  // person whose name ends the phrase's.
  const longer = [...context.people.keys()].filter((n) => key.endsWith(` ${personKey(n)}`));
  return longer.length === 1 ? (longer[0] as string) : null;
}

/**
 * A person the tagger missed, known from a speaker phrase: later surnames, pronouns and roles resolve to
 * them ("… said Gail Martell." … "Martell said"), with the title's or first name's gender.
 */
export function learnPerson(context: SpeakerContext, name: string, span: TextSpan): void {
  if (context.people.has(name)) return;
  const title = span.text.replace(/^(?:the|The)\s+/, "").split(/\s+/)[0] ?? "";
  const titleGender = genderOfTitle(title.replace(/\.$/, ""));
  context.people.set(name, {
    name,
    roles: new Set(),
    countries: new Set(),
    places: new Set(),
    pastOffices: new Set(),
    presentOffices: new Set(),
    gender: titleGender ?? genderOfTitledName(name),
    genderFromName: titleGender === null,
    notPerson: false,
    offsets: [span.start],
  });
  context.rule = undefined;
}

export function afterThe(tokens: readonly Token[], offset: number): boolean {
  return tokens[tokenAt(tokens, offset) - 1]?.lower === "the";
}
