/**
 * An organization's short name joins its full name within a document, as a surname joins a person's full name:
 * a newspaper or a club named once in full and then by its last word ("The Washington Post" ... "the Post",
 * "Borussia Dortmund" ... "Dortmund"), a company or a club by its first word ("Leicester City" ... "Leicester",
 * "Phillips Petroleum Co" ... "Phillips"). And a place the tagger split off the front of an organization's name
 * ("New York" + "Times" in "The New York Times") is part of that name.
 * Only within a document: over PolNeAR + CNN/DM dev, joining a bare word to the full name some other document
 * joined it to was wrong 4 times of 4 ("Times" of British papers into "New York Times", a football "United" into
 * "United Airlines"). PolNeAR + CNN/DM dev, within documents: 35 joins hand-judged, 29 right.
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, PLACE_KINDS, phraseKind, wordKind } from "../../extract/entities/gazetteer.js";
import { mentionAt } from "../../extract/mention.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import {
  COMPANY_FORMS,
  DIVISION_ENDINGS,
  INSTITUTION_WORDS,
  ORGANIZATION_SUFFIXES,
} from "../../lexicon/organization-suffixes.js";
import type { Mention } from "../../types.js";
import { companyFormsStart, isPartnersAnd } from "./company-form-words.js";

/**
 * A one-word name that may be short for a longer one: capitalized, with a lower-case letter ("BankAmerica" of
 * "BankAmerica Corp"), not all capitals (acronyms have their rule).
 */
