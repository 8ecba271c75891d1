/**
 * A speaker phrase that holds a name ("Mr Brown", "Arsenal boss Arsene Wenger", "Martell"): the person it
 * names, with the phrase's own evidence when the tagger missed the person or typed it otherwise.
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind } from "../../extract/entities/gazetteer.js";
import { PERSON_DESCRIPTORS } from "../../lexicon/attribution-phrases.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { PERSONAL_TITLES, SPEAKER_PHRASE_TITLES } from "../../lexicon/person-titles.js";
import { ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { tokenAt } from "../../text/token-at.js";
import type { Mention, QuoteSpeaker, SpeakerPhrase, Token } from "../../types.js";
import {
  afterThe,
  byDescription,
  learnPerson,
  overlapping,
  personNamed,
  type SpeakerContext,
} from "./context.js";

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

/**
 * A person's name as a speaker's: without the office, role or descriptor the tagger kept before it
 * ("Treasury Secretary James Baker" → "James Baker", "Sir Alan Ford" → "Alan Ford"). A lone honorific and
 * surname stays ("Mr Brown"): without it nothing but the surname is left.
 */
export function withoutTitle(name: string): string {
  const bare = name.replace(STRIP_TITLE, "");
  const named = nameIn(bare);
  const words = fromFirstName(named.name).split(" ");
  const stripped = words.join(" ");
  if (stripped === name || !/^\p{Lu}/u.test(stripped)) return name;
  return named.afterRole || words.length >= 2 ? stripped : name;
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
    if (isKnownFirstName(words[i] as string, "alone")) return i === 0 ? name : words.slice(i).join(" ");
  }
  return name;
}

/** A title or role word that stands before a person's name ("Mr", "chairman", "Minister", "Analyst"). */
function isPersonWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  return PERSONAL_TITLES.has(w) || isPersonNoun(w);
}

/**
 * Where the document writes `surname` as a person's: after a first name ("Gail Martell", "Robert di
 * Clemente", "Jean-Rene Fourtou") or after a title or role ("Ms Martell", "chairman Fourtou", "General
 * Manager Loh"). Returns the full name when a first name comes with it, else the surname; null when the
 * document never does.
 */
function personalUseOf(context: SpeakerContext, surname: string): string | null {
  const tokens = context.tokens;
  let titled = false;
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i] as Token).text !== surname) continue;
    // The capitalized run that the surname ends, at most three words before it.
    let k = i;
    while (k > 0 && i - k < 3) {
      const prev = (tokens[k - 1] as Token).text;
      if (NAME_PARTICLES.has(prev) || (/^\p{Lu}\p{Ll}/u.test(prev) && !isPersonWord(prev))) k -= 1;
      else break;
    }
    // Array.from, not map: an optimized map's array is HOLEY, the builtin's packed ("wrong map" deopt below).
    const run = Array.from(tokens.slice(k, i + 1), (t) => t.text);
    const first = run.findIndex(
      (w, j) => j < run.length - 1 && /^\p{Lu}/u.test(w) && isKnownFirstName(w, "alone"),
    );
    if (first >= 0) return run.slice(first).join(" ");
    const before = tokens[k - 1];
    // "General Motors": a title that opens an organization's name (as the tagger read it) is none.
    const inOrganization =
      before !== undefined &&
      overlapping(context.mentions, { start: before.start, end: (tokens[i] as Token).end, text: "" }).some(
        (m) => m.type === "organization" && m.start === before.start && m.end >= (tokens[i] as Token).end,
      );
    if (before !== undefined && isPersonWord(before.text) && !inOrganization) titled = true;
  }
  return titled ? surname : null;
}

/** "Roger B. Smith" of which the tagger kept "Roger": the name goes on past a middle initial. */
function cutAtInitial(name: string, person: Mention): boolean {
  const words = name.split(/\s+/);
  const initial = words.findIndex((w, i) => i > 0 && i < words.length - 1 && /^\p{Lu}\.$/u.test(w));
  return initial > 0 && !person.text.includes(words.at(-1) as string);
}

/** Gazetteer kinds of a place that speaks for its government ("Moscow said", "Ottawa said", "Texas said"). */
const GOVERNMENT_PLACE = Kind.country | Kind.bigCity | Kind.state | Kind.region;

/**
 * "…,” Rubio said" where the tagger typed the one-word name a place: a place speaks only as its government,
 * so a name the gazetteer knows as a surname, or not as any place at all, is a person's. A place known
 * as a city and not as a surname ("Ottawa said") stays the place.
 */
