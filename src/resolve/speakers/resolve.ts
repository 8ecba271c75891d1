import { gazetteer, Kind } from "../../extract/entities/gazetteer.js";
import { PERSON_DESCRIPTORS } from "../../lexicon/attribution-phrases.js";
import { firstNameGender } from "../../lexicon/first-names.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { ORGANIZATION_NOUNS, STATEMENT_NOUNS } from "../../lexicon/organization-nouns.js";
import { PERSONAL_TITLES, SPEAKER_PHRASE_TITLES } from "../../lexicon/person-titles.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { GENDERED_PRONOUNS } from "../../lexicon/pronouns.js";
import { FEMALE_ROLES, MALE_ROLES, ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { tokenAt } from "../../text/token-at.js";
import type { Mention, Quote, QuoteSpan, QuoteSpeaker, SpeakerPhrase, TextSpan, Token } from "../../types.js";
import { genderOfFullName, genderOfTitle } from "../names/gender.js";
import { personKey, personRule } from "../names/persons.js";
import { collectPeople, type Gender, type PersonFacts } from "./people.js";
import {
  ADJUNCT_WEIGHT,
  MENTION_WEIGHT,
  PRONOUN_WEIGHT,
  Salience,
  SPEAKER_WEIGHT,
  SUBJECT_TOKENS,
  SUBJECT_WEIGHT,
} from "./salience.js";

/**
 * What the resolver knows while it walks a document's quotes in text order: the people, and who was
 * recently the subject of a sentence or the speaker of a quote (for pronouns and role nouns).
 */
export interface SpeakerContext {
  mentions: readonly Mention[];
  people: Map<string, PersonFacts>;
  /** Persons as subjects (first person mention of a sentence) and as resolved speakers, by offset. */
  subjects: Array<{ offset: number; name: string }>;
  /** Every person mention, resolved speaker and resolved pronoun, by offset: what pronouns weigh. */
  salience: Salience;
  tokens: readonly Token[];
  /** The person rule over the document's people, built on the first speaker phrase that needs it. */
  rule?: (key: string) => string | null;
}

const escapeRegExp = (title: string): string => title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "the", then titles, before the name in a speaker phrase ("the Prime Minister Jane Doe"). */
const STRIP_TITLE = new RegExp(
  `^(?:(?:the|The)\\s+)?(?:(?:\\p{Lu}[\\p{L}]*\\.|${SPEAKER_PHRASE_TITLES.map(escapeRegExp).join("|")})\\s+)+`,
  "u",
);

/** Whether a speaker phrase opens with a title only persons bear ("Mr", "Baroness", "Prof."). */
function opensWithPersonalTitle(phrase: string): boolean {
  const first = phrase.replace(/^(?:the|The)\s+/, "").split(/\s+/)[0] ?? "";
  return PERSONAL_TITLES.has(first.toLowerCase().replace(/\.$/, ""));
}

export function createSpeakerContext(
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  mentions: readonly Mention[],
): SpeakerContext {
  const subjects: SpeakerContext["subjects"] = [];
  const persons = mentions.filter((m) => m.type === "person");
  let p = 0;
  for (const s of sentences) {
    while (p < persons.length && (persons[p] as Mention).start < s.start) p += 1;
    const first = persons[p];
    if (first !== undefined && first.start < s.end)
      subjects.push({ offset: first.start, name: first.entity });
  }
  const salience = new Salience(sentences);
  let k = 0;
  for (const m of persons) {
    while (k < sentences.length && (sentences[k] as { end: number }).end <= m.start) k += 1;
    const sentenceStart = sentences[k]?.start ?? 0;
    // A name opening its sentence ("Byron fell in love ...") is its subject; one after a preposition
    // ("under the care of a Dr. Bailey") is an adjunct, which a following pronoun seldom means.
    const at = tokenAt(tokens, m.start);
    const opening = at - tokenAt(tokens, sentenceStart) <= SUBJECT_TOKENS;
    // Up to three words back: "of a Dr. Bailey".
    const adjunct = [1, 2, 3].some((back) => PREPOSITIONS.has(tokens[at - back]?.text.toLowerCase() ?? ""));
    salience.add(m.start, m.entity, opening ? SUBJECT_WEIGHT : adjunct ? ADJUNCT_WEIGHT : MENTION_WEIGHT);
  }
  return { mentions, tokens, people: collectPeople(tokens, mentions), subjects, salience };
}

function overlapping(mentions: readonly Mention[], span: TextSpan): Mention[] {
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

function lastOffsetBefore(facts: PersonFacts, offset: number): number {
  let best = -1;
  for (const o of facts.offsets) if (o < offset) best = o;
  return best;
}

function remember(context: SpeakerContext, name: string, offset: number): void {
  context.salience.add(offset, name, SPEAKER_WEIGHT);
  // Quotes are resolved in text order, so this insertion rarely moves anything.
  const subjects = context.subjects;
  let i = subjects.length;
  while (i > 0 && (subjects[i - 1] as { offset: number }).offset > offset) i -= 1;
  subjects.splice(i, 0, { offset, name });
}

/** The person of the document that a written name names, by the person rule of resolve/names; null for none. */
function personNamed(context: SpeakerContext, name: string): string | null {
  if (context.rule === undefined) {
    const byKey = new Map([...context.people.keys()].map((n) => [personKey(n), n]));
    const rule = personRule(byKey.keys(), { firstNames: true });
    context.rule = (key) => byKey.get(rule(key)) ?? null;
  }
  const key = personKey(name);
  const found = context.rule(key);
  if (found !== null) return found;
  // A fuller name than the document's ("Sanford Margoshes" where the tagger kept only "Margoshes"): the one
  // person whose name ends the phrase's.
  const longer = [...context.people.keys()].filter((n) => key.endsWith(` ${personKey(n)}`));
  return longer.length === 1 ? (longer[0] as string) : null;
}

/**
 * The name in a speaker phrase: the capitalized words after its last title, role or lower-case word
 * ("Conservative Leader Jane Doe" → "Jane Doe", "project manager John Roe" → "John Roe").
 */
function nameIn(bare: string): { name: string; afterRole: boolean } {
  const words = bare.split(/\s+/);
  let from = 0;
  let afterRole = false;
  words.forEach((w, i) => {
    if (NAME_PARTICLES.has(w)) return;
    const role = isPersonNoun(w.toLowerCase());
    if (role || !/^\p{Lu}/u.test(w)) {
      from = i + 1;
      afterRole = role;
    }
  });
  return from < words.length
    ? { name: words.slice(from).join(" "), afterRole }
    : { name: bare, afterRole: false };
}

/** A role or another noun for a person ("boss", "mp", "spokesmen"), lower case. */
function isPersonNoun(word: string): boolean {
  const singular = (word.split("-").at(-1) as string).replace(/s$/, "");
  return [word, singular].some((w) => ROLE_TITLES.has(w) || PERSON_DESCRIPTORS.has(w));
}

/**
 * "Senate Minority Whip Dick Durbin" → "Dick Durbin": capitalized words before the first known first name
 * (when none before it is one, and a surname follows it) are an office or an employer.
 */
function fromFirstName(name: string): string {
  const words = name.split(/\s+/);
  for (let i = 0; i < words.length - 1; i++) {
    if (isFirstName(words[i] as string)) return i === 0 ? name : words.slice(i).join(" ");
  }
  return name;
}

function isFirstName(word: string): boolean {
  if (firstNameGender(word) !== null) return true;
  return ((gazetteer().phrases.get(word.toLowerCase()) ?? 0) & Kind.firstName) !== 0;
}

/**
 * Where the document writes `surname` as a person's: after a first name ("Gail Martell", "Robert di
 * Clemente") or a personal title ("Ms Martell"). Returns the full name, or the surname for a titled use;
 * null when the document never does.
 */
function personalUseOf(tokens: readonly Token[], surname: string): string | null {
  let titled = false;
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i] as Token).text !== surname) continue;
    let k = i - 1;
    while (k > 0 && NAME_PARTICLES.has((tokens[k] as Token).text)) k -= 1;
    const before = tokens[k] as Token;
    if (/^\p{Lu}/u.test(before.text) && isFirstName(before.text) && before.text !== surname) {
      return tokens
        .slice(k, i + 1)
        .map((t) => t.text)
        .join(" ");
    }
    if (PERSONAL_TITLES.has(before.text.toLowerCase().replace(/\.$/, ""))) titled = true;
  }
  return titled ? surname : null;
}

