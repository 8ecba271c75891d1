import { OFFICE_TIME_SUFFIXES } from "../../lexicon/name-descriptors.js";
import { OFFICE_MODIFIERS } from "../../lexicon/office-modifiers.js";
import { PERSON_DESCRIPTORS } from "../../lexicon/person-nouns.js";
import { PORTFOLIO_WORDS } from "../../lexicon/portfolios.js";
import { POST_NOMINALS } from "../../lexicon/post-nominals.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import {
  CANDIDACY_ROLES,
  FEMALE_ROLES,
  MALE_ROLES,
  ROLE_SYNONYMS,
  ROLE_TITLES,
} from "../../lexicon/speaker-roles.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { QuoteSpeaker, SpeakerPhrase, Token } from "../../types.js";
import { byDescriber } from "./by-describer.js";
import {
  insideQuote,
  lastNarratedBefore,
  lastOffsetBefore,
  learnPerson,
  overlapping,
  personNamed,
  type SpeakerContext,
} from "./context.js";
import { byAge, byKin, writtenAgeAt } from "./family.js";
import { officeOfSubject, openingPhrase } from "./office-of-subject.js";
import type { Gender, PersonFacts } from "./people.js";
import { roleHolderInText } from "./role-holder.js";
import { pastPhrase, placesOfPhrase } from "./role-places.js";

/**
 * The roles and titles that name the holder of `role`: its titles, and with `synonyms` its other words ("the
 * lawyer" is the person the document made "attorney"). Not for a plural role ("Acme attorneys said"): several
 * people are not the one the document gave the role in other words (Reuters: a firm's attorneys went to a
 * lawyer it named).
 */
function roleTitles(role: string, synonyms = true): Set<string> {
  const titles = new Set([role, ...(ROLE_TITLES.get(role) ?? [])]);
  if (synonyms) for (const other of ROLE_SYNONYMS.get(role) ?? []) titles.add(other);
  return titles;
}

