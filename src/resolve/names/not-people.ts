/**
 * Which "persons" of a document are no people: words ("Figure", "Beauty") and things named like people ("Customs
 * Enforcement", "American Pie"). One-word names that the document or the lexicons show to be organizations or
 * places: one-word-persons.ts. Part of the per-document naming (index.ts).
 */
import { type Gazetteer, gazetteer, Kind } from "../../extract/entities/gazetteer.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { isLoneCapital } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";
import {
  inQuotedTitle,
  isPossessiveOfThing,
  isQuotedWork,
  quotedOnlyNames,
  worksByContext,
} from "./works.js";

/**
 * A one-word "person" that the document also writes as an ordinary lower-case word ("Figure 2 shows ... the
 * figure", "the Article ... this article") and that is no known first or last name is the word, not a
 * person; nor is a contraction ("I'm"), an ordinal or a lone initial. Measured on GUM dev: see scripts/eval/people.ts.
 */
/**
 * Regular expressions of the per-token scans, made once: a literal inside a loop makes a new RegExp object at
 * every evaluation, which a cold run (code not yet optimized) pays per token (measured: 2x the time of a
 * shared one over 20,000 words, and a third of this file's allocations over the 1,500 bench documents).
 */
export const LOWER_START = /^\p{Ll}/u;

