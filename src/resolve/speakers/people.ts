import { gazetteer, Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { isFirstName } from "../../lexicon/first-names.js";
import { PORTFOLIO_WORDS } from "../../lexicon/portfolios.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { GENDERED_PRONOUNS } from "../../lexicon/pronouns.js";
import { FAMILY_ROLES, ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import { isQuoteMarksOnly } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";
import {
  type Gender,
  genderOfFullName,
  genderOfOneName,
  genderOfTitle,
  genderOfTitledName,
  isRoleTitle,
} from "../names/gender.js";
import { appointedRole } from "./appointed-role.js";
import { kinAfter, kinOfPossessor } from "./kinship.js";
import {
  appositiveRoles,
  clauseStart,
  phraseRunsTo,
  possessive,
  punctuationBetween,
  roleRunsTo,
} from "./noun-phrase.js";
import { officeTenses, placesOfOffice } from "./role-places.js";
import { SUBJECT_TOKENS } from "./salience.js";
import { isPersonNoun } from "./speaker-name.js";

export type { Gender };

/** What the document says about one person: the facts role nouns and pronouns are resolved against. */
export interface PersonFacts {
  name: string;
  /** Titles and role nouns seen with the person, lower case ("president", "counterpart", "sen."). */
  roles: Set<string>;
  /** Countries (canonical names and lower-cased demonyms) seen with the person ("Chile", "chilean"). */
  countries: Set<string>;
  /** Places modifying the person's office, lower case ("ohio" of "Ohio Gov. Roe", "Roe, the Ohio governor"). */
  places: Set<string>;
  /** Offices (role nouns and titles, lower case) given as held before ("former Gov. Roe") and as held now. */
  pastOffices: Set<string>;
  presentOffices: Set<string>;
  gender: Gender | null;
  /** Whether `gender` is the first name's usual one in the lexicon, no evidence of the document's. */
  genderFromName: boolean;
  /**
   * A one-word "person" that is surely something else: a month or weekday, or an ordinary English word
   * ("However") and no first or last name. No pronoun means it.
   */
  notPerson: boolean;
  /** Offsets of the person's mentions, in text order (for recency). */
  offsets: number[];
}

const CONTEXT_TOKENS = 4;

function isSurelyNoPerson(name: string): boolean {
  if (/\s/.test(name)) return false;
  const key = name.toLowerCase();
  // Month and weekday names: the lexicon's list (the platform's English calendar gave the same 19 words, at
  // 7-8 ms of CPU in every thread for its date formatters, 36-57 ms of wall on a busy machine).
  if (DATE_WORDS.has(key)) return true;
  const gaz = gazetteer();
  const kind = gaz.phrases.get(key) ?? 0;
  if ((kind & (Kind.firstName | Kind.lastName)) !== 0 || isFirstName(name)) return false;
  // Not a place or organization the gazetteer knows: "Ford" is a person (Ian Ford) as often as the company (GUM train
  // lost 5 pronouns of 1,518).
  return gaz.ordinaryWords.has(key);
}

/** Prepositions by which a role names the person it serves ("spokesman for", "adviser to", "agent of"). */
const SERVED_BY = /^(?:for|to|of)$/;

/** Whether the role word at `k` governs the name starting at token `at` through a preposition right after it. */
function servesNameAt(tokens: readonly Token[], k: number, at: number): boolean {
  if (!SERVED_BY.test(tokens[k + 1]?.lower ?? "")) return false;
  // ("a spokesman for Mr. Vell": a title between, where the tagger kept it out of the name.)
  for (let j = k + 2; j < at; j++) {
    const text = (tokens[j] as Token).text;
    if (text !== "." && (wordKind(text.replace(/\.$/, "")) & Kind.title) === 0) return false;
  }
  return true;
}

/**
 * Facts per person entity from the document's mentions: titles ("President Whitlow"), role nouns and
 * demonyms in the few words before a name ("his Chilean counterpart Tomas Okafor", "spokeswoman Jane Doe"),
 * and gender from titles, roles, and a gendered pronoun soon after the person opens a sentence.
 */
export function collectPeople(
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  mentions: readonly Mention[],
): Map<string, PersonFacts> {
  const people = new Map<string, PersonFacts>();
  const nationals = mentions.filter((m) => m.type === "demonym" || m.type === "country");
  const places = mentions.filter((m) => m.type === "place");
  let n = 0;
  const persons: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== "person") continue;
    persons.push(m);
    let facts = people.get(m.entity);
    if (facts === undefined) {
      facts = {
        name: m.entity,
        roles: new Set(),
        countries: new Set(),
        places: new Set(),
        pastOffices: new Set(),
        presentOffices: new Set(),
        gender: null,
        genderFromName: false,
        notPerson: isSurelyNoPerson(m.entity),
        offsets: [],
      };
      people.set(m.entity, facts);
    }
    facts.offsets.push(m.start);
    if (m.title) {
      const title = m.title.toLowerCase();
      facts.roles.add(title);
      // A role's gender yields to the first name's ("Chairman Caroline Spelman"; naming's rule, names/index.ts).
      if (!isRoleTitle(title) || genderOfFullName(m.entity) === null) facts.gender ??= genderOfTitle(title);
      // A titled name is a person's, though its word is in the dictionary ("Mr Gardener", "Lord Falconer": session
      // 30 lead's probe, "he said" after "Lord Falconer" found no one).
      facts.notPerson = false;
    }
    const at = tokenAt(tokens, m.start);
    let nearest = true;
    // Tokens (k, at) run as a role's and as a name's phrase: each step back asks only the token it adds (both
    // hold of a span only when they hold of each of its tokens), and the word after k is the last step's word.
    let phraseRuns = true;
    let after = tokens[at]?.lower ?? "";
    for (let k = at - 1; k >= Math.max(0, at - CONTEXT_TOKENS); k--) {
      const w = (tokens[k] as Token).lower;
      // A role is the person's own only inside the name's phrase ("the president of Iceland, Dana Whitlow"),
      // not across a verb or a quote's mark ("an unnamed official as saying that Roe", "“Judge,” Roe said"):
      // PolNeAR train, 18 speakers changed with the nearest-gender rule below, 13 better and 2 worse.
      if (k + 1 < at) {
        if (!roleRunsTo(tokens, k + 1, k + 2)) break;
        phraseRuns &&= phraseRunsTo(tokens, k + 1, k + 2);
      }
      // "a spokesman for Dana Vell", "an adviser to Vell": the role governs the name through its preposition and
      // is someone else's, who speaks or works for the person (invented showbiz reports: "a spokesman for Vell
      // said" gave Vell her own quote). Not "the president of Iceland, Dana Whitlow", nor "MP for Bath Ann Lee",
      // where words come between.
      if (servesNameAt(tokens, k, at)) break;
      if (ROLE_TITLES.has(w)) facts.roles.add(w);
      // "The Prime Minister, Tony Hollis": a two-word role before the name.
      const pair = `${w} ${after}`;
      // "The Education Secretary, Charles Clarke": the portfolio too, which tells this secretary from the foreign one.
      if (ROLE_TITLES.has(pair) || (PORTFOLIO_WORDS.has(w) && ROLE_TITLES.has(after))) facts.roles.add(pair);
      after = w;
      // A gendered role is the person's own only inside the name's phrase ("spokeswoman Jane Doe", "the
      // chairman, Sir John Roe"), not across a verb ("A spokesman confirmed McHenry had been suspended"), and
      // only the nearest ("… with his wife club chairman Tom Reed talked", a caption run into the text).
      const gendered = genderOfTitle(w);
      if (phraseRuns && nearest) {
        // A first name's gender beats a role noun's: "Conservative spokesman Caroline Spelman" (session 32).
        if (gendered !== null && genderOfFullName(m.entity) === null) facts.gender ??= gendered;
        // "his son, Louis Roe", "her mother Jane Roe": kinship inside the name's phrase, not "the son of Tom Roe".
        if (FAMILY_ROLES.has(w)) {
          facts.roles.add(w);
          facts.gender ??= FAMILY_ROLES.get(w) ?? null;
          // "Frank Roe spoke with his son, Louis Roe": the possessive's person is the son's father.
          const owner = possessorOf(tokens, sentences, people, persons, k - 1);
          const converse = owner === null ? null : kinOfPossessor(w, tokens[k - 1] as Token);
          if (owner !== null && converse !== null && owner !== facts) {
            owner.roles.add(converse);
            owner.gender ??= FAMILY_ROLES.get(converse) ?? null;
          }
        }
      }
      if (gendered !== null || FAMILY_ROLES.has(w) || ROLE_TITLES.has(w)) nearest = false;
    }
    // "At a press conference in Chelsea, the mayor also said": after a preposition's object the comma closes an
    // opening phrase, and the role noun is the main clause's subject, not the place's (or person's) appositive;
    // so anywhere in a phrase opening with a preposition ("In an interview with hosts Jo Roe and Al Poe, the
    // Democratic candidate said": session 13's sample, a host got the candidate's role and 3 quotes).
    const appositive =
      !PREPOSITIONS.has(tokens[at - 1]?.lower ?? "") && !inOpeningPhrase(tokens, sentences, at);
    if (appositive) for (const role of appositiveRoles(tokens, tokenAt(tokens, m.end))) facts.roles.add(role);
    // "Acme named Jo Roe as chief executive", "Roe, who was appointed coach,": the role the narration gives.
    const appointed = appointedRole(tokens, at, tokenAt(tokens, m.end));
    // (Held now: "Cyril Ramaphosa was elected president" is no "former president", session 42 probe.)
    if (appointed !== null && ROLE_TITLES.has(appointed)) {
      facts.roles.add(appointed);
      facts.presentOffices.add(appointed);
    }
    for (const place of placesOfOffice(tokens, places, m, appositive)) facts.places.add(place);
    const tenses = officeTenses(tokens, m, appositive);
    for (const office of tenses.past) facts.pastOffices.add(office);
    for (const office of tenses.present) facts.presentOffices.add(office);
    const country = countryAfter(tokens, nationals, m);
    if (country !== null) {
      facts.countries.add(country.entity);
      facts.countries.add(country.text.toLowerCase());
    }
    for (const kin of kinAfter(tokens, tokenAt(tokens, m.end))) {
      facts.roles.add(kin);
      facts.gender ??= FAMILY_ROLES.get(kin) ?? null;
    }
    // Demonyms and countries right before the name (or its title): "Icelandic President Dana Whitlow".
    while (n < nationals.length && (nationals[n] as Mention).end <= m.start - 40) n += 1;
    for (let j = n; j < nationals.length && (nationals[j] as Mention).start < m.start; j++) {
      const national = nationals[j] as Mention;
      const between = tokenAt(tokens, m.start) - tokenAt(tokens, national.end);
      if (
        between <= CONTEXT_TOKENS &&
        !punctuationBetween(tokens, tokenAt(tokens, national.end), at) &&
        !nameAndVerbBetween(tokens, tokenAt(tokens, national.end), at)
      ) {
        facts.countries.add(national.entity);
        facts.countries.add(national.text.toLowerCase());
      }
    }
    // The first name's usual gender ("Mary Smith", or "Marcia" alone) before the guess from a following pronoun.
    if (facts.gender === null) {
      facts.gender = genderOfTitledName(m.entity);
      facts.genderFromName = facts.gender !== null;
    }
    // (Not kept, session 16: a one-word name right after a first name the tagger left out of it, "Secretary Jane
    // Roe's" read "Roe", taking that first name's gender. FIT: 1 PolNeAR quote, Reuters 2 quotes better; but the
    // CHECK sample's one change was worse: a man's surname so gendered won a later "he" by salience over the
    // attorney named in apposition after "The teen's attorney," whom the sentence-subject rules do not see.)
  }
  votePronounGenders(tokens, sentences, mentions, people);
  // Last, a one-word name's usual gender ("Marcia").
  for (const facts of people.values()) {
    if (facts.gender !== null) continue;
    facts.gender = genderOfOneName(facts.name);
    facts.genderFromName = facts.gender !== null;
  }
  return people;
}

