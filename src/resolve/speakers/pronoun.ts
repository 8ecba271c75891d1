import { RELATIVE_OPENERS } from "../../lexicon/clause-words.js";
import { CLAUSE_BREAKS, CLAUSE_OPENERS } from "../../lexicon/phrase-bounds.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { GENDERED_PRONOUNS, SPEAKER_PRONOUNS } from "../../lexicon/pronouns.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import type { Mention, QuoteSpeaker, TextSpan, Token } from "../../types.js";
import { insideQuote, overlapping, personsBefore, type SpeakerContext } from "./context.js";
import { coordinatedSubject, subjectsOwn } from "./coordinated-subject.js";
import { possessive } from "./noun-phrase.js";
import { lastSubject, previousSentenceReferent } from "./previous-sentence.js";
import { PRONOUN_WEIGHT, UNKNOWN_GENDER_FIT } from "./salience.js";
import { subjectJustBefore } from "./speaker-subject.js";

/** Words after which "her" is an object ("described her as", "told her that"), not a possessive ("her mother"). */
function isObject(pronoun: string, next: string | undefined): boolean {
  if (pronoun === "him" || pronoun === "them") return true;
  if (pronoun !== "her") return false;
  return (
    next === undefined ||
    !/^\p{Ll}/u.test(next) ||
    PREPOSITIONS.has(next) ||
    CLAUSE_BREAKS.has(next) ||
    next === "to"
  );
}

/**
 * A rule that may name a pronoun's referent from where it stands, given how well each candidate's gender fits
 * (`agreement`: 0 rules one out); null leaves the choice to the rules after it.
 */
type PronounRule = (
  context: SpeakerContext,
  span: TextSpan,
  agreement: (candidate: string) => number,
) => string | null;

/**
 * The persons named in the pronoun's own clause before it ("Vardakis described her": Vardakis). An object
 * pronoun never names them (binding: "her" there is someone else); a reflexive names the nearest of them.
 * GUM pronouns right without either / with both: train 1,207 / 1,223 (reflexives) and 1,218 / 1,223 (objects)
 * of 1,518; dev 154 / 154 and 155 / 154 of 202.
 */
function clauseMates(context: SpeakerContext, span: TextSpan): Mention[] {
  const tokens = context.tokens;
  const at = tokenAt(tokens, span.start);
  let from = at;
  while (from > 0) {
    const previous = tokens[from - 1] as Token;
    if (/^[.!?]$/.test(previous.text) || CLAUSE_BREAKS.has(previous.lower)) break;
    if (previous.end < span.start - 200) break;
    from -= 1;
  }
  const start = (tokens[from] as Token | undefined)?.start ?? span.start;
  return overlapping(context.mentions, { start, end: span.start, text: "" }).filter(
    (m) => m.type === "person" && m.end <= span.start,
  );
}

/**
 * A speaker pronoun opening a relative or time clause ("Many point to Ann Roe's speech in Geneva in which she
 * declared: “…”") is the one person its own sentence names before it, when that person's gender agrees, even as
 * a possessive: the clause describes that person's act. FIT sample of session 12: such a "she" went to the
 * person quoted before.
 */
const relativeClauseReferent: PronounRule = (context, span, agreement) => {
  const tokens = context.tokens;
  const at = tokenAt(tokens, span.start);
  if (!RELATIVE_OPENERS.has(tokens[at - 1]?.lower ?? "")) return null;
  const sentence = context.sentences[spanAt(context.sentences, span.start)];
  if (sentence === undefined) return null;
  const persons = personsBefore(context, sentence.start, span.start);
  const names = new Set(persons.map((m) => m.entity));
  if (names.size === 1) {
    const name = [...names][0] as string;
    return agreement(name) === 1 ? name : null;
  }
  // "Roe attacked Poe …, and set the premier, whom he called reckless, against …": with several persons named, the
  // subject of a relative clause after a comma is the main clause's, the sentence's first clause subject (never
  // the head it describes). FIT sample of PolNeAR train (", whom/which he" speakers, 25): 1 went to the head.
  // (Not after ", when" nor ", where": "a speech given on Friday, when he said …" is the
  // subject's of that clause, Roe's, not the main clause's: PolNeAR train, 1 went wrong so.)
  if (tokens[at - 2]?.text !== "," || !/^(?:whom|which)$/.test(tokens[at - 1]?.lower ?? "")) return null;
  const subject = persons.find((m) => context.clauseSubjects.some((c) => c.offset === m.start));
  return subject !== undefined && agreement(subject.entity) === 1 ? subject.entity : null;
};