const SHORT_NAME = /^\p{Lu}(?=[^\s]*\p{Ll})[\p{L}\p{M}'’.-]+$/u;

/**
 * A company's, an institution's or a club's ending ("Inc", "University", "City", "Rovers"); not a division's
 * ("Apple Music": "Apple" is the parent firm).
 */
function isEnding(word: string): boolean {
  const lower = word.toLowerCase();
  return ORGANIZATION_SUFFIXES.has(lower) && !DIVISION_ENDINGS.has(lower);
}

/**
 * Whether a word before a name's last word makes that last word a surname ("Rush Tolliver", tagged an
 * organization): a first name that names no place ("Washington Post", "Arizona Walmart" keep their last word).
 */
function isFirstNameBefore(word: string): boolean {
  return isKnownFirstName(word) && (wordKind(word) & PLACE_KINDS) === 0;
}

/**
 * Whether a name opened by a first name is still no person's: a firm or club the gazetteer knows ("Aston Villa"),
 * or one whose last word is a dictionary word and no surname ("Crystal Palace"). Session 34, a Daily Mail dev story:
 * "against Villa" after "Aston Villa" was listed apart (as a person).
 */
function isNoPersonsName(name: string, last: string): boolean {
  if ((phraseKind(name) & Kind.organization) !== 0) return true;
  return gazetteer().ordinaryWords.has(last.toLowerCase()) && (wordKind(last) & Kind.lastName) === 0;
}

/**
 * Whether a name's first word may stand for it: the name is that word and an ending ("Leicester City", "Hofstra
 * University"), ends with a company's legal form ("Phillips Petroleum Co"), or is an institution's head and "of"
 * ("Bank of England"). Not a body's part named after the
 * body ("House Intelligence Committee" is no "House"; PolNeAR dev) nor a club of three words ("West Bromwich
 * Albion").
 */
function startsCompanyOrClub(words: readonly string[]): boolean {
  const last = (words[words.length - 1] as string).toLowerCase();
  if (words.length > 2 && words[1] === "of" && isBodyHead(words[0] as string)) return true;
  return words.length === 2 ? isEnding(last) : COMPANY_FORMS.has(last);
}

/**
 * An institution's head noun opening "<head> of <...>" ("Bank of England", "University of Toronto", "Ministry of
 * Defence"), which the story then writes alone ("the Bank"): session 36 probe (BBC 2005 business), "the Bank"
 * three times an organization apart from the Bank of England.
 */
function isBodyHead(word: string): boolean {
  const key = word.toLowerCase();
  return ORGANIZATION_NOUNS.has(key) || INSTITUTION_WORDS.has(key);
}

/**
 * The partners' words of a firm named "X and Co" ("Dana Whitlow and Co Ltd" -> "Dana Whitlow"), whose last word
 * stands for the firm as it stood for "Dana Whitlow" before extraction joined "and Co" (company-forms.ts); null
 * for any other name. The "and" of a pair of bodies ("House and Senate") is not a firm's.
 */
function firmPartners(words: readonly string[]): readonly string[] | null {
  const end = companyFormsStart(words);
  if (end === words.length || end < 2 || !isPartnersAnd(words[end - 1])) return null;
  return words.slice(0, end - 1);
}

/** The partners' name of a firm named "X and Co" ("Dana Whitlow and Co Ltd" -> "Dana Whitlow"), else null. */
export function firmPartnersOf(name: string): string | null {
  if (!name.includes(" and ") && !name.includes(" & ") && !name.includes("\n")) return null;
  const partners = firmPartners(name.split(/\s+/));
  return partners === null ? null : partners.join(" ");
}

/** Adds `name` under `key`; a key two names share maps to null (ambiguous: no join). */
function index(names: Map<string, string | null>, key: string, name: string): void {
  const known = names.get(key);
  names.set(key, known === undefined || known === name ? name : null);
}

/**
 * Clubs' endings that stand alone for the one club of the document ending so ("United" for "Manchester United",
 * "Rovers" for "Tarrow Rovers": session 37 probe, BBC 2005 business, "United's board said" named an organization
 * "United" apart from the club). Not "City", "Town" or "County": a council's word alone in local news.
 */
const CLUB_SHORT_NAMES: ReadonlySet<string> = new Set([
  "united",
  "rovers",
  "athletic",
  "albion",
  "wanderers",
]);

/**
 * The full name each one-word organization name of a document stands for: the one longer organization name
 * that ends with it, else the one that it starts as a company's or club's name ("Phillips Petroleum Co",
 * "Leicester City"; not "Apple Music"). A word two such names share stays itself ("Post" beside
 * "Washington Post" and "Jerusalem Post").
 */
export function shortNameTargets(names: Iterable<string>): Map<string, string> {
  const byLast = new Map<string, string | null>();
  const byFirst = new Map<string, string | null>();
  for (const name of names) {
    // A one-word name is no full name: not split (most organizations' names; the split was two thirds of this
    // function's samples in an in-process Reuters profile).
    if (!name.includes(" ")) continue;
    const all = name.split(" ");
    const words = firmPartners(all) ?? all;
    const last = words[words.length - 1] as string;
    // "House and Senate" names two bodies: "Senate" is not short for it (Reuters bench).
    const pair = words.includes("and") || words.includes("&");
    if (
      SHORT_NAME.test(last) &&
      !pair &&
      (!isEnding(last) || CLUB_SHORT_NAMES.has(last.toLowerCase())) &&
      (words.length < 2 ||
        !isFirstNameBefore(words[words.length - 2] as string) ||
        isNoPersonsName(name, last))
    )
      index(byLast, last, name);
    const first = words[0] as string;
    if (SHORT_NAME.test(first) && startsCompanyOrClub(all)) index(byFirst, first, name);
  }
  const targets = new Map<string, string>();
  for (const [word, name] of byFirst) if (name !== null) targets.set(word, name);
  // The last word first: "Dortmund" is "Borussia Dortmund" even beside a "Dortmund FC".
  for (const [word, name] of byLast) if (name !== null) targets.set(word, name);
  return targets;
}

/**
 * Renames each organization mention named as a firm's partners alone ("Dana Whitlow") to the one firm of the
 * document named by them and "and Co" ("Dana Whitlow and Co Inc"): before extraction joined "and Co", both were
 * one name, and the one-word short name ("Whitlow") can then join the firm unambiguously.
 */
function joinFirmPartners(organizations: readonly Mention[]): void {
  const firms = new Map<string, string | null>();
  for (const { entity } of organizations) {
    if (!entity.includes(" and ") && !entity.includes(" & ")) continue;
    const partners = firmPartners(entity.split(" "));
    if (partners !== null) index(firms, partners.join(" "), entity);
  }
  if (firms.size === 0) return;
  for (const mention of organizations) {
    const firm = firms.get(mention.entity);
    if (firm !== undefined && firm !== null) mention.entity = firm;
  }
}

/**
 * Renames each organization mention of several words that is the tail of one longer organization's name after a
 * place ("Maple Leafs" of "Toronto Maple Leafs", "Blue Jays" of "Toronto Blue Jays") to that name: a team written
 * without its town. Session 36 probe (CP 2019 hockey): the Leafs were three entries, and "Leafs" joined neither.
 */
function joinTownlessNames(organizations: readonly Mention[]): boolean {
  // Only a name of two words or more may be a tail; a name is cut only where its tail is such a name of the
  // document (splitting every name and asking the gazetteer of each head was 25 ms of a --jobs 1 profile of 4,000
  // Reuters documents).
  const several = new Set<string>();
  for (const { entity } of organizations) if (entity.includes(" ")) several.add(entity);
  if (several.size < 2) return false;
  const tails = new Map<string, string | null>();
  for (const entity of several) {
    for (let cut = entity.indexOf(" "); cut > 0; cut = entity.indexOf(" ", cut + 1)) {
      const tail = entity.slice(cut + 1);
      if (!tail.includes(" ") || !several.has(tail)) continue;
      if ((phraseKind(entity.slice(0, cut)) & PLACE_KINDS) !== 0) index(tails, tail, entity);
    }
  }
  if (tails.size === 0) return false;
  let joined = false;
  for (const mention of organizations) {
    const full = tails.get(mention.entity);
    if (full === undefined || full === null) continue;
    mention.entity = full;
    joined = true;
  }
  return joined;
}

/**
 * Renames each organization mention to the full name it is short for in the document, if any: a firm's partners'
 * name, a one-word name, a name without its town. One-word names are read again after the town's join: "Leafs"
 * ended both "Maple Leafs" and "Toronto Maple Leafs" until they were one; "Hydraulic" is first joined to
 * "Hydraulic Co", which the town's join then takes to "Bridgeport Hydraulic Co" (Reuters bench).
 */
export function joinShortNames(organizations: readonly Mention[]): void {
  joinFirmPartners(organizations);
  joinOneWordNames(organizations);
  if (joinTownlessNames(organizations)) joinOneWordNames(organizations);
}

/** Renames each one-word organization mention to the full name it is short for in the document, if any. */
function joinOneWordNames(organizations: readonly Mention[]): void {
  // Only a one-word name is renamed, and only to a name of two words or more that ends or starts with it: the
  // targets are made from those names alone (a name's entry in them depends on the names sharing its word only;
  // shortNameTargets over every name was 2.9% of nameMentions' samples in an in-process Reuters profile).
  const oneWord = new Set<string>();
  for (const m of organizations) if (!m.entity.includes(" ")) oneWord.add(m.entity);
  if (oneWord.size === 0) return;
  const names = new Set<string>();
  for (const { entity } of organizations) {
    const space = entity.indexOf(" ");
    if (space < 0) continue;
    if (
      oneWord.has(entity.slice(0, space)) ||
      oneWord.has(entity.slice(entity.lastIndexOf(" ") + 1)) ||
      entity.includes(" and ") ||
      entity.includes(" & ")
    )
      names.add(entity);
  }
  if (names.size === 0) return;
  const targets = shortNameTargets(names);
  if (targets.size === 0) return;
  for (const mention of organizations) {
    if (mention.entity.includes(" ")) continue;
    const target = targets.get(mention.entity);
    if (target !== undefined) mention.entity = target;
  }
}

/**
 * The mentions with a place directly before a one-word organization ("New York" "Times", "Los Angeles" "Times")
 * made one organization mention ("New York Times"): nothing but a space between them, the organization's word
 * capitalized and not an acronym ("U.S." "Senate" is a country, and "Paris" "AFP" stays two); "Haas" "Co" of a
 * company's name cut by the tagger is "Haas Co". Returns the same
 * array when nothing was glued.
 */
export function withPlaceLedOrganizations(mentions: Mention[], text: string): Mention[] {
  return withLedOrganizations(
    mentions,
    text,
    (place, next) => place.type === "place" && SHORT_NAME.test(next.text),
  );
}

/**
 * The mentions with each mention that `leads` a one-word organization directly after it (nothing but a space
 * between them) made one organization mention with it; returns the same array when nothing was glued. Shared by
 * the place-led names here and the person-led ones (person-led-organizations.ts).
 */
export function withLedOrganizations(
  mentions: Mention[],
  text: string,
  leads: (first: Mention, organization: Mention) => boolean,
): Mention[] {
  let glued: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i] as Mention;
    const next = mentions[i + 1];
    if (
      next !== undefined &&
      next.type === "organization" &&
      next.start === first.end + 1 &&
      text[first.end] === " " &&
      leads(first, next)
    ) {
      glued ??= mentions.slice(0, i);
      glued.push(mentionAt(first.start, next.end, text.slice(first.start, next.end), "organization"));
      i++;
    } else glued?.push(first);
  }
  return glued ?? mentions;
}