/**
 * Whether tokens [from, to) hold a capitalized word and then a lower-case word that is no role or person noun:
 * "The Scot Callum Baird beat Jonas Lindqvist" (another name, then a verb), where the nationality is not the
 * second name's ("Icelandic President Dana Whitlow", "Brazilian striker Rui Sallas" stay one phrase).
 */
function nameAndVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let capital = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (/^\p{Lu}/u.test(t.text)) capital = true;
    else if (capital && /^\p{Ll}/u.test(t.text) && !isPersonNoun(t.lower)) return true;
  }
  return false;
}

/**
 * "Jonas Lindqvist of Sweden": a country right after the name and "of", as sport and wire reports give an
 * athlete's or a delegate's nationality (so that "the Scot said" is not the Swede, the one person named there).
 */
function countryAfter(
  tokens: readonly Token[],
  nationals: readonly Mention[],
  person: Mention,
): Mention | null {
  const of = tokenAt(tokens, person.end);
  const next = tokens[of + 1];
  if (tokens[of]?.lower !== "of" || next === undefined) return null;
  return nationals.find((n) => n.type === "country" && n.start === next.start) ?? null;
}

/**
 * The gender of each person still without one, from the pronouns after it (below). A function of its own, not a
 * loop of collectPeople: its rare branches (a person coordinated with another) threw away the optimized code of
 * the whole of collectPeople when first taken (--trace-deopt: collectPeople compiled 6 times a run), where now
 * they cost a compile of this loop alone.
 */