function speakingPlaceIsPerson(mention: Mention, name: string): boolean {
  if (mention.type !== "place" || mention.text !== name || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(name)) return false;
  const kind = gazetteer().phrases.get(name.toLowerCase()) ?? 0;
  if ((kind & GOVERNMENT_PLACE) !== 0) return false;
  return (kind & Kind.lastName) !== 0 || (kind & Kind.city) === 0;
}

/** Gazetteer kinds that make a word an organization's or a place's rather than a first name. */
const NOT_FIRST_NAME = GOVERNMENT_PLACE | Kind.city | Kind.organization | Kind.demonym;

/**
 * "…,” Dauster said" where the tagger typed "Jorio Dauster" and every "Dauster" an organization: a
 * two-word name shortened to its last word is a person's (a company is shortened to its first:
 * "Allegheny International" → "Allegheny"). The two-word name, when the document has one such and its
 * first word is no organization or place word; else null.
 */
function personShapedOrganization(context: SpeakerContext, surname: string): string | null {
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(surname)) return null;
  const full = new Set<string>();
  for (const m of context.mentions) {
    if (m.type !== "organization") continue;
    const words = m.text.split(/\s+/);
    if (words.length !== 2 || words[1] !== surname) continue;
    const first = words[0] as string;
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || ORGANIZATION_NOUNS.has(first.toLowerCase())) continue;
    if (((gazetteer().phrases.get(first.toLowerCase()) ?? 0) & NOT_FIRST_NAME) !== 0) continue;
    full.add(`${first} ${surname}`);
  }
  return full.size === 1 ? ([...full][0] as string) : null;
}

/**
 * "… against Valencia Enrique said:" after a caption run into the text: an organization named once, whose last
 * word is the surname of the one person the document names in full with it ("Luis Enrique"), is that person.
 */
function surnameAfterRunIn(context: SpeakerContext, organization: Mention): string | null {
  const words = organization.text.split(/\s+/);
  const surname = words.at(-1) as string;
  if (words.length < 2 || !/^\p{Lu}\p{Ll}/u.test(surname)) return null;
  if (context.mentions.some((m) => m !== organization && m.text === organization.text)) return null;
  const holders = [...context.people.keys()].filter((n) => n.includes(" ") && n.endsWith(` ${surname}`));
  return holders.length === 1 ? (holders[0] as string) : null;
}

/** "Paris, 20, said": an age in commas right after the phrase is said of a person only. */
function agedAfter(tokens: readonly Token[], end: number): boolean {
  const at = tokenAt(tokens, end);
  return (
    tokens[at]?.text === "," &&
    tokens[at + 1]?.kind === "number" &&
    /^\d{1,3}$/.test(tokens[at + 1]?.text ?? "") &&
    tokens[at + 2]?.text === ","
  );
}

/** "boss" in "Arsenal boss Arsene Wenger", "spokesman" in "said spokesman Josh Earnest": a lower-case noun for a person right before `offset`. */
function followsPersonNoun(tokens: readonly Token[], offset: number): boolean {
  const before = tokens[tokenAt(tokens, offset) - 1]?.text ?? "";
  return /^\p{Ll}/u.test(before) && isPersonNoun(before);
}

export function byName(context: SpeakerContext, span: SpeakerPhrase): QuoteSpeaker {
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
  const aged = agedAfter(context.tokens, span.end);
  if (
    titled ||
    afterRole ||
    initials ||
    aged ||
    person !== undefined ||
    (name.includes(" ") && isKnownFirstName(first, "alone"))
  ) {
    learnPerson(context, name, span);
    return { name, mention: span };
  }
  // "…,” Martell said" where the tagger typed every "Martell" an organization: the document's "Gail
  // Martell" or "Ms Martell" says it is a person.
  const full = /^\p{Lu}[\p{L}'’-]+$/u.test(name) ? personalUseOf(context, name) : null;
  if (full !== null) {
    learnPerson(context, full, span);
    return { name: personNamed(context, name) ?? full, mention: span };
  }
  // "said the Spaniard": a nationality for someone the reader already knows.
  const demonymOnly = found.length > 0 && found.every((m) => m.type === "demonym");
  const definite = /^the\s/i.test(span.text) || afterThe(context.tokens, span.start);
  if (demonymOnly && !/s$/.test(span.text) && definite) return byDescription(context, span, null);
  const other = found.find((m) => m.type !== "demonym");
  if (other !== undefined && speakingPlaceIsPerson(other, name)) {
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
  if (other) return { name: null, mention: span, organization: other.entity };
  const words = bare.toLowerCase().split(/\s+/);
  if (/^The\s/.test(span.text) || words.some((w) => ORGANIZATION_NOUNS.has(w))) {
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