export function dropWords(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  const gaz = gazetteer();
  const lowerCase = writtenWords(tokens);
  return mentions.filter((m) => {
    if (m.type !== "person") return true;
    // A name has a word of two letters or more that starts with a capital: "2nd" and a lone "U." are not names.
    if (!/\p{Lu}\p{L}/u.test(m.text)) return false;
    if (/\s/.test(m.text)) return !isThingName(m.text);
    if (/['’](?:m|re|ve|ll|d|t)$/u.test(m.text)) return false;
    // A US legislator's party and state ("Gwen Ashby (D-Wis.)").
    if (/^[DRI]-\p{Lu}\p{Ll}*\.?$/u.test(m.text)) return false;
    const key = m.text.toLowerCase();
    // A company suffix alone ("Corp", "Inc.") is the tail of a name the tagger cut off, no name itself.
    if (ORGANIZATION_SUFFIXES.has(key)) return false;
    if (((gaz.phrases.get(key) ?? 0) & (Kind.firstName | Kind.lastName)) !== 0) return true;
    return !lowerCase(key);
  });
}

/** A document's first questions scan its tokens; after this many, a set of their texts answers. */
const SCANS_BEFORE_SET = 8;

/**
 * Whether a token starting in lower case is written `key`. A document asks a few times at most: those questions
 * are each a scan of the tokens, with no set of them (the set of its lower-case words, the pattern on every token,
 * was about 0.5% of a Reuters `--jobs 1` profile). After SCANS_BEFORE_SET scans, a set of the tokens' texts made
 * once answers, so that a document of many one-word persons stays linear (a 400,000-character text of 8,000
 * person mentions: 9.8 s of a 28.6 s profile went to these scans).
 */
function writtenWords(tokens: readonly Token[]): (key: string) => boolean {
  let scans = 0;
  let written: Set<string> | null = null;
  return (key) => {
    if (!LOWER_START.test(key)) return false;
    if (scans < SCANS_BEFORE_SET) {
      scans += 1;
      for (const t of tokens) if (t.text === key) return true;
      return false;
    }
    if (written === null) {
      written = new Set();
      for (const t of tokens) written.add(t.text);
    }
    return written.has(key);
  };
}

/**
 * A name of several words whose first word is no known first name and whose last is an ordinary English word, no
 * known surname ("Hubble Space Telescope", "Customs Enforcement", "Crosscut Strategies"): a thing, not a person.
 * News dev texts (CNN/DailyMail, PolNeAR): 15 wrong people gone, none right; GUM dev+train F1 79.2 -> 79.4, 15
 * wrong to 5 right (roles GUM counts as names: "Ugly Stepsister", "Chief Guest"). Without the first-word
 * condition, 24 wrong to 9 right on GUM but real people went in the news ("Kirstie Dunmore", "Shamima Akter").
 */
function isThingName(text: string): boolean {
  const gaz = gazetteer();
  const words = text.split(/\s+/);
  const kind = (word: string) => gaz.phrases.get(word.toLowerCase()) ?? 0;
  const last = (words[words.length - 1] as string).replace(/[.,]$/, "");
  const first = words[0] as string;
  // The first word is no name of a person's either: an ordinary word ("Customs"), a place, an organization or a
  // people ("Hubble" aside), an initial, or the start of three words or more. An unknown first word is often a
  // first name the lexicon lacks ("Kirstie Dunmore", "Shamima Akter").
  const firstIsNoName =
    gaz.ordinaryWords.has(first.toLowerCase()) ||
    (kind(first) & NOT_PERSON_KINDS) !== 0 ||
    isLoneCapital(first) ||
    words.length >= 3;
  return (
    firstIsNoName &&
    !isSyllableName(words, gaz) &&
    !NAME_PARTICLES.has(first.toLowerCase()) &&
    (kind(first) & Kind.firstName) === 0 &&
    gaz.ordinaryWords.has(last.toLowerCase()) &&
    (kind(last) & (Kind.firstName | Kind.lastName)) === 0
  );
}

/** At most this many letters in each word of a name of syllables ("Goh", "Chok", "Tong"; "Hsien"). */
const MOST_SYLLABLE_LETTERS = 5;

/**
 * Three short words, the middle one no list knows (no dictionary or everyday word, nothing the gazetteer names): an
 * East Asian name of syllables ("Tan Cheng Bock", "Goh Chok Tong"), whose first and last may be English words, not a
 * thing's name ("Hubble Space Telescope"). Firms named so have longer words ("Nissho Iwai Coal", "Dai Ichi Kangyo
 * Bank"; Reuters bench, which a looser test made people). Invented probe (session 38, Singapore copy): "Dr Tan
 * Cheng Bock" dropped as a thing.
 */
function isSyllableName(words: readonly string[], gaz: Gazetteer): boolean {
  if (words.length !== 3 || words.some((w) => w.length > MOST_SYLLABLE_LETTERS)) return false;
  const middle = words[1] as string;
  const key = middle.toLowerCase();
  return (
    /^\p{Lu}\p{Ll}+$/u.test(middle) &&
    (gaz.phrases.get(key) ?? 0) === 0 &&
    !gaz.ordinaryWords.has(key) &&
    !gaz.commonWords.has(key)
  );
}

const NOT_PERSON_KINDS =
  Kind.country | Kind.city | Kind.demonym | Kind.state | Kind.region | Kind.organization | Kind.title;

/**
 * Person mentions that are words of a work's title: inside a quoted title ("American Pie"), or a one-word name
 * written only as the possessive of a capitalized name or a disease ("Valentine's Day", "Alzheimer's disease").
 * On CNN/DailyMail + PolNeAR dev: 8 wrong people gone, no right one. On GUM dev+train F1 stays 79.2 (P +0.3):
 * 5 wrong and 6 right ones go, among them names inside titles that GUM counts ("Halvard on Card Tricks",
 * "Dante's Inferno") and a fiction roll call ("Daniels! Peterson! Foster!"). A name only ever written as a whole
 * quotation (session 11: FIT 2 wrong people gone, none right; GUM train all F1 82.3 -> 82.6, dev unchanged; Reuters
 * 9 records, all a product, a film or a nickname beside a full name).
 */
export function withoutWorks(text: string, mentions: Mention[]): Mention[] {
  const possessiveOnly = new Map<string, boolean>();
  for (const m of mentions) {
    if (m.type !== "person" || /\s/.test(m.text)) continue;
    const key = m.text.toLowerCase();
    possessiveOnly.set(key, (possessiveOnly.get(key) ?? true) && isPossessiveOfThing(text, m));
  }
  const quotedOnly = quotedOnlyNames(text, mentions);
  const works = worksByContext(text, mentions);
  return mentions.filter(
    (m) =>
      m.type !== "person" ||
      !(
        inQuotedTitle(text, m) ||
        isQuotedWork(text, m) ||
        possessiveOnly.get(m.text.toLowerCase()) === true ||
        quotedOnly.has(m) ||
        works?.has(m.text) === true
      ),
  );
}