/**
 * "Roe met Poe, who had told reporters he would resign": a subject or possessive pronoun inside a relative clause
 * on a name ("NAME, who …", with no mark, clause opener, other relative or "and"/"or" between) is that name, the
 * clause's own subject, when its gender is known and agrees; "Roe met Poe, who told him …" leaves the object to the
 * rules after. Left by session 17 by shape (the person of the main clause was chosen).
 */
const relativeAntecedent: PronounRule = (context, span, agreement) => {
  const head = relativeHead(context, tokenAt(context.tokens, span.start));
  return head !== null && agreement(head) === 1 ? head : null;
};

/**
 * The name a relative clause holding the pronoun at token `at` is on ("NAME, who …", with no mark, clause opener,
 * other relative or "and"/"or" between), or null: the clause's own subject.
 */
function relativeHead(context: SpeakerContext, at: number): string | null {
  const who = relativeWho(context.tokens, at);
  if (who < 0) return null;
  const comma = context.tokens[who - 1] as Token;
  const person = overlapping(context.mentions, { start: comma.start - 1, end: comma.start, text: "" }).find(
    (m) => m.type === "person" && m.end === comma.start,
  );
  return person?.entity ?? null;
}

/** The token of the ", who" opening the relative clause that holds token `at`, or -1. */
function relativeWho(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(1, at - 16); k--) {
    const token = tokens[k] as Token;
    if (token.lower === "who") {
      // (Not the word right after "who": "Poe, who he said was …" is someone else's clause.)
      return k === at - 1 || (tokens[k - 1] as Token).text !== "," ? -1 : k;
    }
    if (
      RELATIVE_OPENERS.has(token.lower) ||
      token.lower === "and" ||
      token.lower === "or" ||
      CLAUSE_OPENERS.has(token.lower) ||
      /^\p{P}$/u.test(token.text)
    )
      return -1;
  }
  return -1;
}

/** Lower-case words at most between "who" and an object that its own verb governs ("Poe, who then followed him"). */
const RELATIVE_OBJECT_WORDS = 3;

/**
 * The name a relative clause is on when an object pronoun is its own verb's ("Roe met Poe, who followed him": not
 * Poe, its subject): up to RELATIVE_OBJECT_WORDS lower-case words after "who", none a pronoun or "that", and no
 * name, so not "Poe, who says Roe is attacking him" nor "Poe, who he claims was unfair to him", where the object
 * stands in a clause of its own and may well be Poe (CHECK sample of seeds 20261919/20261920: without the limits, 6
 * of 7 pronouns changed went wrong).
 */
function relativeObjectHead(context: SpeakerContext, at: number): string | null {
  const tokens = context.tokens;
  const who = relativeWho(tokens, at);
  if (who < 0 || at - who - 1 > RELATIVE_OBJECT_WORDS) return null;
  for (let k = who + 1; k < at; k++) {
    const word = (tokens[k] as Token).text;
    if (!/^\p{Ll}+$/u.test(word) || word === "that" || SPEAKER_PRONOUNS.has(word)) return null;
  }
  return relativeHead(context, at);
}

/**
 * The persons a speaker pronoun's clause names after it, up to the clause's end ("he told Dana Roe", "she said of
 * Roe"): the verb's object or its topic, never the pronoun's referent. FIT sample of session 12: "he told NAME"
 * went to NAME.
 */
