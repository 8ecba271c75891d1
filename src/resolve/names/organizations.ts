/**
 * One name per organization: acronyms are kept as written (NATO, not "Nato"), dotted ones undotted ("U.N."
 * is UN), headline capitals take the document's own spelling ("REUTERS" is Reuters), and an acronym joins
 * the one longer name whose initials it spells ("the IMF" after "International Monetary Fund"). The same
 * joining runs over a corpus in aggregate/entities.ts (acronymTarget).
 */
import { ACRONYM_SKIP_WORDS, MAX_ACRONYM_LETTERS } from "../../lexicon/acronym-skip-words.js";
import { PARTY_NICKNAMES } from "../../lexicon/party-nicknames.js";
import { isAcronymShaped, isTitleCased } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";
import { joinClippedNames } from "./clipped-names.js";
import { withIntroducedNames } from "./introduced.js";
import { withoutListedLanguages } from "./languages.js";
import {
  withDefinedOrganizations,
  withInstitutionTails,
  withoutRoleOrganizations,
  withPartyWords,
} from "./organization-spans.js";
import { withPersonLedOrganizations } from "./person-led-organizations.js";
import { withPublications } from "./publications.js";
import { joinShortNames, withPlaceLedOrganizations } from "./short-names.js";

const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;

/** The letters of an acronym name ("U.N." → "UN", "IMF" → "IMF"); null for any other name. */
export function acronymLetters(name: string): string | null {
  if (DOTTED_ACRONYM.test(name)) return name.replace(/\./g, "");
  return isAcronymShaped(name) ? name : null;
}

/** The initials of a name of two or more words, skipping "of", "the", ... ("Bank of England" → "BE"). */
export function initialsOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2) return null;
  // A loop, not filter/map/join: the empty array filter/map makes for a name of skip words has another
  // elements kind, and join's optimized code was thrown away for it ("wrong map" in --trace-deopt).
  let initials = "";
  for (const w of words)
    if (!ACRONYM_SKIP_WORDS.has(w.toLowerCase())) initials += (w[0] as string).toUpperCase();
  return initials.length >= 2 ? initials : null;
}

/**
 * Names by their initials, for acronymTarget: built once per document or corpus, so that joining n acronyms
 * to m names costs n + m, not n × m. A null entry means several names share those initials.
 */
export function initialsIndex(names: Iterable<string>): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const name of names) {
    const initials = initialsOf(name);
    if (initials === null) continue;
    const known = index.get(initials);
    index.set(initials, known === undefined || known === name ? name : null);
  }
  return index;
}

/** The one name of the index whose initials are `letters`; undefined for none or several. */
export function acronymTarget(letters: string, index: Map<string, string | null>): string | undefined {
  return index.get(letters) ?? undefined;
}

/** What corpusAcronymJoins weighs of an organization's record over a corpus. */
interface CorpusOrganization {
  name: string;
  documents: number;
  aliases: readonly string[];
}

/**
 * Acronyms by the organization some document of a corpus joined each to (the acronym, dotted or not, among the
 * longer name's aliases), for acronymTarget where names share the initials and initialsIndex has none: the name
 * that spells the acronym, that documents joined to it, and that is named in at least twice as many documents as
 * any other of those initials ("NWA" of a "Northern Wire Agency" of 14 documents, beside "Nolan, Wexley and Ames"
 * of one). Reuters bench: a joined name of any initials took stock tickers ("<XYZ>" beside another company); this
 * one joins 69 acronyms there (4 of them doubtful by name). CHECK sample (200 news articles): 2 joined, both right.
 */
export function joinedAcronyms(organizations: readonly CorpusOrganization[]): Map<string, string> {
  const byInitials = new Map<string, CorpusOrganization[]>();
  for (const organization of organizations) {
    const initials = initialsOf(organization.name);
    if (initials === null) continue;
    const known = byInitials.get(initials);
    if (known === undefined) byInitials.set(initials, [organization]);
    else known.push(organization);
  }
  const joined = new Map<string, string>();
  for (const [initials, named] of byInitials) {
    if (named.length < 2) continue;
    const ranked = [...named].sort((a, b) => b.documents - a.documents);
    const [top, next] = ranked as [CorpusOrganization, CorpusOrganization];
    if (top.documents < 2 * next.documents) continue;
    if (top.aliases.some((alias) => acronymLetters(alias) === initials)) joined.set(initials, top.name);
  }
  return joined;
}

