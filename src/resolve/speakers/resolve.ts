import { PERSON_DESCRIPTORS } from "../../lexicon/attribution-phrases.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { GENDERED_PRONOUNS } from "../../lexicon/pronouns.js";
import { FEMALE_ROLES, MALE_ROLES, ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import type { Mention, Quote, QuoteSpan, QuoteSpeaker, SpeakerPhrase, TextSpan, Token } from "../../types.js";
import { byName, withoutTitle } from "./by-name.js";
import { byOrganization, organizationSpokenFor } from "./by-organization.js";
import {
  byDescription,
  createSpeakerContext,
  insideQuote,
  lastOffsetBefore,
  learnPerson,
  overlapping,
  personNamed,
  remember,
  type SpeakerContext,
} from "./context.js";
import { byAge, byKin } from "./family.js";
import { colonIntroducer, narrationSubject, organizationAsIt, Stories } from "./narration.js";
import type { Gender, PersonFacts } from "./people.js";
import { roleHolderInText } from "./role-holder.js";
import { PRONOUN_WEIGHT, UNKNOWN_GENDER_FIT } from "./salience.js";

export { createSpeakerContext, type SpeakerContext } from "./context.js";

/** Words that end a clause looking back from a pronoun: a person before them may be its referent again. */
const CLAUSE_BREAKS = new Set([
  ",",
  ";",
  ":",
  "(",
  '"',
  "“",
  "”",
  "and",
  "but",
  "or",
  "who",
  "whom",
  "that",
  "which",
  "when",
  "while",
  "because",
  "after",
  "before",
  "if",
  "as",
]);

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
 * The persons named in the pronoun's own clause before it ("Zenghelis described her": Zenghelis). An object
 * pronoun never names them (binding: "her" there is someone else); a reflexive names the nearest of them.
 * GUM pronouns right without either / with both: train 1,207 / 1,223 (reflexives) and 1,218 / 1,223 (objects)
 * of 1,518; dev 154 / 154 and 155 / 154 of 202.
 */
function clauseMates(context: SpeakerContext, span: TextSpan): string[] {
  const tokens = context.tokens;
  const at = tokenAt(tokens, span.start);
  let from = at;
  while (from > 0) {
    const previous = tokens[from - 1] as Token;
    if (/^[.!?]$/.test(previous.text) || CLAUSE_BREAKS.has(previous.text.toLowerCase())) break;
    if (previous.end < span.start - 200) break;
    from -= 1;
  }
  const start = (tokens[from] as Token | undefined)?.start ?? span.start;
  return overlapping(context.mentions, { start, end: span.start, text: "" })
    .filter((m) => m.type === "person" && m.end <= span.start)
    .map((m) => m.entity);
}

/**
 * `anchor`: where the pronoun's antecedent is looked for back from. For a quote's speaker it is the quote's start
 * (`“… Obama won …,” he said`: nobody named inside a statement is its speaker, and the statement's own sentences
 * do not push the person introduced before it further back).
 */
function byPronoun(
  context: SpeakerContext,
  span: TextSpan,
  lookAhead: boolean,
  anchor = span.start,
  speaking = false,
): QuoteSpeaker {
  const word = span.text.toLowerCase();
  const gender = GENDERED_PRONOUNS.get(word);
  if (gender === undefined) return { name: null, mention: span };
  const agreement = (candidate: string): number => {
    const facts = context.people.get(candidate);
    if (facts?.notPerson) return 0;
    const known = facts?.gender;
    return known === gender ? 1 : known ? 0 : UNKNOWN_GENDER_FIT;
  };
  const mates = clauseMates(context, span);
  // A speaker is named in the narration: "“… Mr. Trump …,” he said" is not Trump (PolNeAR train sample).
  const quoteInside = speaking ? (offset: number) => insideQuote(context, offset) : undefined;
  let name: string | null = null;
  if (word.endsWith("self")) name = mates.findLast((m) => agreement(m) > 0) ?? null;
  if (name === null && speaking) name = subjectJustBefore(context, anchor, agreement);
  if (name === null) {
    const next = context.tokens[tokenAt(context.tokens, span.start) + 1]?.text.toLowerCase();
    const excluded = isObject(word, next) ? new Set(mates) : null;
    name = context.salience.best(
      anchor,
      (candidate) => (excluded?.has(candidate) ? 0 : agreement(candidate)),
      quoteInside,
    );
  }
  // A pronoun before anyone is named (a headline's "... imprisoned her", then "Valeska Paris, ..."): the first
  // person named soon after. Not for a speaker: `"…," he said` before any name is someone described ("one
  // trader"), and looking ahead named a company or the wire's sign-off in 1987 Reuters text.
  if (lookAhead) name ??= context.salience.next(span.start, agreement);
  if (name === null) return { name: null, mention: span };
  const facts = context.people.get(name);
  if (facts && facts.gender === null) facts.gender = gender;
  context.salience.add(span.start, name, PRONOUN_WEIGHT);
  return { name, mention: span };
}

/**
 * A quote's speaker pronoun: the subject of the sentence right before the quote, when its gender agrees
 * (`Julie Burkhart, CEO of …, said on Twitter that … “…,” she said`), however salient someone named
 * earlier is, unless another person who may be meant is named after that subject.
 */
function subjectJustBefore(
  context: SpeakerContext,
  anchor: number,
  agreement: (candidate: string) => number,
): string | null {
  const sentence = context.sentences[spanAt(context.sentences, anchor - 1)];
  if (sentence === undefined) return null;
  const introduced = introducedLast(context, sentence, anchor);
  if (introduced !== null && agreement(introduced) === 1) return introduced;
  const subjects = context.clauseSubjects;
  for (let i = subjects.length - 1; i >= 0; i--) {
    const subject = subjects[i] as { offset: number; name: string };
    if (subject.offset >= anchor) continue;
    if (subject.offset < sentence.start) break;
    if (agreement(subject.name) !== 1) continue;
    // "Ramsey may prefer …, Sherwood left the door open. He added:": another person of the gender named after
    // the subject leaves the choice to salience; not a preposition's object ("met with Reagan").
    const rival = overlapping(context.mentions, { start: subject.offset + 1, end: anchor, text: "" }).some(
      (m) =>
        m.type === "person" &&
        m.start > subject.offset &&
        m.entity !== subject.name &&
        agreement(m.entity) > 0 &&
        !governed(context.tokens, m.start),
    );
    return rival ? null : subject.name;
  }
  return null;
}

/**
 * A person named for the first time at the end of the sentence right before a quote, with an appositive that
 * runs to the sentence's end (`… something that concerns Jane Roe, president of the Florida caucus.` then
 * `“…,” she said`): news introduces the next speaker so, wherever the name stands in the sentence.
 */
function introducedLast(
  context: SpeakerContext,
  sentence: { start: number; end: number },
  anchor: number,
): string | null {
  const inSentence = overlapping(context.mentions, { start: sentence.start, end: anchor, text: "" });
  const last = inSentence.findLast((m) => m.type === "person");
  if (last === undefined || context.people.get(last.entity)?.offsets[0] !== last.start) return null;
  const tokens = context.tokens;
  const after = tokenAt(tokens, last.end);
  // The appositive opens with the person's role ("president of …", "editor in chief of …"): not "an unarmed
  // teenager, during …" nor "who …" (PolNeAR train: 4 of 4 such speakers wrong), and the name is no appositive
  // itself ("his campaign manager, Jane Roe, and …").
  const role = tokens[after + 1]?.text ?? "";
  if (tokens[after]?.text !== "," || !(ROLE_TITLES.has(role) || PERSON_DESCRIPTORS.has(role))) return null;
  if (tokens[tokenAt(tokens, last.start) - 1]?.text === ",") return null;
  const end = Math.min(sentence.end, anchor);
  for (let k = after + 1; k < tokens.length && (tokens[k] as Token).start < end; k++) {
    if (/^["“”‘’']+$/u.test((tokens[k] as Token).text)) return null;
  }
  return last.entity;
}

/** Whether a preposition before a name makes it an object ("with Reagan"; not "said Hemsley", a subject). */
function governed(tokens: readonly Token[], offset: number): boolean {
  return PREPOSITIONS.has(tokens[tokenAt(tokens, offset) - 1]?.text.toLowerCase() ?? "");
}

/** Role words in a phrase, longest first ("prime minister" before "minister"). */
function rolesIn(words: readonly string[]): string[] {
  const roles: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1] ?? ""}`;
    if (ROLE_TITLES.has(pair)) {
      roles.push(pair);
      i += 1;
    } else if (ROLE_TITLES.has(words[i] as string)) roles.push(words[i] as string);
    else if (ROLE_TITLES.has((words[i] as string).replace(/s$/, "")))
      roles.push((words[i] as string).replace(/s$/, ""));
  }
  return roles;
}

function byRole(context: SpeakerContext, span: SpeakerPhrase): QuoteSpeaker {
  const words = span.text.toLowerCase().split(/[\s’']+/);
  const roles = rolesIn(words);
  const role = roles.at(-1);
  if (role === undefined) {
    const kin = byKin(context, span);
    if (kin !== null) return kin;
    // Only an age describes one person surely; "the editorial", "the banker" may be anyone's.
    const age = words[0] === "the" && words.some((w) => /year-old$/.test(w));
    return age ? (byAge(context, span) ?? byDescription(context, span, null)) : { name: null, mention: span };
  }
  const titles = new Set([role, ...(ROLE_TITLES.get(role) ?? [])]);
  // Countries the phrase names: from demonym/country mentions inside it, else its capitalized words.
  const named = overlapping(context.mentions, span).filter(
    (m) => m.type === "demonym" || m.type === "country",
  );
  const countries = new Set<string>(named.flatMap((m) => [m.entity, m.text.toLowerCase()]));
  if (named.length === 0) {
    for (const w of span.text.split(/\s+/))
      if (/^\p{Lu}/u.test(w) && w !== "The") countries.add(w.toLowerCase());
  }
  const wantGender: Gender | null = FEMALE_ROLES.has(role) ? "female" : MALE_ROLES.has(role) ? "male" : null;
  let best: { facts: PersonFacts; score: number } | null = null;
  for (const facts of context.people.values()) {
    const last = lastOffsetBefore(facts, span.start);
    if (last < 0) continue;
    if (![...facts.roles].some((r) => titles.has(r))) continue;
    const sameCountry = [...facts.countries].some((c) => countries.has(c));
    // "the Iranian president" is not the president linked to Azerbaijan.
    if (named.length > 0 && !sameCountry && facts.countries.size > 0) continue;
    if (wantGender && facts.gender && facts.gender !== wantGender) continue;
    const subjectAt =
      context.subjects.findLast((s) => s.name === facts.name && s.offset < span.start)?.offset ?? -1;
    const score = (sameCountry ? 1e9 : 0) + Math.max(last, subjectAt);
    if (best === null || score > best.score) best = { facts, score };
  }
  if (best === null) {
    const holder = roleHolderInText(context.tokens, titles, span.start);
    if (holder === null) return { name: null, mention: span };
    const known = personNamed(context, holder);
    if (known === null) learnPerson(context, holder, span);
    return { name: known ?? holder, mention: span };
  }
  for (const m of overlapping(context.mentions, span)) {
    if (m.type === "demonym" || m.type === "country") {
      best.facts.countries.add(m.entity);
      best.facts.countries.add(m.text.toLowerCase());
    }
  }
  return { name: best.facts.name, mention: span };
}

/**
 * The person a third-person singular pronoun ("he", "her", "himself") refers to: the most recent subject of a
 * sentence or speaker whose gender does not disagree, or null. Call in text order, as for speakers.
 */
export function resolvePronoun(context: SpeakerContext, span: TextSpan): string | null {
  return byPronoun(context, span, true).name;
}

/**
 * Resolves a speaker phrase to a person: a name to its entity, a pronoun to the most recent compatible
 * subject, a role noun to the person holding that role in context (title, country, recency). Call in
 * text order: every person resolved becomes the most recent subject. `quoted`: the quotes already named (an
 * "it" is the organization of the latest).
 */
export function resolveSpeaker(
  context: SpeakerContext,
  span: SpeakerPhrase,
  quoteStart: number = span.start,
  quoted: readonly Quote[] = [],
): QuoteSpeaker {
  const mention: TextSpan = { start: span.start, end: span.end, text: span.text };
  const typed = { ...span, ...mention };
  let speaker: QuoteSpeaker;
  if (span.kind === "pronoun") {
    speaker = byPronoun(context, typed, false, Math.min(span.start, quoteStart), true);
    const organization = speaker.name === null ? organizationAsIt(context, typed, quoted) : null;
    if (organization !== null) speaker = { ...speaker, organization };
  } else if (span.kind === "role") {
    speaker = byRole(context, typed);
    const spokenFor = speaker.name === null ? organizationSpokenFor(context, typed) : null;
    if (spokenFor !== null) speaker = { ...speaker, organization: spokenFor };
  } else if (span.kind === "organization") speaker = byOrganization(context, typed);
  else speaker = byName(context, typed);
  if (speaker.name !== null) remember(context, speaker.name, span.start);
  // The person is remembered by the document's name for them; the quote names them without the title.
  return { ...speaker, mention, name: speaker.name === null ? null : withoutTitle(speaker.name) };
}

/**
 * Names the speakers of a document's quotes, in text order: a quote with a speaker phrase gets the phrase's
 * person (or organization), a quote that continues an earlier one gets that quote's speaker without a mention.
 */
export function resolveQuotes(
  spans: readonly QuoteSpan[],
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  mentions: readonly Mention[],
): Quote[] {
  // (Direct quotes only: a quoted fragment is the writer's sentence, whose persons may be meant.)
  // (Nothing to name: the context's people, subjects and salience would go unread.)
  if (spans.length === 0) return [];
  // A speaker phrase between two parts of one quote (`“…,” said Alain Marais. “…”`) is narration.
  const direct = spans
    .filter((q) => !q.partial)
    .flatMap((q) => {
      const p = q.speakerPhrase;
      return p !== null && p.start > q.start && p.end < q.end
        ? [
            { start: q.start, end: p.start },
            { start: p.end, end: q.end },
          ]
        : [q];
    });
  const context = createSpeakerContext(tokens, sentences, mentions, direct);
  const quotes: Quote[] = [];
  // `“…,” he said, adding: “…”`: one speaker phrase for two quotes is resolved once.
  let shared: { phrase: SpeakerPhrase; speaker: QuoteSpeaker } | null = null;
  const stories = new Stories();
  for (const span of spans) {
    let speaker: QuoteSpeaker = { name: null, mention: null };
    const phrase = span.speakerPhrase;
    // A sentence's subject before a quote standing alone ("Welfare was meant to be …") speaks only if it is a
    // person the document names; else the quote continues the earlier speaker.
    const speaks =
      phrase !== null &&
      (span.subjectOnly !== true || overlapping(mentions, phrase).some((m) => m.type === "person"));
    if (speaks && shared?.phrase.start === phrase.start) speaker = shared.speaker;
    else if (speaks) {
      speaker = stories.teller(tokens, phrase, quotes) ?? resolveSpeaker(context, phrase, span.start, quotes);
      shared = { phrase, speaker };
    } else {
      const continued = span.continues === null ? undefined : quotes[span.continues];
      const introducer = span.partial
        ? null
        : (colonIntroducer(context, span.start) ??
          narrationSubject(
            context,
            continued?.speaker.name ?? null,
            quotes.findLast((q) => !q.partial)?.end ?? 0,
            span.start,
          ));
      if (introducer !== null) {
        speaker = { ...introducer, name: withoutTitle(introducer.name as string) };
        remember(context, introducer.name as string, (introducer.mention as TextSpan).start);
      } else if (continued !== undefined) speaker = { ...continued.speaker, mention: null };
    }
    const { start, end, text, partial, cue } = span;
    const quote = { start, end, text, partial, speaker, cue };
    stories.took(quote);
    quotes.push(quote);
  }
  return quotes;
}
