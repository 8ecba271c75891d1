/**
 * A speaker phrase that holds a name ("Mr Brown", "Arsenal boss Anselme Werther", "Martell"): the person it
 * names, with the phrase's own evidence when the tagger missed the person or typed it otherwise.
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { cueAt } from "../../extract/quotes/words.js";
import { WEEKDAYS } from "../../lexicon/attribution-phrases.js";
import { GROUP_WORDS, PARTY_MEMBERS } from "../../lexicon/group-words.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { PUBLICATION_TITLE_WORDS } from "../../lexicon/publication-words.js";
import { ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import { isCapitalized, isCapitalizedLetters } from "../../text/word-shape.js";
import type { Mention, QuoteSpeaker, SpeakerPhrase, Token } from "../../types.js";
import { isDictionaryWord } from "../names/name-contexts.js";
import { shortNameTargets } from "../names/short-names.js";
import { byDemonym } from "./by-demonym.js";
import { capitalSpeaking } from "./by-government.js";
import { family } from "./by-organization.js";
import { byRole } from "./by-role.js";
import { afterThe, learnPerson, overlapping, personNamed, type SpeakerContext } from "./context.js";
import { personOfPhraseAge } from "./family.js";
import {
  agedAfter,
  cutAtInitial,
  personalUseOf,
  personShapedOrganization,
  speakingPlaceIsPerson,
  surnameAfterRunIn,
} from "./mistyped-person.js";
import { SUBJECT_TOKENS } from "./salience.js";
import {
  followsPersonNoun,
  fromFirstName,
  isPersonWord,
  nameIn,
  opensWithPersonalTitle,
  STRIP_TITLE,
} from "./speaker-name.js";

export function byName(context: SpeakerContext, span: SpeakerPhrase): QuoteSpeaker {
  const headline = capitalsHeadlineSpeaker(context, span);
  if (headline !== undefined) return { name: headline, mention: span };
  const found = overlapping(context.mentions, span);
  const titled = opensWithPersonalTitle(span.text);
  // One space between words: hard-wrapped text breaks names across lines ("Rutgers\nUniversity").
  const phrase = span.text.replace(/\s+/g, " ");
  const bare = titled
    ? phrase.replace(/^(?:the|The) /, "").replace(/^\S+ /, "")
    : phrase.replace(STRIP_TITLE, "").trim();
  const government = capitalSpeaking(context, phrase, found);
  if (government !== null) return { name: null, mention: span, organization: government };
  const named = nameIn(bare);
  const name = fromFirstName(named.name);
  // Where the name starts in the phrase: "Brisco lawyer Marc Dellacorte" is Dellacorte, not Brisco.
  const spanWords = [...span.text.matchAll(/\S+/g)];
  const nameWordCount = name.split(/\s+/).length;
  const nameStart = span.start + (spanWords[Math.max(0, spanWords.length - nameWordCount)]?.index ?? 0);
  const persons = found.filter((m) => m.type === "person" && m.end > nameStart);
  const person =
    persons.find((m) => m.end >= span.end - 1) ?? (persons.length === 1 ? persons[0] : undefined);
  if (person && person.end >= span.end - 1 && !cutAtInitial(name, person))
    return { name: fullerOrganizationName(context, person.entity, span), mention: span };
  // "the Member for Bath said": a lone role or person noun the phrase kept is a role, no name; a plural one
  // ("Analysts said", "Critics say") is nobody, not the one analyst the document names (Reuters: 2 such).
  if (persons.length === 0 && !name.includes(" ") && isPersonWord(name))
    return /s$/.test(name) && isPersonWord(name.slice(0, -1))
      ? { name: null, mention: span }
      : byRole(context, span);
  // "said one well-connected Democrat", "Republicans say": a party's or a faith's member is nobody named (FIT
  // sample of session 11: "Democrat" and "Democrats" were two speakers' names).
  // (A surname the document gives a person stays theirs: "Jo Latino", "Mr Christians".)
  if (
    persons.length === 0 &&
    !name.includes(" ") &&
    isGroupMemberWord(name) &&
    personNamed(context, name) === null &&
    personalUseOf(context, name) === null
  )
    return { name: null, mention: span };
  // "Investigators said the suspect had a grudge against a “…”": a plural of the dictionary opening the sentence is
  // a group, no person's name (session 42 probe, Abe's shooting: a speaker named "Investigators"). Not a surname
  // the lists know ("Waters said", "the Khans") nor one the document gives a person, and only where the sentence's
  // start capitalizes it ("As the Rainmakers sang" names a band: PolNeAR train).
  if (
    found.length === 0 &&
    !name.includes(" ") &&
    /\p{Ll}s$/u.test(name) &&
    span.text === name &&
    opensSentence(context, span) &&
    isDictionaryWord(name) &&
    (wordKind(name.slice(0, -1)) & (Kind.lastName | Kind.firstName)) === 0 &&
    personNamed(context, name) === null &&
    personalUseOf(context, name) === null
  )
    return { name: null, mention: span };
  // "The Prime Minister said": an office the phrase names in capitals is a person's role, no organization
  // (FIT sample of session 11: "Prime Minister" was an organization speaking twice).
  if (persons.length === 0 && ROLE_TITLES.has(name.replace(/^the\s+/i, "").toLowerCase()))
    return byRole(context, span);
  const headlined = headlinePerson(context, span, found);
  if (headlined !== null) return { name: headlined, mention: span };
  // "Dana Hale, who …, on Friday described …": a weekday the phrase kept is nobody; the sentence's subject is.
  if (name.split(/\s+/).every((w) => WEEKDAYS.has(w.toLowerCase())))
    return { name: subjectBeforeWeekday(context, span), mention: span };
  const known = name === "" ? null : personNamed(context, name);
  if (known !== null) return { name: known, mention: span };
  // A name the tagger missed, cut short or read as an organization is a person's when a personal title
  // ("said Baroness Hollis"), a role or person noun ("Arsenal boss Anselme Werther", "Labour MP Ann Lee"),
  // a known first name ("Drew Pelham"), a middle initial ("Ann V. Lee") or a person tagged inside it
  // ("Sen. Thaddeus Marsh" of which the tagger kept "Thaddeus") comes with it.
  const first = name.split(/\s+/)[0] ?? "";
  const afterRole = named.afterRole || followsPersonNoun(context.tokens, span.start);
  // ("U.S. Official" is no initial.)
  const initials =
    /^(?:\p{Lu}\.\s*)+\p{Lu}\p{Ll}|\s\p{Lu}\.\s+\p{Lu}\p{Ll}/u.test(name) &&
    !found.some((m) => m.type === "country" || m.type === "demonym");
  const aged = agedAfter(context.tokens, span.end);
  // (A nationality is a name only with a first name, "Dawn French": "a 24-year-old Brazilian" is a description.)
  const demonymOnly = found.length > 0 && found.every((m) => m.type === "demonym");
  // "the 36-year-old Serb said": the age before a lone nationality is no role before a name (session 41 probe, a
  // tennis final: the speaker was named "Serb").
  const nationalityAlone = demonymOnly && !titled && !name.includes(" ");
  if (
    !nationalityAlone &&
    (titled ||
      afterRole ||
      initials ||
      aged ||
      person !== undefined ||
      (name.includes(" ") && isKnownFirstName(first, "alone")))
  ) {
    learnPerson(context, name, span);
    return { name, mention: span };
  }
  // "…,” Martell said" where the tagger typed every "Martell" an organization: the document's "Gail
  // Martell" or "Ms Martell" says it is a person.
  const full = isCapitalizedLetters(name) ? personalUseOf(context, name) : null;
  if (full !== null && (!demonymOnly || full.includes(" "))) {
    learnPerson(context, full, span);
    return { name: personNamed(context, name) ?? full, mention: span };
  }
  // "said the Spaniard": a nationality for the one the document describes so, else nobody; a nationality is never
  // a name ("said one Japanese broker", "the Iranians said": Reuters, 5 speakers named "Japanese" or "Iranians").
  const definite = /^the\s/i.test(span.text) || afterThe(context.tokens, span.start);
  // "Novak Ilic, 36, …" then "the 36-year-old Serb said": the age given names the Serb among several players.
  const ofAge = demonymOnly ? personOfPhraseAge(context, span) : null;
  if (ofAge !== null && endsNounPhrase(context, span)) return { name: ofAge, mention: span };
  if (demonymOnly)
    return definite && !/s$/.test(span.text) && endsNounPhrase(context, span)
      ? byDemonym(context, span, found[0] as Mention)
      : { name: null, mention: span };
  const other = found.find((m) => m.type !== "demonym");
  // (Not before ", which": "Kingspan, which made the insulation, said" is a firm. Session 40 probe, a British inquiry.)
  if (other !== undefined && speakingPlaceIsPerson(other, name) && !describedAsThing(context.tokens, other)) {
    learnPerson(context, name, span);
    return { name, mention: span };
  }
  const fullName = other?.type === "organization" ? personShapedOrganization(context, name) : null;
  if (fullName !== null) {
    learnPerson(context, fullName, span);
    return { name: fullName, mention: span };
  }
  const runIn = other?.type === "organization" ? surnameAfterRunIn(context, other) : null;
  if (runIn !== null) return { name: runIn, mention: span };
  const appositive = other?.type === "place" ? personBeforePlace(context, span) : null;
  if (appositive !== null) return { name: appositive, mention: span };
  if (other) return { name: null, mention: span, organization: other.entity };
  const words = bare.toLowerCase().split(/\s+/);
  if (family(context, span)) return { name: null, mention: span };
  // "“…,” the Gazette said": a paper's short name after "the", which the tagger missed, is the paper speaking (the
  // document's "Harbury Gazette" when it names one so), not a person named "Gazette"; no person is "the <Name>".
  if (definite && found.length === 0 && PUBLICATION_TITLE_WORDS.has(words.at(-1) as string))
    return { name: null, mention: span, organization: paperNamed(context, bare.replace(/^The\s+/, "")) };
  const firm = found.length === 0 ? firmShortName(context, bare) : null;
  if (firm !== null) return { name: null, mention: span, organization: firm };
  // (Nor a name of the dictionary's words only, no first name or surname among them: "Human Rights Watch called
  // the election “…”" was a person's quote in session 40's Egyptian probe, where the tagger had missed the group.)
  const wordsOnly = bare.includes(" ") && bare.split(/\s+/).every((w) => isDictionaryWord(w));
  // (An office so written is a role: "Senior Vice President" on the Reuters bench.)
  if (wordsOnly && ROLE_TITLES.has(words.at(-1) as string)) return byRole(context, span);
  if (/^The\s/.test(span.text) || words.some((w) => ORGANIZATION_NOUNS.has(w)) || wordsOnly) {
    return { name: null, mention: span, organization: bare.replace(/^The\s+/, "") };
  }
  // A first name and surname nothing else typed ("said Ward McCarthy of Merrill Lynch", where the tagger made
  // every "McCarthy" an organization) is learnt, so that a later "McCarthy said" finds the person (Reuters: 3
  // speakers; a first word that is no first name, "Italian Treasury", "Yesterday Okello", is not learnt).
  if (
    found.length === 0 &&
    /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)+$/u.test(name) &&
    isKnownFirstName(first)
  )
    learnPerson(context, name, span);
  return { name: bare === "" ? null : name, mention: span };
}

/** Whether the phrase opens its sentence (after an opening quotation mark at most). */
function opensSentence(context: SpeakerContext, span: SpeakerPhrase): boolean {
  const sentence = context.sentences[spanAt(context.sentences, span.start)];
  if (sentence === undefined) return false;
  const tokens = context.tokens;
  for (let k = tokenAt(tokens, sentence.start); k < tokenAt(tokens, span.start); k++)
    if (!/^["“‘']$/u.test((tokens[k] as Token).text)) return false;
  return true;
}

/**
 * `“…,” Tolvane said` where the document names "Tolvane Holdings Ltd" and the tagger left the lone word untagged:
 * the firm or club the word is short for (short-names.ts, as a tagged short name joins it), not a person named
 * "Tolvane". Only a first word, and only of one organization of the document: Reuters, a person's surname joined
 * a mistyped "Defence <First> <Surname>" by its last word, and "Deutsche" a second firm of that first word.
 */
function firmShortName(context: SpeakerContext, bare: string): string | null {
  if (bare.includes(" ") || bare === "") return null;
  const led = new Set<string>();
  for (const m of context.mentions)
    if (m.type === "organization" && m.entity.startsWith(`${bare} `)) led.add(m.entity);
  if (led.size !== 1) return null;
  const target = shortNameTargets(led).get(bare);
  return target === undefined ? null : target;
}

/** The one organization of the document whose name ends with a paper's short name ("Gazette"), else the name. */
function paperNamed(context: SpeakerContext, name: string): string {
  const fuller = new Set(
    context.mentions
      .filter((m) => m.type === "organization" && m.entity.endsWith(` ${name}`))
      .map((m) => m.entity),
  );
  return fuller.size === 1 ? ([...fuller][0] as string) : name;
}

/**
 * Whether the phrase's last word heads its noun phrase: no lower-case word follows it but a reporting verb ("the
 * Brazilian said", "said the Brazilian."). "He said the South Korean won would be revalued": a phrase cut from the
 * reported clause (Reuters), whose nationality describes no one.
 */
function endsNounPhrase(context: SpeakerContext, span: SpeakerPhrase): boolean {
  const at = tokenAt(context.tokens, span.end);
  const next = context.tokens[at];
  return next === undefined || !/^\p{Ll}/u.test(next.text) || cueAt(context.tokens, at) !== null;
}

/** A faith's, a community's or a party's member ("Muslim", "Democrat", "Tories"), singular or plural. */
function isGroupMemberWord(word: string): boolean {
  const w = word.toLowerCase();
  return GROUP_WORDS.has(w) || PARTY_MEMBERS.has(w) || PARTY_MEMBERS.has(`${w}s`);
}

/**
 * "Mr Hale said" where the tagger typed the one "Dana Hale" of the document an organization and kept "Hale" alone
 * a person: the two-word name is the speaker's (FIT sample of session 10: every quote of one article went to the
 * bare surname). Later pronouns that find the surname get the full name too (`context.fuller`).
 */
function fullerOrganizationName(context: SpeakerContext, entity: string, span: SpeakerPhrase): string {
  if (entity.includes(" ")) return entity;
  const full = personShapedOrganization(context, entity);
  if (full === null) return entity;
  learnPerson(context, full, span);
  context.fuller.set(entity, full);
  return full;
}

/** At least this many words in capitals make a line a headline in capitals, not an acronym's sentence. */
const HEADLINE_CAPITALS_WORDS = 3;

/**
 * A speaker phrase in a headline written in capitals ("REAGAN SIGNS TAX BILL, CALLS IT ‘…’", the wire style of
 * the 1980s): the tagger reads no names in capitals, so the phrase names the one person the body names in mixed
 * case whose surname is one of its words, else nobody. Undefined where the phrase's sentence has a lower-case
 * word. Invented probe (session 38, AP 1986 copy): the headline's first four words were the speaker.
 */
function capitalsHeadlineSpeaker(context: SpeakerContext, span: SpeakerPhrase): string | null | undefined {
  const sentence = context.sentences[spanAt(context.sentences, span.start)];
  if (sentence === undefined) return undefined;
  const tokens = context.tokens;
  let words = 0;
  for (let i = tokenAt(tokens, sentence.start); i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.start >= sentence.end) break;
    if (/\p{Ll}/u.test(token.text)) return undefined;
    if (/\p{Lu}{2}/u.test(token.text)) words++;
  }
  if (words < HEADLINE_CAPITALS_WORDS) return undefined;
  const phraseWords = new Set(span.text.toLowerCase().split(/[^\p{L}'’-]+/u));
  const named = new Set<string>();
  for (const m of context.mentions)
    if (
      m.type === "person" &&
      /\p{Ll}/u.test(m.text) &&
      phraseWords.has((m.entity.split(" ").at(-1) as string).toLowerCase())
    )
      named.add(m.entity);
  const [person] = named;
  return named.size === 1 && person !== undefined ? person : null;
}

/**
 * "Hale Addresses Regina Vote: ‘…’": a headline's capitalized words after a person the document names in full,
 * none of them a title or role ("Hale Aide Jo Roe") nor another full name, are no part of the name (FIT sample
 * of session 10: the whole headline became the speaker, or a first name in it with the next word).
 */
function headlinePerson(
  context: SpeakerContext,
  span: SpeakerPhrase,
  found: readonly Mention[],
): string | null {
  // A headline's phrase opens its line and a colon follows it ("said Jo Ann Roe Vega, 31," is a name the tagger
  // cut: PolNeAR train).
  const tokens = context.tokens;
  const sentence = context.sentences[spanAt(context.sentences, span.start)];
  if (sentence?.start !== span.start || tokens[tokenAt(tokens, span.end)]?.text !== ":") return null;
  const persons = found.filter((m) => m.type === "person");
  const first = persons[0];
  if (first === undefined || first.start !== span.start || !first.entity.includes(" ")) return null;
  if (persons.slice(1).some((m) => m.entity.includes(" "))) return null;
  const rest = span.text
    .slice(first.end - span.start)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (rest.length === 0 || !rest.every((w) => isCapitalized(w) && !isPersonWord(w))) return null;
  return first.entity;
}

/**
 * The person a "NAME on Friday VERB" sentence opens with, when the weekday the speaker phrase kept follows that
 * name, a closing comma or a parenthesis ("Sen. Jo Roe (R-Iowa) on Wednesday downplayed …"), or null: "the
 * tenants who called her on Friday say" names no one (PolNeAR train: 11 weekdays were speakers' names).
 */
function subjectBeforeWeekday(context: SpeakerContext, span: SpeakerPhrase): string | null {
  const tokens = context.tokens;
  const at = tokenAt(tokens, span.start);
  const before = tokens[at - 2];
  if (tokens[at - 1]?.lower !== "on" || before === undefined) return null;
  const sentence = context.sentences[spanAt(context.sentences, span.start)];
  if (sentence === undefined) return null;
  const first = overlapping(context.mentions, { start: sentence.start, end: before.end, text: "" }).find(
    (m) => m.type === "person",
  );
  if (first === undefined || tokenAt(tokens, first.start) - tokenAt(tokens, sentence.start) > SUBJECT_TOKENS)
    return null;
  if (first.end !== before.end && before.text !== "," && before.text !== ")") return null;
  return context.clauseSubjects.some((c) => c.offset === first.start) ? first.entity : null;
}

/** Whether ", which" follows a mention: what it names is a thing or a body, no person. */
function describedAsThing(tokens: readonly Token[], m: Mention): boolean {
  const after = tokenAt(tokens, m.end);
  return tokens[after]?.text === "," && tokens[after + 1]?.lower === "which";
}

/**
 * "Rep. Jo Roe of Manitoba, an ally of …, said", "Jo Roe, curator at the University of Vermont, Burlington,
 * said": a place the phrase kept after "of" or a comma, in a sentence opened by one person, is that person's
 * postmodifier, not a government speaking (FIT sample of session 10: 2 speakers were the place; PolNeAR train 1 more).
 */
function personBeforePlace(context: SpeakerContext, span: SpeakerPhrase): string | null {
  const tokens = context.tokens;
  const previous = tokens[tokenAt(tokens, span.start) - 1]?.text;
  // ("Jo Roe, now living in Leeds, claims": FIT sample of session 11.)
  if (previous !== "of" && previous !== "," && previous !== "in") return null;
  const sentence = context.sentences[spanAt(context.sentences, span.start)];
  if (sentence === undefined) return null;
  const persons = overlapping(context.mentions, { start: sentence.start, end: span.start, text: "" }).filter(
    (m) => m.type === "person" && m.end <= span.start,
  );
  const first = persons[0];
  if (first === undefined || persons.some((m) => m.entity !== first.entity)) return null;
  if (tokenAt(tokens, first.start) - tokenAt(tokens, sentence.start) > SUBJECT_TOKENS) return null;
  // The person's postmodifier opens right after the name ("Jo Roe is assuring voters after a woman in Worcester,
  // Massachusetts, told him": the place is the woman's, PolNeAR train).
  const after = tokens[tokenAt(tokens, first.end)]?.text ?? "";
  return after === "," || after === "of" || after === "(" ? first.entity : null;
}