/**
 * Whether an acronym left alone in its documents joins, over a corpus, the one organization whose initials it
 * spells. Initials alone across documents mislead: Reuters acronyms are often stock tickers ("<SNL>" is no
 * "Shopping Network Ltd" named elsewhere), and a common acronym is no rare long name ("NZ" of 27 documents is no
 * "Neutral Zone" of one). So it joins when some document itself joined the two (the acronym, dotted or not,
 * among the long name's aliases) and the long name is named in two documents or more, or in a third as many as
 * the bare acronym ("IBM" of 88 documents, "International Business Machines" of 6; not "NBC" of 6 and the
 * "National Baptist Convention" one document defined); or, on initials alone, when the long name is named in two
 * documents or more, and in at least as many as the bare acronym ("FOMC" of 1, "Federal Open Market Committee"
 * of 8). Reuters: 257 corpus joins -> 95 (a sample of those dropped: 6 of 6 company initials were tickers of
 * other companies).
 */
export function corpusAcronymJoins(acronym: CorpusOrganization, target: CorpusOrganization): boolean {
  if (target.aliases.some((alias) => acronymLetters(alias) === acronym.name))
    return acronym.documents <= 3 * target.documents || target.documents >= 2;
  return target.documents >= 2 && acronym.documents <= target.documents;
}

/**
 * The stem a party's names share: "Democratic" and "Democrats" → "democrat", "Labour" → "labour", and a
 * nickname its party's ("Tories" → "conservative").
 */
function partyStem(word: string): string {
  const lower = word.toLowerCase();
  return PARTY_NICKNAMES.get(lower) ?? lower.replace(/s$/, "").replace(/ic$/, "");
}

/** A party's formal name and its one-word base: "Labour Party", "Conservative Party of Canada". */
const PARTY_NAME = /^(\p{Lu}\p{Ll}+) Party(?: of(?: the)?(?: \p{Lu}\p{Ll}+)+)?$/u;

/**
 * Parties by the stem of their one-word base ("Democratic Party" → "democrat"), for partyOf. A null entry means
 * two parties share the stem.
 */
export function partyIndex(names: Iterable<string>): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const name of names) {
    const base = PARTY_NAME.exec(name)?.[1];
    if (base === undefined) continue;
    const stem = partyStem(base);
    const known = index.get(stem);
    index.set(stem, known === undefined || known === name ? name : null);
  }
  return index;
}

/**
 * The party a one-word organization name stands for: its members ("Democrats", "Conservatives") or its short
 * name ("Labour") when the index has one party of that stem; undefined otherwise.
 */
export function partyOf(name: string, index: Map<string, string | null>): string | undefined {
  if (!isTitleCased(name) && !PARTY_NICKNAMES.has(name.toLowerCase())) return undefined;
  return index.get(partyStem(name)) ?? undefined;
}

/** How a document spells a word where it is not all capitals ("Reuters" for "REUTERS"), if anywhere. */
export type Spelling = (word: string) => string | undefined;

/**
 * The first mixed-case spelling of each word of a document, looked up by its lower-cased form. A document's
 * first few questions are each answered by a scan of its words, with no copy of them; after those, a map is
 * built once (one pass over the words), so that a document of many all-capital names stays linear. Building
 * the map at the first question allocated 9 MB over 1,500 Reuters documents (a lower-case copy and an entry
 * per word, 4% of the main thread's allocation with --jobs 2) to answer 1,323 questions in 454 documents.
 */
const HAS_LOWER = /\p{Ll}/u;
const SCANS_BEFORE_MAP = 8;

export function documentSpellings(words: () => readonly string[]): Spelling {
  let list: readonly string[] | null = null;
  let spellings: Map<string, string> | null = null;
  let scans = 0;
  return (word) => {
    list ??= words();
    const key = word.toLowerCase();
    if (scans < SCANS_BEFORE_MAP) {
      scans += 1;
      for (const w of list) if (lowerCaseIs(w, key) && HAS_LOWER.test(w)) return w;
      return undefined;
    }
    if (spellings === null) {
      spellings = new Map();
      for (const w of list) {
        if (!HAS_LOWER.test(w)) continue;
        const lower = w.toLowerCase();
        if (!spellings.has(lower)) spellings.set(lower, w);
      }
    }
    return spellings.get(key);
  };
}

/** `w.toLowerCase() === key`, without the copy while `w` is ASCII (lower-casing may change other text's length). */
function lowerCaseIs(w: string, key: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code >= 128) return w.toLowerCase() === key;
    if (i >= key.length || (code >= 65 && code <= 90 ? code + 32 : code) !== key.charCodeAt(i)) return false;
  }
  return w.length === key.length;
}

/** Whitespace that `replace(/\s+/g, " ")` changes: any but a space, or a space before more. */
const SPACING = /[^\S ]| \s/;