/** "Roger B. Smith" of which the tagger kept "Roger": the name goes on past a middle initial. */
function cutAtInitial(name: string, person: Mention): boolean {
  const words = name.split(/\s+/);
  const initial = words.findIndex((w, i) => i > 0 && i < words.length - 1 && /^\p{Lu}\.$/u.test(w));
  return initial > 0 && !person.text.includes(words.at(-1) as string);
}

/**
 * A person the tagger missed, known from a speaker phrase: later surnames, pronouns and roles resolve to
 * them ("… said Gail Martell." … "Martell said"), with the title's or first name's gender.
 */
function learnPerson(context: SpeakerContext, name: string, span: TextSpan): void {
  if (context.people.has(name)) return;
  const title = span.text.replace(/^(?:the|The)\s+/, "").split(/\s+/)[0] ?? "";
  context.people.set(name, {
    name,
    roles: new Set(),
    countries: new Set(),
    gender: genderOfTitle(title.replace(/\.$/, "")) ?? genderOfFullName(name),
    offsets: [span.start],
  });
  context.rule = undefined;
}

/** "boss" in "Arsenal boss Arsene Wenger", "spokesman" in "said spokesman Josh Earnest": a lower-case noun for a person right before `offset`. */
function followsPersonNoun(tokens: readonly Token[], offset: number): boolean {
  const before = tokens[tokenAt(tokens, offset) - 1]?.text ?? "";
  return /^\p{Ll}/u.test(before) && isPersonNoun(before);
}

