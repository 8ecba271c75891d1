/**
 * Persons whose "surname" is a word of the dictionary that no one bears as a surname, after a first word that is
 * no first name ("Xbox Live", "Harken Oil", "Perkins Engines"): a firm or its product, not a person.
 */
import { isKnownFirstName as isFirstName } from "../../extract/entities/first-name.js";
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { isSpeakerOfPronoun } from "../../extract/entities/unknown-name-contexts.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { HONORIFIC_SURNAMES } from "../../lexicon/person-titles.js";
import { endsPlaceName } from "../../lexicon/place-suffixes.js";
import { ROLE_HEADS } from "../../lexicon/speaker-roles.js";
import { tokenAt } from "../../text/token-at.js";
import { isInitials, startsCapitalThenLower } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";
import { genderOfAddress } from "./gender.js";
import { isBodyWord, isDictionaryWord, isPersonContextAfter, isPersonNounBefore } from "./name-contexts.js";

/**
 * The mentions, in place, with such persons made organizations: two words, no title; the second a word of the
 * dictionary (isDictionaryWord) that is neither a first name nor a surname nor a place's or venue's word (left to
 * the place rules) nor a body's role ("Treasury Secretary", a role read as a name: no firm) nor an honorific that
 * families bear as a surname ("Rukhsana Begum", "Ali Sultan"); the first neither a first name, an initial nor a
 * title ("Madam Speaker", GUM dev); and no person's context at any mention of the name (a speech verb, an age, a
 * role in apposition after it; a speech verb or a person's noun before it, or in apposition before it; "said he" or
 * "said she" after it; a list with a person in it). Session 37 probe (BBC 2005 tech): "Xbox Live online gaming" was a person; session 39 probe
 * (Guardian 2004): "Mr Blair's former cabinet colleague, Robin Cook, said he would abstain" was a firm.
 */
export function withWordSurnamesAsFirms(
  text: string,
  tokens: readonly Token[],
  mentions: Mention[],
): Mention[] {
  const personal = new Set<string>();
  const candidates: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "person") continue;
    if (
      m.title !== undefined ||
      isPersonNounBefore(text, m.start, true) ||
      isSpeakerOfPronoun(tokens, tokenAt(tokens, m.end), tokens.length) ||
      isPersonAfter(text, m)
    )
      personal.add(m.entity);
    else if (isWordSurnamed(m.text)) {
      // (The list is read for such names only: it is asked of a mention's neighbours, and most mentions are none.)
      if (isListedWithPerson(text, mentions, i)) personal.add(m.entity);
      else candidates.push(m);
    }
  }
  for (const m of candidates) {
    if (personal.has(m.entity)) continue;
    m.type = "organization";
    m.entity = m.text.replace(/\s+/gu, " ");
  }
  return mentions;
}

/** What stands between the names of a list: a comma, "and", or both. */
const LIST_GAP = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
/** At most this many characters between two names of a list (", and "). */
const MOST_GAP = 7;

/** A person mention whose first word is a known first name and whose name is no such firm's ("Justin Smith"). */
function isNamedPerson(m: Mention | undefined): boolean {
  if (m === undefined || m.type !== "person") return false;
  const words = m.text.split(" ");
  return (
    isFirstName(words[0] as string) &&
    !ORGANIZATION_SUFFIXES.has((words.at(-1) as string).toLowerCase()) &&
    !isWordSurnamed(m.text)
  );
}

/** The link between mentions `a` and `b` in a list: "," or "and" (null for none), from the text between them. */
function listLink(text: string, a: Mention, b: Mention): "comma" | "and" | null {
  if (b.start - a.end > MOST_GAP) return null;
  const gap = text.slice(a.end, b.start);
  if (!LIST_GAP.test(gap)) return null;
  return gap.includes("and") ? "and" : "comma";
}

/**
 * Whether the mention at `i` is listed beside a person named with a known first name ("Tadarrius Bean, Demetrius
 * Haley and Justin Smith were acquitted": session 41 probe, a Memphis trial; the first defendant was a firm): a
 * list is of one kind. A comma alone links a list only where the list goes on to "and" ("Simon Roe, Head Trader at
 * …" is an apposition: Reuters bench).
 */
function isListedWithPerson(text: string, mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i] as Mention;
  const next = mentions[i + 1];
  const previous = mentions[i - 1];
  if (isNamedPerson(previous) && listLink(text, previous as Mention, m) === "and") return true;
  if (next === undefined || !isNamedPerson(next)) return false;
  const link = listLink(text, m, next);
  if (link === "and") return true;
  const after = mentions[i + 2];
  return link === "comma" && isNamedPerson(after) && listLink(text, next, after as Mention) !== null;
}

/** A speech verb right after a name: "Consumer Reports says" (a firm speaks too). */
const SPEECH_AFTER = /^\s+(?:said|says|told|tells|added|adds)\b/u;
/**
 * A speech verb right before a name, and an apposition after it that opens with an article: "said Soe Min, a USDP
 * member" (PolNeAR train), not "said Perkins Engines, Varity's … subsidiary" (Reuters).
 */
const SPEECH_BEFORE = /(?:^|\s)(?:said|says|added|adds|according to)\s+$/u;
const APPOSITION_AFTER = /^,\s+(?:an?|the)\s/u;

/**
 * Whether a person's context follows the mention: a speech verb, an age, a role in apposition; not a speech verb
 * after a name of two dictionary words that are no names ("Consumer Reports says": CNN/DailyMail dev, a
 * magazine listed as a person).
 */
function isPersonAfter(text: string, m: Mention): boolean {
  // ("Acme said Tarvex Oil would …": a firm after "said" with no apposition.)
  const before =
    APPOSITION_AFTER.test(text.slice(m.end, m.end + 6)) &&
    SPEECH_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
  if (!before && !isPersonContextAfter(text, m.end)) return false;
  if (!before && !SPEECH_AFTER.test(text.slice(m.end, m.end + 8))) return true;
  const words = m.text.split(/\s+/u);
  return !(words.length === 2 && words.every(isDictionaryWord));
}

function isWordSurnamed(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length !== 2) return false;
  const [first, last] = words as [string, string];
  const key = last.toLowerCase();
  // (A capital and lower case: not a generation, "Busch III", nor a word in capitals; four letters at least: an
  // East Asian given name's syllable is a word too, "Soe Min", "Kwan Yew", "Ng Eng".)
  return (
    startsCapitalThenLower(last) &&
    last.length >= 4 &&
    isDictionaryWord(last) &&
    !(ROLE_HEADS.has(key) && isBodyWord(first)) &&
    (wordKind(last) & Kind.title) === 0 &&
    !HONORIFIC_SURNAMES.has(key) &&
    !endsPlaceName(last) &&
    !isFirstName(first) &&
    !isInitials(first) &&
    (wordKind(first) & Kind.title) === 0 &&
    genderOfAddress(first.toLowerCase()) === null
  );
}
