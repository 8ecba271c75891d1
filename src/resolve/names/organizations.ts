/**
 * One name per organization: acronyms are kept as written (NATO, not "Nato"), dotted ones undotted ("U.N."
 * is UN), headline capitals take the document's own spelling ("REUTERS" is Reuters), and an acronym joins
 * the one longer name whose initials it spells ("the IMF" after "International Monetary Fund"). The same
 * joining runs over a corpus in aggregate/entities.ts (acronym-names.ts, acronymTarget).
 */
import { MAX_ACRONYM_LETTERS } from "../../lexicon/acronym-skip-words.js";
import { PARTY_MEMBERS } from "../../lexicon/group-words.js";
import { PARTY_NICKNAMES } from "../../lexicon/party-nicknames.js";
import { LONGER_WORD_ENDINGS } from "../../lexicon/word-endings.js";
import { singleSpaced } from "../../text/spacing.js";
import { isTitleCased } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";
import { acronymLetters, acronymTarget, DOTTED_ACRONYM, initialsIndex } from "./acronym-names.js";
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

/**
 * The stem a party's names share: "Democratic" and "Democrats" → "democrat", "Labour" → "labour", and a
 * nickname its party's ("Tories" → "conservative").
 */
function partyStem(word: string): string {
  const lower = word.toLowerCase();
  return PARTY_NICKNAMES.get(lower) ?? lower.replace(/s$/, "").replace(/ic$/, "");
}

/** The stems of a name's words, space-joined: "Progressive Conservatives" → "progressive conservative". */
function partyKey(name: string): string {
  return name.split(" ").map(partyStem).join(" ");
}

/**
 * A party's formal name and its base of one to three words: "Labour Party", "Conservative Party of Canada",
 * "Progressive Conservative Party", "Liberal Democratic Party".
 */