function byName(context: SpeakerContext, span: SpeakerPhrase): QuoteSpeaker {
  const found = overlapping(context.mentions, span);
  const titled = opensWithPersonalTitle(span.text);
  // One space between words: hard-wrapped text breaks names across lines ("Rutgers\nUniversity").
  const phrase = span.text.replace(/\s+/g, " ");
  const bare = titled
    ? phrase.replace(/^(?:the|The) /, "").replace(/^\S+ /, "")
    : phrase.replace(STRIP_TITLE, "").trim();
  const named = nameIn(bare);
  const name = fromFirstName(named.name);
  // Where the name starts in the phrase: "Trump lawyer Marc Kasowitz" is Kasowitz, not Trump.
  const spanWords = [...span.text.matchAll(/\S+/g)];
  const nameWordCount = name.split(/\s+/).length;
  const nameStart = span.start + (spanWords[Math.max(0, spanWords.length - nameWordCount)]?.index ?? 0);
  const persons = found.filter((m) => m.type === "person" && m.end > nameStart);
  const person =
    persons.find((m) => m.end >= span.end - 1) ?? (persons.length === 1 ? persons[0] : undefined);
  if (person && person.end >= span.end - 1 && !cutAtInitial(name, person))
    return { name: person.entity, mention: span };
  const known = name === "" ? null : personNamed(context, name);
  if (known !== null) return { name: known, mention: span };
  // A name the tagger missed, cut short or read as an organization is a person's when a personal title
  // ("said Baroness Hollis"), a role or person noun ("Arsenal boss Arsene Wenger", "Labour MP Ann Lee"),
  // a known first name ("Drew Cass"), a middle initial ("Ann M. Lee") or a person tagged inside it
  // ("Sen. Sherrod Brown" of which the tagger kept "Sherrod") comes with it.
  const first = name.split(/\s+/)[0] ?? "";
  const afterRole = named.afterRole || followsPersonNoun(context.tokens, span.start);
  // ("U.S. Official" is no initial.)
  const initials =
    /^(?:\p{Lu}\.\s*)+\p{Lu}\p{Ll}|\s\p{Lu}\.\s+\p{Lu}\p{Ll}/u.test(name) &&
    !found.some((m) => m.type === "country" || m.type === "demonym");
  if (titled || afterRole || initials || person !== undefined || (name.includes(" ") && isFirstName(first))) {
    learnPerson(context, name, span);
    return { name, mention: span };
  }
  // "…,” Martell said" where the tagger typed every "Martell" an organization: the document's "Gail
  // Martell" or "Ms Martell" says it is a person.
  const full = /^\p{Lu}[\p{L}'’-]+$/u.test(name) ? personalUseOf(context.tokens, name) : null;
  if (full !== null) {
    learnPerson(context, full, span);
    return { name: personNamed(context, name) ?? full, mention: span };
  }
  // "said the Spaniard": a nationality for someone the reader already knows.
  const demonymOnly = found.length > 0 && found.every((m) => m.type === "demonym");
  if (demonymOnly && !/s$/.test(span.text) && afterThe(context.tokens, span.start))
    return byDescription(context, span, null);
  const other = found.find((m) => m.type !== "demonym");
  if (other) return { name: null, mention: span, organization: other.entity };
  const words = bare.toLowerCase().split(/\s+/);
  if (/^The\s/.test(span.text) || words.some((w) => ORGANIZATION_NOUNS.has(w))) {
    return { name: null, mention: span, organization: bare.replace(/^The\s+/, "") };
  }
  return { name: bare === "" ? null : name, mention: span };
}

function byPronoun(context: SpeakerContext, span: TextSpan): QuoteSpeaker {
  const gender = GENDERED_PRONOUNS.get(span.text.toLowerCase());
  if (gender === undefined) return { name: null, mention: span };
  const name = context.salience.best(span.start, (candidate) => {
    const known = context.people.get(candidate)?.gender;
    return !known || known === gender;
  });
  if (name === null) return { name: null, mention: span };
  const facts = context.people.get(name);
  if (facts && facts.gender === null) facts.gender = gender;
  context.salience.add(span.start, name, PRONOUN_WEIGHT);
  return { name, mention: span };
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

function afterThe(tokens: readonly Token[], offset: number): boolean {
  return tokens[tokenAt(tokens, offset) - 1]?.text.toLowerCase() === "the";
}

/**
 * A definite description that holds no office ("the 23-year-old", "the Spaniard"): the most salient
 * person, as for a pronoun, of the description's gender when it has one.
 */
function byDescription(context: SpeakerContext, span: TextSpan, gender: Gender | null): QuoteSpeaker {
  const name = context.salience.best(
    span.start,
    (candidate) => gender === null || (context.people.get(candidate)?.gender ?? gender) === gender,
  );
  return { name, mention: span };
}

function byRole(context: SpeakerContext, span: SpeakerPhrase): QuoteSpeaker {
  const words = span.text.toLowerCase().split(/[\s’']+/);
  const roles = rolesIn(words);
  const role = roles.at(-1);
  if (role === undefined) {
    // Only an age describes one person surely; "the editorial", "the banker" may be anyone's.
    const age = words[0] === "the" && /year-old$/.test(words.at(-1) ?? "");
    return age ? byDescription(context, span, null) : { name: null, mention: span };
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
  if (best === null) return { name: null, mention: span };
  for (const m of overlapping(context.mentions, span)) {
    if (m.type === "demonym" || m.type === "country") {
      best.facts.countries.add(m.entity);
      best.facts.countries.add(m.text.toLowerCase());
    }
  }
  return { name: best.facts.name, mention: span };
}

/**
 * "the utility said": the organization the document names, as a reader takes it: the one named in the
 * phrase, else the latest one before it whose name holds the head noun ("the ministry" → "Ministry of
 * Trade"), else (not for a statement: "the report said") the latest one named before it, else the first
 * one named after it; with none named, the phrase without its determiner.
 */
function byOrganization(context: SpeakerContext, span: SpeakerPhrase): QuoteSpeaker {
  const found = overlapping(context.mentions, span).find(
    (m) => m.type === "organization" || m.type === "country",
  );
  if (found) return { name: null, mention: span, organization: found.entity };
  const head = span.text.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  const organizations = context.mentions.filter((m) => m.type === "organization");
  const earlier = organizations.filter((m) => m.end <= span.start);
  const anyNamed = !STATEMENT_NOUNS.has(head);
  const named =
    earlier.findLast((m) => m.text.toLowerCase().includes(head)) ??
    (anyNamed ? (earlier.at(-1) ?? organizations.find((m) => m.start >= span.end)) : undefined);
  return {
    name: null,
    mention: span,
    organization: named?.entity ?? span.text.replace(/^(?:the|a|an)\s+/i, ""),
  };
}

/** "a spokesman for Granite Holdings said": the organization the unnamed speaker speaks for. */
function organizationSpokenFor(context: SpeakerContext, span: TextSpan): string | null {
  const tokens = context.tokens;
  const next = tokenAt(tokens, span.end);
  if (!/^(?:for|of|at|from)$/.test(tokens[next]?.text ?? "")) return null;
  const after = tokens[next + 1];
  const startsAt = after?.text.toLowerCase() === "the" ? tokens[next + 2] : after;
  if (startsAt === undefined) return null;
  const org = overlapping(context.mentions, { start: startsAt.start, end: startsAt.end, text: "" }).find(
    (m) => m.type === "organization" && m.start === startsAt.start,
  );
  return org?.entity ?? null;
}

/**
 * The person a third-person singular pronoun ("he", "her", "himself") refers to: the most recent subject of a
 * sentence or speaker whose gender does not disagree, or null. Call in text order, as for speakers.
 */
export function resolvePronoun(context: SpeakerContext, span: TextSpan): string | null {
  return byPronoun(context, span).name;
}

/**
 * Resolves a speaker phrase to a person: a name to its entity, a pronoun to the most recent compatible
 * subject, a role noun to the person holding that role in context (title, country, recency). Call in
 * text order: every person resolved becomes the most recent subject.
 */
export function resolveSpeaker(context: SpeakerContext, span: SpeakerPhrase): QuoteSpeaker {
  const mention: TextSpan = { start: span.start, end: span.end, text: span.text };
  const typed = { ...span, ...mention };
  let speaker: QuoteSpeaker;
  if (span.kind === "pronoun") speaker = byPronoun(context, typed);
  else if (span.kind === "role") {
    speaker = byRole(context, typed);
    const spokenFor = speaker.name === null ? organizationSpokenFor(context, typed) : null;
    if (spokenFor !== null) speaker = { ...speaker, organization: spokenFor };
  } else if (span.kind === "organization") speaker = byOrganization(context, typed);
  else speaker = byName(context, typed);
  speaker = { ...speaker, mention };
  if (speaker.name !== null) remember(context, speaker.name, span.start);
  return speaker;
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
  const context = createSpeakerContext(tokens, sentences, mentions);
  const quotes: Quote[] = [];
  for (const span of spans) {
    let speaker: QuoteSpeaker = { name: null, mention: null };
    if (span.speakerPhrase !== null) speaker = resolveSpeaker(context, span.speakerPhrase);
    else if (span.continues !== null) {
      const continued = quotes[span.continues];
      if (continued !== undefined) speaker = { ...continued.speaker, mention: null };
    }
    const { start, end, text, partial, cue } = span;
    quotes.push({ start, end, text, partial, speaker, cue });
  }
  return quotes;
}
