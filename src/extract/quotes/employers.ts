/**
 * The person, not the employer: "Ann Lee of Acme said", "Ann Roe, Director, Polling Scotland said", "A Fiat
 * spokesman contacted by Reuters said", and the appositives that describe a person between commas.
 */
import {
  APPOSITIVE_PREPOSITIONS,
  MESSAGE_NOUNS,
  READING_PARTICIPLES,
} from "../../lexicon/attribution-phrases.js";
import { isFirstName } from "../../lexicon/first-names.js";
import { IRREGULAR_PAST } from "../../lexicon/irregular-past.js";
import { NOTICE_NOUNS, STATEMENT_NOUNS } from "../../lexicon/organization-nouns.js";
import {
  DOCUMENT_PREPOSITIONS,
  NOTICE_PREPOSITIONS,
  PARTICIPLE_PREPOSITIONS,
  PEOPLE_PLACE_PREPOSITIONS,
} from "../../lexicon/prepositions.js";
import { PERSON_POSSESSIVES } from "../../lexicon/pronouns.js";
import { PERSONAL_TITLES } from "../../lexicon/title-kinds.js";
import { isEdForm } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { isUnnamedOne } from "./constituency-names.js";
import { isPersonNoun, phraseEndingAt, type SpeakerPhrase } from "./phrases.js";
import { lower } from "./words.js";

/** A segment between commas that describes a person: a role within its first words ("chief executive of …", "Director", "senior fellow at …"). */
export function describesPerson(tokens: readonly Token[], from: number, to: number): boolean {
  // "Mary Dunn, his rival,", "Ann Lee, her lawyer,": a noun a possessive pronoun ties to someone.
  if (
    PERSON_POSSESSIVES.has(lower(tokens[from])) &&
    /^\p{Ll}/u.test(tokens[from + 1]?.text ?? "") &&
    from + 2 <= to
  )
    return true;
  for (let k = from; k < Math.min(to, from + 3); k++) {
    const t = tokens[k] as Token;
    if (isPersonNoun({ ...t, text: t.lower })) return true;
    if (t.kind !== "word" || APPOSITIVE_PREPOSITIONS.has(lower(t))) return false;
  }
  return false;
}

/** A name that is a person's rather than an employer's: two words or more ("Ann Lee", "Mr Lee"; not "Bank"). */
function personLike(phrase: SpeakerPhrase): boolean {
  return phrase.kind === "name" && phrase.end - phrase.first >= 2;
}

/** "Wrexham Ian Lusk" after "MP for": the name from a known first name after the place's first word. */
function memberAfterConstituency(tokens: readonly Token[], phrase: SpeakerPhrase): SpeakerPhrase | null {
  if (phrase.kind !== "name") return null;
  for (let k = phrase.first + 1; k < phrase.end - 1; k++)
    if (isFirstName((tokens[k] as Token).text)) return { first: k, end: phrase.end, kind: "name" };
  return null;
}

/** Links of a chain of such phrases read leftwards ("for members of the council"). */
const MAX_DOCUMENT_HOPS = 3;

/**
 * `The memo for members of the council states`, `A leaked letter seen by the Herald says`, `A report by the
 * Acme Institute said`: a document (statements.ts's nouns) before a preposition, with a participle or more
 * phrases between, speaks, not whom it is for or by (FIT half of seed 20261221: 4 speakers were the
 * addressee, editor or reader of a memo or a letter). Null when no document heads the chain.
 */
