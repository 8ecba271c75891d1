/**
 * A full name read as an organization whose surname the document writes alone as a person's: after a
 * courtesy title ("Ms Stone"), or before an age, a person's relative pronoun or a speech verb ("Stone, 17, said
 * she", "Stone, who", "Stone told Radio 1").
 * The tagger read a name whose first word it never saw ("Joss Stone received three nominations") by its shape,
 * and a firm's name never goes on as "X, 17," nor after "Ms". The name is two title-case words, no firm's,
 * institution's or place's word and no place the gazetteer knows; the surname alone is a capitalized word with no
 * other capitalized word beside it. A speech verb alone is no proof (firms speak: "Lynch said"): it takes a person's
 * pronoun in the words after it ("Stone said she"). Session 33 probe (a BBC Brit Awards story): a singer was an
 * organization and her quotes' speaker, "Stone", was no one listed. Not a name read as a place: the tagger's place
 * reading leans on the gazetteer's words ("Santa" of "Santa Fe"), and GUM train's "Santa Claus" (a place before,
 * "Mr. Claus said he") made a person took "Santa"'s gender from the first-name lists (female): 20 pronouns worse.
 */
import { gazetteer, Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { PARTY_DESCRIPTORS } from "../../lexicon/name-descriptors.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { PLACE_SUFFIXES, VENUE_WORDS } from "../../lexicon/place-suffixes.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { COURTESY_TITLES } from "../../lexicon/title-kinds.js";
import type { Mention } from "../../types.js";

/** Two title-case words, one space apart. */
const TWO_WORD_NAME = /^\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+)$/u;
const PLACE_KINDS = Kind.country | Kind.state | Kind.region | Kind.city | Kind.bigCity;

/** Whether no word of `name` is a firm's, an institution's or a place's, and the gazetteer knows it as no place. */
function mayBePersonName(name: string): boolean {
  for (const word of name.split(" ")) {
    const key = word.toLowerCase();
    if (ORGANIZATION_SUFFIXES.has(key) || ORGANIZATION_NOUNS.has(key)) return false;
    if (PLACE_SUFFIXES.has(key) || VENUE_WORDS.has(key)) return false;
    if ((wordKind(word) & (PLACE_KINDS | Kind.organization)) !== 0) return false;
  }
  return (wordKind(name) & (PLACE_KINDS | Kind.organization)) === 0;
}

/** A word and a space ending the text before a surname: a title ("Ms ", "Mrs. ") or any other word. */
const WORD_BEFORE = /(\p{L}+\.?) $/u;
/** What follows a surname standing alone: no capitalized word, then its clause's next words. */
const WORDS_AFTER = /(?! \p{Lu})(,? [^.!?\n]{0,40})/uy;

/**
 * Whether `surname` stands alone in `text` somewhere as a person's (the file's comment). Found by `indexOf`, its
 * neighbours read around it: one pattern holding the word before, the surname and the words after was tried at
 * every position of the text, and made this test 556 ms of a one-thread Reuters run (3.7%).
 */
function isSurnameOfAPerson(text: string, surname: string): boolean {
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
    if (at > 0 && /[\p{L}'’-]/u.test(text[at - 1] as string)) continue;
    const end = at + surname.length;
    if (end < text.length && /[\p{L}\p{N}_]/u.test(text[end] as string)) continue;
    WORDS_AFTER.lastIndex = end;
    const after = WORDS_AFTER.exec(text)?.[1];
    if (after === undefined) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[1];
    if (before !== undefined && /^\p{Lu}/u.test(before)) {
      if (COURTESY_TITLES.has(before.replace(/\.$/u, "").toLowerCase())) return true;
      continue;
    }
    if (/^, \d{1,3},(?=\s)/u.test(after)) return true;
    // ("Freeland, who had been trade minister,": a person's relative pronoun; a firm takes "which". Invented probe,
    // session 38, CP cabinet copy: the minister was an organization throughout.)
    // (Not a party's member: "a New York House Democrat, who called", Reuters.)
    if (/^, who\b/u.test(after) && !PARTY_DESCRIPTORS.has(surname.toLowerCase())) return true;
    const verb = /^ (\p{Ll}+)\b(.*)$/u.exec(after);
    if (
      verb !== null &&
      REPORTING_VERBS.has(verb[1] as string) &&
      /\b(?:she|he|her|his)\b/u.test(verb[2] as string)
    )
      return true;
  }
  return false;
}

/**
 * Whether `word` may be a person's name's: a first or last name the gazetteer knows, or no dictionary word
 * ("Jane's Defence Weekly said": Reuters bench, a magazine made a person in a first version).
 */
function isNameWord(word: string): boolean {
  if ((wordKind(word) & (Kind.firstName | Kind.lastName)) !== 0) return true;
  const gaz = gazetteer();
  const key = word.toLowerCase();
  return !gaz.ordinaryWords.has(key) && !gaz.commonWords.has(key);
}

/** An owner's possessive right before a name: "the CBI's ", "the Federation of Small Businesses' ". */
const OWNER_BEFORE = /\p{L}(?:['’]s|s['’]) $/u;
/** A reporting verb right after a name ("... Digby Jones said"). */
const VERB_AFTER = /^ (\p{Ll}+)\b/u;
/** A reporting verb before the owner, the name closing the clause ("said the CBI's Digby Jones."). */
const VERB_BEFORE_OWNER =
  /\b(?:said|says|added|told|according to)(?: the)?(?: \p{Lu}[\p{L}&.-]*| of| and){1,6}['’]s? $/u;

/**
 * Whether `m` is an owner's speaker: after an organization's possessive, before a reporting verb or closing the
 * clause of one ("the CBI's Digby Jones said", "said the FSB's Digby Jones."). A firm's firm or product after a
 * possessive ("Ford's Jaguar unit", "Sony's PlayStation Portable") says nothing. Session 34 probe (BBC business):
 * a CBI head whose first name no list knows was an organization, and his quotes' speaker the CBI.
 */
function isOwnersSpeaker(text: string, m: Mention): boolean {
  if (!OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return false;
  if (!m.text.split(" ").every(isNameWord)) return false;
  const verb = VERB_AFTER.exec(text.slice(m.end, m.end + 16));
  if (verb !== null && REPORTING_VERBS.has(verb[1] as string)) return true;
  return (
    /^[.,;]/u.test(text.slice(m.end, m.end + 1)) &&
    VERB_BEFORE_OWNER.test(text.slice(Math.max(0, m.start - 80), m.start))
  );
}

/** The mentions, in place, with each firm whose surname the document gives a person made a person. */
export function withSurnameContexts(text: string, mentions: Mention[]): Mention[] {
  let persons: Map<string, boolean> | null = null;
  for (const m of mentions) {
    if (m.type !== "organization") continue;
    const match = TWO_WORD_NAME.exec(m.text);
    if (match === null || !mayBePersonName(m.text)) continue;
    persons ??= new Map();
    if (persons.get(m.text) === true) continue;
    if (isOwnersSpeaker(text, m)) {
      persons.set(m.text, true);
      continue;
    }
    if (!persons.has(m.text)) persons.set(m.text, isSurnameOfAPerson(text, match[1] as string));
  }
  if (persons === null) return mentions;
  for (const m of mentions) {
    if (m.type !== "organization" || persons.get(m.text) !== true) continue;
    m.type = "person";
    m.entity = m.text;
  }
  return mentions;
}