/** Role words in a phrase, longest first ("prime minister" before "minister"). */
function rolesIn(words: readonly string[]): string[] {
  const roles: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1] ?? ""}`;
    if (ROLE_TITLES.has(pair)) {
      roles.push(pair);
      i += 1;
    } else if (ROLE_TITLES.has(words[i] as string) || isTimedRole(words[i] as string))
      roles.push(words[i] as string);
    else if (ROLE_TITLES.has((words[i] as string).replace(/s$/, "")))
      roles.push((words[i] as string).replace(/s$/, ""));
  }
  return roles;
}

/**
 * "president-elect", "minister-designate": an office dated by its suffix, held by the one the document titles so
 * ("President-elect Bassirou Faye"), not by the office's holder now (session 42 probe, Senegal's election).
 */
function isTimedRole(word: string): boolean {
  const parts = word.split("-");
  return (
    parts.length === 2 && OFFICE_TIME_SUFFIXES.has(parts[1] as string) && ROLE_TITLES.has(parts[0] as string)
  );
}

export function byRole(context: SpeakerContext, span: SpeakerPhrase, quoteStart = span.start): QuoteSpeaker {
  const appositive = appositiveName(context, span);
  if (appositive !== null) return { name: appositive, mention: span };
  const words = span.text.toLowerCase().split(/[\s’']+/);
  // "One Acme spokesman has called …", "another official said": one of several is not the one the document
  // named for the role (FIT sample of session 11).
  if (words[0] === "one" || words[0] === "another") return { name: null, mention: span };
  const roles = rolesIn(words);
  const role = roles.at(-1);
  /** "the 45-year-old …": a phrase giving an age (family.ts byAge). */
  const agedPhrase = words[0] === "the" && words.some((w) => /year-old$/.test(w));
  // "which analysts said could include …": a plural role is many people, not the one the document named so (session
  // 42 probe, a 1987 takeover story: the fragment went to the one analyst quoted before).
  if (role !== undefined && !role.includes(" ") && words.at(-1) === `${role}s` && words.length <= 2)
    return { name: null, mention: span };
  if (role === undefined) {
    const kin = byKin(context, span);
    if (kin !== null) return kin;
    // Only an age describes one person surely; "the editorial", "the banker" may be anyone's.
    if (agedPhrase) return byAge(context, span);
    // "the striker added": a calling the document gave one person ("striker Tomas Brennock").
    return byDescriber(context, span) ?? { name: null, mention: span };
  }
  // "its senior vice president boasted": an organization's officer the phrase does not name is nobody the document
  // names for the role elsewhere (FIT sample of session 10: a vice president of another employer).
  if (words[0] === "its") return { name: null, mention: span };
  const titles = roleTitles(role, words.includes(role.split(" ").at(-1) as string));
  // Countries the phrase names: from demonym/country mentions inside it, else its capitalized words.
  const named = overlapping(context.mentions, span).filter(
    (m) => m.type === "demonym" || m.type === "country",
  );
  const countries = new Set<string>(named.flatMap((m) => [m.entity, m.text.toLowerCase()]));
  if (named.length === 0) {
    for (const w of span.text.split(/\s+/))
      if (isCapitalized(w) && w !== "The") countries.add(w.toLowerCase());
  }
  // "the former Texas governor said" is not the one the document made Ohio's governor (issue 11).
  const places = placesOfPhrase(
    context.mentions.filter((m) => m.type === "place"),
    span,
  );
  const past = pastPhrase(span);
  const holdsNow = [...context.people.values()].some(
    (f) => lastOffsetBefore(f, span.start) >= 0 && [...titles].some((t) => f.presentOffices.has(t)),
  );
  // "the former minister said" after "former finance minister Jo Roe" and "Prime Minister Al Poe": the one the
  // document names as having held the office, not the holder now.
  const heldBefore =
    past &&
    [...context.people.values()].some(
      (f) => lastOffsetBefore(f, span.start) >= 0 && [...titles].some((t) => f.pastOffices.has(t)),
    );
  const wantGender: Gender | null = FEMALE_ROLES.has(role) ? "female" : MALE_ROLES.has(role) ? "male" : null;
  const possessor = possessorIn(context, span);
  const portfolio = portfolioOf(words, role);
  let best: { facts: PersonFacts; score: number } | null = null;
  for (const facts of context.people.values()) {
    const last = lastOffsetBefore(facts, span.start);
    if (last < 0) continue;
    if (![...facts.roles].some((r) => titles.has(r))) continue;
    if (possessor !== null && !servesPossessor(context, facts, possessor)) continue;
    const sameCountry = [...facts.countries].some((c) => countries.has(c));
    // "the Icelandic president" is not the president linked to Chile.
    if (named.length > 0 && !sameCountry && facts.countries.size > 0) continue;
    if (wantGender && facts.gender && facts.gender !== wantGender) continue;
    if (portfolio !== null && holdsOtherPortfolio(facts, portfolio, role)) continue;
    if (places.size > 0 && facts.places.size > 0 && ![...facts.places].some((p) => places.has(p))) continue;
    // "the governor said" after "Gov. Roe met Poe, a former governor": the holder now, not the one the document
    // names only as a former holder (issue 11, role modifiers that contradict the person).
    if (!past && holdsNow && formerOnly(facts, titles)) continue;
    if (heldBefore && ![...titles].some((t) => facts.pastOffices.has(t))) continue;
    // "the former president said" is not the one the document made president now, with no past office of it
    // ("Cyril Ramaphosa was elected president … Zuma … “…,” the former president said": session 42 probe).
    if (
      past &&
      [...titles].some((t) => facts.presentOffices.has(t)) &&
      ![...titles].some((t) => facts.pastOffices.has(t))
    )
      continue;
    // Named last (or a subject last) in the narration, not inside a quote: `“… I can beat Jo Roe,” the governor
    // said` is not Roe, to whom the story gave that office elsewhere (PolNeAR train: a governor's quote went to
    // the rival he named).
    const subjectAt =
      context.subjects.findLast(
        (s) => s.name === facts.name && s.offset < span.start && !insideQuote(context, s.offset),
      )?.offset ?? -1;
    // The role's own word before a title it may stand for: "the Lib Dem leader said" is "Liberal Democrat leader
    // Charles Kennedy", not the association's chairman quoted since (session 32, an invented BBC politics story).
    const score =
      (sameCountry ? 1e9 : 0) +
      (facts.roles.has(role) ? 1e8 : 0) +
      Math.max(lastNarratedBefore(context, facts, span.start), subjectAt);
    if (best === null || score > best.score) best = { facts, score };
  }
  // A possessor's aide no holder of the document serves is nobody named ("Mr Blair's official spokesman").
  if (best === null && possessor !== null) return { name: null, mention: span };
  if (best === null) {
    const holder = roleHolderInText(context.tokens, titles, span.start);
    // "the presumptive Republican presidential nominee said": a race's candidate described, no office anyone
    // holds by title, is the person the story is about (FIT sample of session 11).
    // Not someone the quote names ("“Justice Roe has embarrassed all …,” the nominee said").
    if (holder === null && words[0] === "the" && CANDIDACY_ROLES.has(words.at(-1) as string)) {
      const agrees = (name: string) =>
        context.people.get(name)?.notPerson !== true &&
        (wantGender === null || (context.people.get(name)?.gender ?? wantGender) === wantGender)
          ? 1
          : 0;
      const opening = openingPhrase(context, span);
      const skip = (at: number) => insideQuote(context, at) || (at >= opening.start && at < opening.end);
      return { name: context.salience.best(span.start, agrees, skip), mention: span };
    }
    if (holder === null) {
      // (The person the document gave the phrase's age first: "Joko Wirawan, 63, … the 63-year-old former general".)
      const aged = agedPhrase ? byAge(context, span, true) : null;
      if (aged?.name != null) return aged;
      const office = officeOfSubject(context, span, Math.min(quoteStart, span.start), role, wantGender);
      // "the 73-year-old former general told": with no holder of the office named, the age describes one person
      // as it does alone (session 41 probe, an Indonesian inauguration: the new president's speech had no speaker).
      if (office === null && agedPhrase) return byAge(context, span);
      return { name: office, mention: span };
    }
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

/** The portfolio word right before the role in a phrase's words ("foreign" of "the former foreign secretary"). */
function portfolioOf(words: readonly string[], role: string): string | null {
  const at = words.lastIndexOf(role.split(" ")[0] as string);
  const word = at > 0 ? (words[at - 1] as string) : "";
  return PORTFOLIO_WORDS.has(word) ? word : null;
}

/**
 * Whether the person holds the role with another portfolio and never with this one: "the former foreign secretary
 * said" is not "The Education Secretary, Charles Clarke" (session 39 probe, a Guardian 2004 story).
 */
function holdsOtherPortfolio(facts: PersonFacts, portfolio: string, role: string): boolean {
  if (facts.roles.has(`${portfolio} ${role}`)) return false;
  for (const held of facts.roles) {
    const space = held.indexOf(" ");
    if (space > 0 && held.slice(space + 1) === role && PORTFOLIO_WORDS.has(held.slice(0, space))) return true;
  }
  return false;
}

/**
 * The person a role phrase names as the one it serves, by a possessive ("Mr Blair's official spokesman"): that
 * person's entity, or null. Session 31 probe (BBC-style politics): "Mr Blair's official spokesman said" went to the
 * Liberal Democrats' spokesman the story had named, whom a reader never takes for the prime minister's.
 */
function possessorIn(context: SpeakerContext, span: SpeakerPhrase): string | null {
  for (const m of overlapping(context.mentions, span)) {
    if (m.type !== "person" || m.end >= span.end) continue;
    // A titled or full name only: a one-word possessive is a firm's as often ("Emery's chairman, John C. Emery,":
    // Emery Air Freight, Reuters bench).
    if (m.title === undefined && !/\s/.test(m.text)) continue;
    const at = tokenAt(context.tokens, m.end);
    const mark = context.tokens[at];
    if (mark !== undefined && mark.start === m.end && /^['’]s?$/u.test(mark.text)) return m.entity;
  }
  return null;
}

/** How many tokens before a person's mention may name whom the person serves ("Blair's spokesman Tom Kelly"). */
const SERVED_REACH = 6;

/**
 * Whether a holder of the role serves the possessor: the possessor's last name word in the few tokens before one of
 * the holder's mentions ("Trump's lawyer Michael Cohen" for "Trump's lawyer said") or in an apposition right after
 * it ("Tom Kelly, Mr Blair's spokesman,"), and the holder is not the possessor.
 */
function servesPossessor(context: SpeakerContext, facts: PersonFacts, possessor: string): boolean {
  if (facts.name === possessor) return false;
  const word = (possessor.split(/\s+/).at(-1) as string).toLowerCase();
  const tokens = context.tokens;
  for (const offset of facts.offsets) {
    const at = tokenAt(tokens, offset);
    for (let k = Math.max(0, at - SERVED_REACH); k < at; k++) if (tokens[k]?.lower === word) return true;
    // In apposition after the name: "Tom Kelly, Mr Blair's spokesman,".
    let comma = at;
    while (comma < at + 4 && tokens[comma] !== undefined && tokens[comma]?.text !== ",") comma++;
    if (tokens[comma]?.text !== ",") continue;
    for (let k = comma + 1; k <= comma + SERVED_REACH; k++) {
      const token = tokens[k];
      if (token === undefined || token.text === "," || token.text === ".") break;
      if (token.lower === word) return true;
    }
  }
  return false;
}

/** Whether the document gives the person an office of `titles` only as held before ("former Gov. Roe"). */
function formerOnly(facts: PersonFacts, titles: ReadonlySet<string>): boolean {
  return (
    [...titles].some((t) => facts.pastOffices.has(t)) && ![...titles].some((t) => facts.presentOffices.has(t))
  );
}

/**
 * How many tokens from `k` are a calling or role before an appositive's name ("her husband, actor Tom Rees,", ",
 * the actor Tom Rees,", ", Liberal leader Dana Steele,"): "the", a party's or a body's capitalized words, then one or
 * two lower-case words ending in a person noun; else 0. Invented showbiz
 * reports: the kin phrase before such an appositive went to nobody.
 */
function describerBefore(tokens: readonly Token[], k: number): number {
  let at = tokens[k]?.lower === "the" ? k + 1 : k;
  // A party or a body before the role ("his partner, Liberal leader Dana Steele,": session 41 probe, a 1987
  // election, where the fragment went to nobody): up to two capitalized words, read only when a role follows.
  const opening = at;
  while (at - opening < 2 && /^\p{Lu}\p{Ll}+$/u.test(tokens[at]?.text ?? "")) at += 1;
  if (!/^\p{Ll}/u.test(tokens[at]?.text ?? "")) at = opening;
  let words = 0;
  while (words < 2 && /^\p{Ll}/u.test(tokens[at]?.text ?? "")) {
    at += 1;
    words += 1;
  }
  const noun = tokens[at - 1]?.lower ?? "";
  return words > 0 && (PERSON_DESCRIPTORS.has(noun) || ROLE_TITLES.has(noun)) ? at - k : 0;
}

/**
 * "his daughter, Jo Roe, told the paper": the person named in commas right after the role or kin phrase (FIT
 * sample of session 11: the phrase alone resolved to nobody).
 */
function appositiveName(context: SpeakerContext, span: SpeakerPhrase): string | null {
  const tokens = context.tokens;
  const comma = tokenAt(tokens, span.end);
  if (tokens[comma]?.text !== ",") return null;
  const next = tokens[comma + 1 + describerBefore(tokens, comma + 1)];
  if (next === undefined) return null;
  const person = overlapping(context.mentions, { start: next.start, end: next.end, text: "" }).find(
    (m) => m.type === "person" && m.start === next.start,
  );
  if (person === undefined) return null;
  // The appositive closes the sentence or a reporting verb follows it: "reports that his wife, Jo, is running
  // the firm" names no speaker (Reuters).
  let close = tokenAt(tokens, person.end);
  // ("His barrister, Simon Kealey QC, said": the letters after the name are the name's. Invented probe, session 38.)
  while (POST_NOMINALS.has(tokens[close]?.text ?? "")) close += 1;
  const after = tokens[close]?.text;
  if (after === undefined || after === "." || after === ")") return person.entity;
  return after === "," && REPORTING_VERBS.has(tokens[close + 1]?.lower ?? "") ? person.entity : null;
}

/**
 * The one person the document names holding the role `role` (a ROLE_TITLES key) before `offset`, by a title,
 * a role before the name or in apposition after it, whose gender does not disagree; null when nobody or more
 * than one does. What a careful reader takes "the president" opening a sentence to mean.
 */
export function soleRoleHolder(
  context: SpeakerContext,
  role: string,
  offset: number,
  gender: Gender | null,
): string | null {
  const titles = roleTitles(role);
  let holder: string | null = null;
  for (const facts of context.people.values()) {
    if (facts.notPerson || lastOffsetBefore(facts, offset) < 0) continue;
    if (![...facts.roles].some((r) => titles.has(r))) continue;
    if (gender !== null && facts.gender !== null && facts.gender !== gender) continue;
    if (holder !== null) return null;
    holder = facts.name;
  }
  return holder === null || cutShort(context, holder) ? null : holder;
}

/**
 * A one-word person every mention of which runs on into a capitalized word ("Minister Jean Darnell" of which
 * the tagger kept "Jean"): a name cut short, which the office would hand on (Reuters: 2 speakers so).
 */
function cutShort(context: SpeakerContext, name: string): boolean {
  if (name.includes(" ")) return false;
  const tokens = context.tokens;
  return context.mentions.every(
    (m) =>
      m.type !== "person" || m.entity !== name || isCapitalized(tokens[tokenAt(tokens, m.end)]?.text ?? ""),
  );
}

/**
 * A role noun phrase at token `k` ("the president", "the current GOP nominee's"): its role, or null. The role
 * word is the phrase's head, not a modifier of a name after it ("the president Jo Lee", "the nominee Roe's").
 */
export function roleNounAt(tokens: readonly Token[], k: number): string | null {
  if (!/^the$/i.test(tokens[k]?.text ?? "")) return null;
  // (Past an age: "The 78-year-old Argentine pope reminded …", session 42 probe, the Pope in Congress, whose "he
  // said" went to the vice-president named before.)
  const from = writtenAgeAt(tokens, k + 1) ? k + 3 : k;
  for (let j = from + 1; j <= from + 4 && j < tokens.length; j++) {
    const word = (tokens[j] as Token).text;
    const lower = word.toLowerCase();
    const pair = `${lower} ${tokens[j + 1]?.lower ?? ""}`;
    const role = ROLE_TITLES.has(pair) ? pair : ROLE_TITLES.has(lower) ? lower : null;
    if (role === null) {
      // Only a capitalized modifier or an office's own ("the Ohio senator", "the former president"): "the
      // base chief" (PolNeAR train) is not the chief the document names.
      if (!isCapitalized(word) && !OFFICE_MODIFIERS.has(lower)) return null;
      continue;
    }
    const next = tokens[j + (role === pair ? 2 : 1)]?.text ?? "";
    return isCapitalized(next) || /^(?:of|for|to|and)$/.test(next) ? null : role;
  }
  return null;
}