export function documentBeforeObject(
  tokens: readonly Token[],
  phrase: SpeakerPhrase,
  floor: number,
): SpeakerPhrase | null {
  let first = phrase.first;
  for (let hop = 0; hop < MAX_DOCUMENT_HOPS; hop++) {
    let p = first - 1;
    if (lower(tokens[p]) === "the") p -= 1;
    if (p <= floor) return null;
    let q = p - 1;
    // "seen by", "sent to", "obtained by": a participle between the document and its preposition.
    const word = tokens[q]?.text ?? "";
    const participle =
      (/^\p{Ll}+(?:ed|en|ing)$/u.test(word) || IRREGULAR_PAST.has(word)) &&
      !STATEMENT_NOUNS.has(lower(tokens[q]));
    if (participle) q -= 1;
    const preposition = lower(tokens[p]);
    if (!(participle ? PARTICIPLE_PREPOSITIONS : DOCUMENT_PREPOSITIONS).has(preposition)) return null;
    // ("A statement issued by the Treasury said": the author after "by" speaks for its document; a reader
    // does not, "a letter seen by the Herald". Reuters changed records.)
    if (participle && preposition === "by" && !READING_PARTICIPLES.has(lower(tokens[p - 1]))) return null;
    if (q < floor) return null;
    if (STATEMENT_NOUNS.has(lower(tokens[q]))) {
      const document = phraseEndingAt(tokens, q, floor);
      return document === null ? null : { first: document.first, end: q + 1, kind: "organization" };
    }
    const head = phraseEndingAt(tokens, q, floor);
    if (head === null) return null;
    first = head.first;
  }
  return null;
}

/**
 * The person that a name before the verb is only the employer of: "David Lee of Acme Bets said", "Ann Roe,
 * Director, Polling Scotland said" (the name, then a role between commas, then the employer), "A spokesman
 * for Acme said" (the role). Null when the phrase is not so preceded.
 */
export function personBeforeEmployer(
  tokens: readonly Token[],
  phrase: SpeakerPhrase,
  floor: number,
  hops = 0,
): SpeakerPhrase | null {
  let p = phrase.first - 1;
  if (lower(tokens[p]) === "the") p -= 1;
  if (p <= floor) return null;
  // "A Fiat spokesman contacted by Reuters said": the agent of a participle is not the speaker; nor is the
  // listener of one, "another source speaking to the Herald said".
  const heard = lower(tokens[p]) === "to" || lower(tokens[p]) === "with";
  if (
    (lower(tokens[p]) === "by" && isEdForm(tokens[p - 1]?.text ?? "")) ||
    (heard && /^\p{Ll}+ing$/u.test(tokens[p - 1]?.text ?? ""))
  ) {
    const person = phraseEndingAt(tokens, p - 2, floor);
    return person !== null && person.kind !== "organization" ? person : null;
  }
  // "The BBC's Jane Roe in Brussels says" (British house style): a full name before a place after "in" speaks,
  // not the place (invented rows, session 13); only a full name ("officials in Brussels said" stays as it was).
  // "Officials in Dover said", "people across the city say": the people there speak, not their place (session
  // 14: the open list; the town had been given the quote). (A capitalized noun opening the sentence
  // reads as a one-word name: "Officials".)
  if (PEOPLE_PLACE_PREPOSITIONS.has(lower(tokens[p])) && phrase.kind !== "pronoun") {
    const people = phraseEndingAt(tokens, p - 1, floor);
    const single = people !== null && people.end - people.first === 1;
    if (people !== null && (people.kind === "role" || (single && isPersonNoun(tokens[p - 1]))))
      return { ...people, kind: "role" };
  }
  // "an adviser to Vell said", "a senior aide to Dana Vell told": the unnamed role speaks for the person after
  // "to", as "a spokesman for Vell" does (invented probe, session 27: 12 of 12 gave Vell the adviser's quote).
  // Only a role right before "to": "Speaking to Vell, Roe said" has a comma and another subject between.
  if (lower(tokens[p]) === "to" && phrase.kind === "name") {
    const role = phraseEndingAt(tokens, p - 1, floor);
    if (role?.kind === "role" && role.end === p) return role;
  }
  if (lower(tokens[p]) === "in") {
    const person = phrase.kind === "name" ? phraseEndingAt(tokens, p - 1, floor) : null;
    if (person === null || !personLike(person)) return null;
    // (That name may be an employer's in turn: "Jo Roe, economist with Acme Bank Ltd in London said". Reuters.)
    return (hops < 2 ? personBeforeEmployer(tokens, person, floor, hops + 1) : null) ?? person;
  }
  if (APPOSITIVE_PREPOSITIONS.has(lower(tokens[p]))) {
    // "Ann Lee, of Dover said" (the appositive's closing comma left out): the name before the comma speaks.
    if (tokens[p - 1]?.text === "," && lower(tokens[p]) === "of") {
      const named = phraseEndingAt(tokens, p - 2, floor);
      if (named?.kind === "name") return named;
    }
    const person = phraseEndingAt(tokens, p - 1, floor);
    // "Labour MP for Wrexham Ian Lusk said" (British style): the member named after the constituency, from a
    // first name on.
    const roleEnd = tokens[(person?.end ?? 0) - 1];
    // (Not an unnamed one's role, "A spokesman for Oasis Academy Shirley Park said": constituency-names.ts.)
    if (
      person !== null &&
      lower(tokens[p]) === "for" &&
      !isUnnamedOne(tokens, person.end - 1) &&
      (person.kind === "role" ||
        isPersonNoun(roleEnd === undefined ? undefined : { ...roleEnd, text: lower(roleEnd) }))
    ) {
      const member = memberAfterConstituency(tokens, phrase);
      if (member !== null) return member;
    }
    // "A spokesman for Acme Police told": the unnamed role speaks for the organization.
    if (person?.kind === "role" && lower(tokens[p]) === "for") return person;
    if (person !== null && personLike(person)) return person;
    // "Karl Venn of the Diocese of Huron told", "Ann Tully, president and CEO of the Restaurant Association
    // stated": an employer's own "of", or a role before it, with the person further back.
    if (person === null) return null;
    let comma = person.first - 1;
    while (comma > floor && person.first - comma <= 4 && tokens[comma]?.kind === "word") comma -= 1;
    if (tokens[comma]?.text === "," && describesPerson(tokens, comma + 1, p)) {
      const named = phraseEndingAt(tokens, comma - 1, floor);
      if (named !== null && personLike(named)) return named;
    }
    return hops < 2 ? personBeforeEmployer(tokens, person, floor, hops + 1) : null;
  }
  if (tokens[p]?.text !== ",") return null;
  // (A personal title opens no employer's name: "At Bute House, her official residence, Ms Sturgeon said" is
  // Sturgeon's. Session 41 probe, a Scottish resignation: the quote went to the house.)
  if (PERSONAL_TITLES.has(lower(tokens[phrase.first]).replace(/\.$/, ""))) return null;
  let comma = p - 1;
  while (comma > floor && p - comma < 8 && tokens[comma]?.text !== ",") comma -= 1;
  if (tokens[comma]?.text !== "," || !describesPerson(tokens, comma + 1, p)) return null;
  const person = phraseEndingAt(tokens, comma - 1, floor);
  return person !== null && personLike(person) ? person : null;
}