function clauseObjects(context: SpeakerContext, span: TextSpan): Set<string> {
  const tokens = context.tokens;
  let end = span.end;
  for (let k = tokenAt(tokens, span.end); k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (/^[.!?;:,“”"‘’'(]$/.test(token.text) || token.start > span.end + 200) break;
    end = token.end;
  }
  return new Set(
    overlapping(context.mentions, { start: span.end, end, text: "" })
      .filter((m) => m.type === "person" && m.start >= span.end && m.end <= end)
      .map((m) => m.entity),
  );
}

/**
 * The persons named inside the quote a speaker pronoun attributes (one opening right after its clause, "He said,
 * “…”", or closing right before it, "“…,” he said"): a speaker names others so, and himself as "I". FIT sample of
 * session 12: "For Jo Lee, Hale was a legend. He said, “Hale was …”" went to Hale.
 */
function statementPersons(context: SpeakerContext, span: TextSpan): string[] {
  const quote = context.quoted.find(
    (q) =>
      (q.start >= span.end && q.start <= span.end + 40) || (q.end <= span.start && q.end >= span.start - 5),
  );
  const names: string[] = [];
  if (quote === undefined) return names;
  // Pushed, not filtered and mapped (map's array is HOLEY once this function is optimized: "wrong map").
  for (const m of overlapping(context.mentions, { start: quote.start, end: quote.end, text: "" }))
    if (m.type === "person" && m.start >= quote.start && m.end <= quote.end) names.push(m.entity);
  return names;
}

/**
 * `anchor`: where the pronoun's antecedent is looked for back from. For a quote's speaker it is the quote's start
 * (`“… Brisco won …,” he said`: nobody named inside a statement is its speaker, and the statement's own sentences
 * do not push the person introduced before it further back).
 */
export function byPronoun(
  context: SpeakerContext,
  span: TextSpan,
  lookAhead: boolean,
  anchor = span.start,
  speaking = false,
  depth = 0,
): QuoteSpeaker {
  const word = span.text.toLowerCase();
  const gender = GENDERED_PRONOUNS.get(word);
  if (gender === undefined) return { name: null, mention: span };
  // "“…,” he told Dana Roe": the person the pronoun's own clause names after it is its object, not its referent;
  // "He said, “Dana Roe changed this province”": nor is the person the statement names.
  // (The statement's persons added to the clause's set one by one: spreading the mapped list, a HOLEY array
  // once its function is optimized, threw this function's code away: "wrong map".)
  let objects: Set<string> | null = null;
  if (speaking) {
    objects = clauseObjects(context, span);
    for (const name of statementPersons(context, span)) objects.add(name);
  }
  const agreement = (candidate: string): number => {
    if (objects?.has(candidate)) return 0;
    const facts = context.people.get(candidate);
    if (facts?.notPerson) return 0;
    const known = facts?.gender;
    return known === gender ? 1 : known ? 0 : UNKNOWN_GENDER_FIT;
  };
  const mates = clauseMates(context, span);
  // A speaker is named in the narration: "“… Mr. Frost …,” he said" is not Frost (PolNeAR train sample).
  const quoteInside = speaking ? (offset: number) => insideQuote(context, offset) : undefined;
  let name: string | null = null;
  if (word.endsWith("self")) name = mates.findLast((m) => agreement(m.entity) > 0)?.entity ?? null;
  const at = tokenAt(context.tokens, span.start);
  const next = context.tokens[at + 1]?.lower;
  const object = isObject(word, next);
  // "Roe lost her seat and resigned her post": the coordinated predicate's subject, Roe's own.
  const shared = subjectsOwn(word, object) || object ? coordinatedSubject(context, at) : null;
  if (name === null && shared !== null && !object) {
    const fit = agreement(shared);
    if (fit === 1 || (fit > 0 && shared.includes(" "))) name = shared;
  }
  if (name === null && !object) name = relativeAntecedent(context, span, agreement);
  if (name === null && speaking) name = relativeClauseReferent(context, span, agreement);
  if (name === null && speaking) name = subjectJustBefore(context, anchor, agreement);
  if (name === null && speaking && depth === 0)
    name = previousSentenceReferent(
      context,
      word,
      span.start,
      anchor,
      agreement,
      (opener) => byPronoun(context, opener, false, opener.start, true, depth + 1).name,
    );
  if (name === null && speaking) name = lastSubject(context, word, span.start, anchor, agreement);
  if (name === null) {
    // A possessor is no clause-mate of an object ("Roe's sister pleaded with him": him may be Roe, whom the
    // subject's phrase names but who is not its subject).
    const excluded = object
      ? new Set(mates.filter((m) => !possessive(context.tokens, m.end)).map((m) => m.entity))
      : null;
    // "Roe came later and told him": nor the subject of a predicate coordinated with the object's.
    if (excluded !== null && shared !== null) excluded.add(shared);
    const head = excluded === null ? null : relativeObjectHead(context, at);
    if (head !== null) excluded?.add(head);
    name = context.salience.best(
      anchor,
      (candidate) => (excluded?.has(candidate) ? 0 : agreement(candidate)),
      quoteInside,
    );
  }
  // A pronoun before anyone is named (a headline's "... imprisoned her", then "Marisol Devane, ..."): the first
  // person named soon after. Not for a speaker: `"…," he said` before any name is someone described ("one
  // trader"), and looking ahead named a company or the wire's sign-off in 1987 Reuters text.
  if (lookAhead) name ??= context.salience.next(span.start, agreement);
  // A pronoun looked up for another (depth 1) leaves the weights as they were: each pronoun adds once.
  if (name === null || depth > 0) return { name, mention: span };
  const facts = context.people.get(name);
  if (facts && facts.gender === null) facts.gender = gender;
  context.salience.add(span.start, name, PRONOUN_WEIGHT);
  return { name, mention: span };
}

/**
 * The person a third-person singular pronoun ("he", "her", "himself") refers to: the most recent subject of a
 * sentence or speaker whose gender does not disagree, or null. Call in text order, as for speakers.
 */
export function resolvePronoun(context: SpeakerContext, span: TextSpan): string | null {
  return byPronoun(context, span, true).name;
}