function votePronounGenders(
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  mentions: readonly Mention[],
  people: Map<string, PersonFacts>,
): void {
  // A gendered pronoun within the next few words of a person opening a sentence ("Whitlow said his ..."), when
  // no other person comes first: a pronoun after a name in the middle of a sentence ("Rachel took Carroll home
  // to meet her parents") is the subject's as often.
  // Each such sentence votes, and the majority decides: one slip ("McHenry can he heard saying") is outvoted.
  const votes = new Map<PersonFacts, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "person") continue;
    const facts = people.get(m.entity) as PersonFacts;
    if (facts.gender !== null) continue;
    const at = tokenAt(tokens, m.start);
    const sentence = sentences[spanAt(sentences, m.start)] ?? { start: 0, end: m.start + 1 };

    // Within its sentence: the next sentence's "She ..." is the very pronoun the guess would then decide
    // (GUM train 1,223 -> 1,227 of 1,518 right; dev 154 either way).
    // A name after a verb or preposition ("the teenager told Pickering she wanted …", "After her meeting with
    // Brisco, …") is an object: the pronoun after it is the subject's.
    // A clause after a comma counts as a sentence does ("But for all that …, Veldhoven admits he …").
    const clause = clauseStart(tokens, at, tokenAt(tokens, sentence.start));
    if (clause < 0 || at - clause > SUBJECT_TOKENS) continue;
    // A possessive name only modifies the subject ("Roe's server was open, and he got in"): the pronoun after
    // it is someone else's as often (PolNeAR train: a woman named only by her surname voted male so).
    if (possessive(tokens, m.end)) continue;
    const stop = tokenAt(tokens, sentence.end);
    // A person coordinated with another ("Barnes and Jane Roe met when she was 13"): the pronoun may be either's.
    const joined = tokens[tokenAt(tokens, m.end)]?.text;
    const partner = mentions[i + 1];
    if (
      (joined === "and" || joined === "or") &&
      partner?.type === "person" &&
      partner.start === tokens[tokenAt(tokens, m.end) + 1]?.start
    )
      continue;
    for (let k = at + 1; k < Math.min(stop, at + 12); k++) {
      // A quote's closing mark: the pronoun after it is its speaker's ("… Brisco would not have won," he said).
      if (isQuoteMarksOnly((tokens[k] as Token).text)) break;
      const word = (tokens[k] as Token).lower;
      const g = GENDERED_PRONOUNS.get(word);
      // An object is someone else ("Vardakis described her as …", "Haldane hired him"): no vote.
      if (g !== undefined && objectPronoun(word, tokens[k + 1]?.text)) break;
      if (g !== undefined) {
        votes.set(facts, (votes.get(facts) ?? 0) + (g === "female" ? 1 : -1));
        break;
      }
    }
  }
  for (const [facts, vote] of votes) if (vote !== 0) facts.gender = vote > 0 ? "female" : "male";
}