/** Tokens between a notice and its verb: "A post on the group's Facebook page read". */
const MAX_PLACE_TOKENS = 8;

/**
 * `A post on the group's page read: “…”`, `A banner at the rally read:`, `A council report published on Tuesday
 * said`: a document or notice opening the clause, then where or when it stands, then the verb at `k + 1`; the
 * document speaks (session 16's brief, documents and posts as sources: no speaker before). Null unless such a
 * document opens the clause.
 */
export function documentBeforePlace(
  tokens: readonly Token[],
  k: number,
  floor: number,
): SpeakerPhrase | null {
  let found: SpeakerPhrase | null = null;
  for (let q = k; q >= floor && k - q < MAX_PLACE_TOKENS; q--) {
    const t = tokens[q] as Token;
    if (t.kind === "punct" && !/^['’]s?$/.test(t.text)) break;
    const w = lower(t);
    if (!STATEMENT_NOUNS.has(w) && !MESSAGE_NOUNS.has(w) && !NOTICE_NOUNS.has(w)) continue;
    const next = tokens[q + 1]?.text ?? "";
    const placed = NOTICE_PREPOSITIONS.has(next) || isEdForm(next);
    const document = placed ? phraseEndingAt(tokens, q, floor) : null;
    if (document !== null) found = { first: document.first, end: q + 1, kind: "organization" };
  }
  // (The clause's opening phrase only: not a document inside an object, "Lee said in a post on Friday".)
  const opener = found === null ? "" : (tokens[found.first - 1]?.text ?? "");
  return found !== null && (found.first === floor || /^[.!?:;,“"‘]$/.test(opener)) ? found : null;
}