/** The name of an organization as written in `text`, in a document whose spellings are `spelling`. */
export function organizationName(text: string, spelling: Spelling): string {
  // "The Washington Post" is the "Washington Post" the tagger finds without its article. Each replace only when
  // it can change the name: most names have single spaces and no article (the two replaces were most of
  // organizationName's 0.9% of a Reuters `--jobs 1` profile).
  const spaced = SPACING.test(text) ? text.replace(/\s+/g, " ") : text;
  const name =
    spaced.startsWith("The ") || spaced.startsWith("THE ")
      ? spaced.replace(/^(?:The|THE) (?=\p{Lu})/u, "")
      : spaced;
  if (DOTTED_ACRONYM.test(name)) return name.replace(/\./g, "");
  if (/\p{Ll}/u.test(name)) return name;
  const words = name.split(" ");
  // A short all-capital word alone is an acronym (NATO); inside a longer all-capital name it is more
  // likely a headline's capitals ("EUROPEAN CENTRAL BANK", "BUNDESBANK HOLDS").
  const keepShort = words.length === 1;
  // Array.from, not map: an optimized map's array is HOLEY, the builtin's packed ("wrong map" deopt at join).
  return Array.from(words, (word) => {
    const spelled = spelling(word);
    if (spelled !== undefined) return spelled;
    if (DOTTED_ACRONYM.test(word) || !/^\p{Lu}+$/u.test(word)) return word;
    if (keepShort && word.length <= MAX_ACRONYM_LETTERS) return word;
    return word.charAt(0) + word.slice(1).toLowerCase();
  }).join(" ");
}

/**
 * Acronyms the document defines: a name followed by its acronym in parentheses ("the Food and Drug
 * Administration (FDA)"), whatever its initials spell.
 */
function definedAcronyms(text: string, organizations: readonly Mention[]): Map<string, string> {
  const defined = new Map<string, string>();
  for (let i = 1; i < organizations.length; i++) {
    const name = organizations[i - 1] as Mention;
    const acronym = organizations[i] as Mention;
    const letters = acronymLetters(acronym.entity);
    if (letters === null || acronymLetters(name.entity) !== null) continue;
    // The name the tagger found must be whole: two words or more, starting with the acronym's letter (not
    // "Commission (CFTC)" or "Tariffs and Trade (GATT)").
    if (!/\s/.test(name.entity) || name.entity.charAt(0).toUpperCase() !== letters.charAt(0)) continue;
    if (!/^\s*\($/.test(text.slice(name.end, acronym.start)) || text[acronym.end] !== ")") continue;
    defined.set(letters, name.entity);
  }
  return defined;
}

/**
 * Names the organization mentions of a document: a title or role noun alone is none ("MP"); a name defined by
 * a parenthesized acronym is found whole; each is its written name in the document's spelling; a party's
 * members, adjective, nickname or short name is the party ("Democrats", "the Conservative leader", "Tories");
 * then each acronym the name the document defines it for, else the one longer organization of the document
 * whose initials it spell. Returns the mentions in text order (a new array when one was added or dropped).
 */
export function nameOrganizations(
  found: Mention[],
  text: string,
  tokens: readonly Token[],
  spelling: Spelling,
): Mention[] {
  let mentions = withPersonLedOrganizations(
    withPlaceLedOrganizations(
      withPublications(
        withDefinedOrganizations(
          withInstitutionTails(
            withoutRoleOrganizations(
              withIntroducedNames(withoutListedLanguages(found, tokens), text, tokens),
            ),
            text,
          ),
          text,
          tokens,
        ),
        text,
        tokens,
      ),
      text,
    ),
    text,
  );
  let organizations = mentions.filter((m) => m.type === "organization");
  // The names pushed as they are set, not mapped after: map's array is HOLEY once this function is optimized,
  // and partyIndex (which met packed ones first) threw its code away ("wrong map").
  const organizationNames: string[] = [];
  for (const mention of organizations) {
    mention.entity = organizationName(mention.text, spelling);
    organizationNames.push(mention.entity);
  }
  const parties = partyIndex(organizationNames);
  for (const mention of organizations) mention.entity = partyOf(mention.entity, parties) ?? mention.entity;
  if (parties.size > 0) {
    mentions = withPartyWords(mentions, tokens, (word) => partyOf(word, parties));
    organizations = mentions.filter((m) => m.type === "organization");
  }
  joinShortNames(organizations);
  joinClippedNames(organizations);
  const defined = definedAcronyms(text, organizations);
  // Array.from, not map: an optimized map's array is HOLEY, the builtin's packed ("wrong map" in initialsIndex).
  // The names as they are before any acronym is joined; their index is made at the first acronym only (most
  // documents have none: initialsIndex was 0.25% of a Reuters `--jobs 1` profile).
  const names = Array.from(organizations, (m) => m.entity);
  let index: Map<string, string | null> | null = null;
  for (const mention of organizations) {
    const letters = acronymLetters(mention.entity);
    if (letters === null) continue;
    let target = defined.get(letters);
    if (target === undefined) {
      index ??= initialsIndex(names);
      target = acronymTarget(letters, index);
    }
    if (target !== undefined) mention.entity = target;
  }
  return mentions;
}