/**
 * The person a possessive pronoun at token `at` ("his", "her") stands for: the latest person named before it in
 * its sentence, or null (a pronoun opening its sentence points back further than this looks).
 */
function possessorOf(
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  people: ReadonlyMap<string, PersonFacts>,
  persons: readonly Mention[],
  at: number,
): PersonFacts | null {
  const pronoun = tokens[at];
  if (pronoun === undefined || !/^(?:his|her)$/i.test(pronoun.text)) return null;
  const sentence = sentences[spanAt(sentences, pronoun.start)];
  for (let i = persons.length - 1; i >= 0; i--) {
    const m = persons[i] as Mention;
    if (m.end > pronoun.start) continue;
    if (sentence === undefined || m.start < sentence.start) return null;
    return people.get(m.entity) ?? null;
  }
  return null;
}

/** "him", or "her" not before its noun ("described her as", "told her that"; not "her husband"). */
function objectPronoun(word: string, next: string | undefined): boolean {
  if (word === "him") return true;
  if (word !== "her") return false;
  return (
    next === undefined ||
    !/^\p{Ll}/u.test(next) ||
    PREPOSITIONS.has(next) ||
    /^(?:to|as|and|that|who)$/.test(next)
  );
}

/** Whether token `at` lies in a phrase opening its sentence with a preposition, before that phrase's comma. */
function inOpeningPhrase(
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  at: number,
): boolean {
  const sentence = sentences[spanAt(sentences, (tokens[at] as Token).start)];
  if (sentence === undefined) return false;
  const first = tokenAt(tokens, sentence.start);
  if (!PREPOSITIONS.has(tokens[first]?.lower ?? "")) return false;
  for (let k = first + 1; k < at; k++) if ((tokens[k] as Token).text === ",") return false;
  return true;
}