const PARTY_NAME = /^((?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+) Party(?: of(?: the)?(?: \p{Lu}\p{Ll}+)+)?$/u;

/** Two or three title-cased words: the shape of a party's base, members' name or clipped name. */
const MULTI_WORD_PARTY = /^(?:\p{Lu}\p{Ll}+ ){1,2}\p{Lu}\p{Ll}+$/u;

/**
 * A party known by its members' name, two or three words ending in a party's members (PARTY_MEMBERS: "Liberal
 * Democrats", "Social Democrats"): in a document or corpus that writes no "... Party" of that stem, its adjective
 * ("a Liberal Democrat councillor") and its clipped name ("Lib Dems") join it. Any plural name at first: 9
 * Reuters records changed, 4 better, 2 neither, 3 worse, all three a firm joined to another's plural (a bank to
 * its holding company's "... Banks", a possessive cut to "... Lightings"); with the party's word, 2 changed: a
 * party's members joined their party, a "Senate Republican leader" the corpus's "Senate Republicans".
 */
const isMembersName = (name: string): boolean =>
  MULTI_WORD_PARTY.test(name) && PARTY_MEMBERS.has(name.slice(name.lastIndexOf(" ") + 1).toLowerCase());

/**
 * Parties by the stem of their base ("Democratic Party" → "democrat", "Progressive Conservative Party" →
 * "progressive conservative"), for partyOf. A null entry means
 * two parties share the stem, unless one of them is named in at least twice as many documents as the others
 * together (`documentsOf`; a document names each of its names once, so within one document any two tie): over a
 * corpus, a state branch ("Republican Party of Wyoming", one document) or a variant ("Democrat Party", two) no
 * longer leaves the party of many documents without its members, short name and nickname ("Republicans",
 * "GOP"), the same share by which joinedAcronyms picks among names of the same initials. PolNeAR train, as one
 * corpus: "GOP" (44 documents), "Republican", "Democrat" and "Democratic" joined their party. A members' name of
 * several words (isMembersName) is indexed under its own stem when no party holds that stem.
 */
export function partyIndex(
  names: Iterable<string>,
  documentsOf: (name: string) => number = () => 1,
): Map<string, string | null> {
  const byStem = new Map<string, Map<string, number>>();
  const members: string[] = [];
  for (const name of names) {
    const base = PARTY_NAME.exec(name)?.[1];
    if (base === undefined) {
      if (isMembersName(name)) members.push(name);
      continue;
    }
    const stem = partyKey(base);
    let named = byStem.get(stem);
    if (named === undefined) {
      named = new Map();
      byStem.set(stem, named);
    }
    if (!named.has(name)) named.set(name, documentsOf(name));
  }
  const index = new Map<string, string | null>();
  for (const [stem, named] of byStem) {
    let top: string | null = null;
    let topDocuments = 0;
    let total = 0;
    for (const [name, documents] of named) {
      total += documents;
      if (documents > topDocuments) [top, topDocuments] = [name, documents];
    }
    index.set(stem, named.size === 1 || topDocuments >= 2 * (total - topDocuments) ? top : null);
  }
  for (const name of members) {
    const stem = partyKey(name);
    if (!index.has(stem)) index.set(stem, name);
  }
  return index;
}

/**
 * A clipped word of a party's name: three letters or more of the word's start, cut by three or more that are no
 * common ending of their own ("Lib" of "liberal"; not "Dan" of "Dana"), as isClippingOf reads "Fed".
 */
const isClippedWord = (clipped: string, word: string): boolean =>
  clipped.length >= 3 &&
  word.length >= clipped.length + 3 &&
  word.startsWith(clipped) &&
  !LONGER_WORD_ENDINGS.has(word.slice(clipped.length));

/**
 * The party a name of several words clips word by word ("Lib Dems" → "liberal democrat"), of the index's keys of
 * as many words, one word cut at least; undefined when none or more than one fits.
 */
function clippedParty(key: string, index: Map<string, string | null>): string | undefined {
  const words = key.split(" ");
  let found: string | undefined;
  for (const [stem, party] of index) {
    const full = stem.split(" ");
    if (party === null || full.length !== words.length) continue;
    if (!words.every((w, i) => w === full[i] || isClippedWord(w, full[i] as string))) continue;
    if (words.every((w, i) => w === full[i])) continue;
    if (found !== undefined && found !== party) return undefined;
    found = party;
  }
  return found;
}

/**
 * The party a nickname stands for where no party has the nickname's own stem: the one party whose base ends with
 * it ("Tories" in a document or corpus naming only the "Progressive Conservative Party", as Canadian news calls
 * that party's members; before, they were an organization of their own). Not a clipped word ("Dems" is
 * "democrat" cut short, and "New Democratic Party" or "Social Democratic Party" end with that stem too), and
 * not when two parties end with the stem.
 */
function nicknamedParty(name: string, stem: string, index: Map<string, string | null>): string | undefined {
  if (stem.startsWith(name.toLowerCase().replace(/s$/, ""))) return undefined;
  let found: string | undefined;
  for (const [key, party] of index) {
    if (party === null || !key.endsWith(` ${stem}`)) continue;
    if (found !== undefined && found !== party) return undefined;
    found = party;
  }
  return found;
}

/**
 * The party an organization name stands for: its members ("Democrats", "Conservatives", "Progressive
 * Conservatives"), its short name or adjective ("Labour", "Liberal Democrat") or its clipped name ("Lib Dems")
 * when the index has one party of that stem; undefined otherwise.
 */
export function partyOf(name: string, index: Map<string, string | null>): string | undefined {
  const nickname = PARTY_NICKNAMES.has(name.toLowerCase());
  if (isTitleCased(name) || nickname) {
    const stem = partyStem(name);
    const party = index.get(stem);
    return party === undefined && nickname ? nicknamedParty(name, stem, index) : (party ?? undefined);
  }
  if (!MULTI_WORD_PARTY.test(name)) return undefined;
  const key = partyKey(name);
  const party = index.get(key);
  if (party !== undefined && party !== null && party !== name) return party;
  return clippedParty(key, index);
}

/**
 * A party's adjective or members' name of several words that the tagger read as a place or a person ("The
 * Progressive Conservative candidate", "Progressive Conservatives had worked hard" beside "the Progressive
 * Conservative Party") is that party: the document names the party, and no place or person bears its stem.
 * One-word names keep their type ("Liberal" may be a surname, "Labour" the work), and so does a titled person.
 */
function retypePartyNames(mentions: readonly Mention[], parties: Map<string, string | null>): void {
  for (const mention of mentions) {
    if (mention.type !== "place" && mention.type !== "person") continue;
    if (mention.title !== undefined || !mention.text.includes(" ")) continue;
    const party = partyOf(singleSpaced(mention.text), parties);
    if (party === undefined) continue;
    mention.type = "organization";
    mention.entity = party;
  }
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

/** The name of an organization as written in `text`, in a document whose spellings are `spelling`. */
export function organizationName(text: string, spelling: Spelling): string {
  // "The Washington Post" is the "Washington Post" the tagger finds without its article. Each replace only when
  // it can change the name: most names have single spaces and no article (the two replaces were most of
  // organizationName's 0.9% of a Reuters `--jobs 1` profile).
  const spaced = singleSpaced(text);
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
  // Pushed, not mapped: an optimized map's array is HOLEY ("wrong map" deopt at join), and Array.from with a
  // mapping function walks the iterator protocol (~9 times a loop's time on a name's few words).
  const spelledWords: string[] = [];
  for (const word of words) spelledWords.push(spelledWord(word, spelling, keepShort));
  return spelledWords.join(" ");
}

/** One word of an all-capital organization name in the document's spelling, an acronym or title case. */
function spelledWord(word: string, spelling: Spelling, keepShort: boolean): string {
  const spelled = spelling(word);
  if (spelled !== undefined) return spelled;
  if (DOTTED_ACRONYM.test(word) || !/^\p{Lu}+$/u.test(word)) return word;
  if (keepShort && word.length <= MAX_ACRONYM_LETTERS) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
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
  // No party among the names (most documents): partyOf finds none, and its stems are not made for every name.
  if (parties.size > 0) {
    for (const mention of organizations) mention.entity = partyOf(mention.entity, parties) ?? mention.entity;
    retypePartyNames(mentions, parties);
    mentions = withPartyWords(mentions, tokens, (word) => partyOf(word, parties));
    organizations = mentions.filter((m) => m.type === "organization");
  }
  joinShortNames(organizations);
  joinClippedNames(organizations);
  const defined = definedAcronyms(text, organizations);
  // Pushed, not mapped: an optimized map's array is HOLEY ("wrong map" in initialsIndex), and Array.from with a
  // mapping function walks the iterator protocol (its line held 40% of nameOrganizations' own samples).
  // The names as they are before any acronym is joined; their index is made at the first acronym only (most
  // documents have none: initialsIndex was 0.25% of a Reuters `--jobs 1` profile).
  const names: string[] = [];
  for (const m of organizations) names.push(m.entity);
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
