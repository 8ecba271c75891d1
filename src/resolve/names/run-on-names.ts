/**
 * Person names run on into the words around them where a page's text lost its spaces or its line breaks: words
 * glued by a scraper ("MorrowFlagShareLikeReplyTam", "12PMHarlan", "PRESSKansas") and a headline's ordinary words
 * after a name ("Dana Whitlow Address Opioid Crisis", "Whitlow Says He Would Issue"). Part of the
 * per-document naming (glued-names.ts).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, NOT_PERSON_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import { isRareSurnameAfter, speaksAfter } from "../../extract/entities/person-span.js";
import { AGENT_NOUN, isRoleNoun } from "../../extract/entities/role-nouns.js";
import { mentionAt, shortened } from "../../extract/mention.js";
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { endsOtherName } from "../../lexicon/organization-suffixes.js";
import { COURTESY_TITLE_LETTERS } from "../../lexicon/person-titles.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { tokenAt } from "../../text/token-at.js";
import { isAllCaps, isInitial, isInitials } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";
import { isDaysSurname } from "./local-things.js";

/**
 * An ASCII text with no digit, no capital after a lower-case letter and no four capitals in a row: no word of it
 * matches isGluedWord's patterns (ASCII's \p{N} is 0-9, \p{Lu} A-Z, \p{Ll} a-z), read from the codes (the first
 * pattern alone was 0.8% of a Reuters `--jobs 1` profile). A space, neither capital nor lower case, starts the
 * counts again, so a whole name is plain when each of its words is.
 */
function isPlainAscii(text: string): boolean {
  let capitals = 0;
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (c >= 128 || (c >= 48 && c <= 57) || (lower && upper)) return false;
    capitals = upper ? capitals + 1 : 0;
    if (capitals >= 4) return false;
    lower = c >= 97 && c <= 122;
  }
  return true;
}

/**
 * Whether a name holds a glued word (isGluedWord): a plain ASCII name holds none, and is not split (most person
 * mentions: the split was a quarter of ungluedNames' samples in an in-process Reuters profile).
 */
export function holdsGluedWord(name: string): boolean {
  return !isPlainAscii(name) && name.split(/\s+/).some(isGluedWord);
}

/** Name prefixes that a capital follows inside one word ("MacArthur", "VanderMeer", "FitzGerald"). */
const INNER_CAPITAL_PREFIX = /^(?:Mac|Mc|Van|Fitz)/u;

/**
 * A word no name is made of: letters after digits ("12PMHarlan"), capitals run into a capitalized word
 * ("PRESSKansas"; not "USAir"), or three capitalized parts ("MorrowFlagShareLikeReplyTam") or two whose first is a long word
 * ("OldestAni", "ImagesRepublican"). Names keep a short part before an inner capital ("McCartney", "DeShawn",
 * "LaGuardia", "VanderMeer"). PolNeAR train (a live blog's page furniture glued to its authors' names): 29
 * person entries of 383 in a 37-article sample were such words.
 */
export function isGluedWord(word: string): boolean {
  if (isPlainAscii(word)) return false;
  if (/\p{N}\p{L}*\p{Lu}\p{Ll}/u.test(word) || /\p{Lu}{3,}\p{Lu}\p{Ll}{2}/u.test(word)) return true;
  // No capital after a lower-case letter: one part, and no array made (most words of every person mention).
  if (!/\p{Ll}\p{Lu}/u.test(word)) return false;
  const parts = word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (parts.length >= 3) return true;
  // A first name run into its surname is a name still ("MargaretThatcher" on the Reuters bench).
  const first = parts[0] as string;
  return (
    parts.length === 2 && first.length >= 6 && !INNER_CAPITAL_PREFIX.test(word) && !isKnownFirstName(first)
  );
}

/** A word that ends the name of a firm, a place or a thing ("Bank", "Limited", "Museum", "Prize"). */
function isNameEnding(key: string): boolean {
  return (
    endsOtherName(key) ||
    /^(?:bank|limited|worldwide|international|communications|broadcasting|index|block)$/.test(key)
  );
}

/** Generations and the like, which end names but are no names' words. */
const NAME_ENDINGS = /^(?:jr|sr|[ivx]+|esq|qc|mp)\.?$/i;

/**
 * A word that may be part of a person's name: a known first name or surname, an initial, a particle, a generation, or
 * a word no list holds as a stop word or an ordinary word (a name the lists do not know).
 */
function isNameOrUnlistedWord(word: string): boolean {
  const key = word.toLowerCase();
  const kind = wordKind(word);
  // A title alone after a name is a headline's word ("Carla Rivas Miss The Mark").
  if (kind === Kind.title) return false;
  return (
    isKnownFirstName(word) ||
    (kind & Kind.lastName) !== 0 ||
    isInitial(word) ||
    NAME_PARTICLES.has(key) ||
    NAME_ENDINGS.test(key) ||
    (!STOPWORDS.has(key) && !gazetteer().ordinaryWords.has(key.replace(/['’]s$/u, "")))
  );
}

/**
 * Fewer than three of the `\S+` words the two rules below (and glued-names.ts) split a name into: most person mentions, which they leave
 * as they are, tested without making a match per word (the two rules took 250 ms of a Reuters --jobs 1 profile).
 */
export const UNDER_THREE_WORDS = /^\s*(?:\S+(?:\s+\S+)?)?\s*$/;

/**
 * A name of three words or more ending in ordinary words that no name is made of is the name before them: a
 * headline's verb and what follows ("Carla Rivas Miss The Mark", "Whitlow Says He Would Issue").
 */
export function withoutOrdinaryTail(m: Mention, text: string, tokens: readonly Token[]): Mention {
  if (UNDER_THREE_WORDS.test(m.text)) return m;
  // "Days" after given names is the surname, no ordinary tail ("Harold James Days"; session 28 probe).
  if (isDaysSurname(m.text)) return m;
  // An exec loop, not matchAll (which clones the pattern and makes an iterator per mention).
  const words: { text: string; at: number }[] = [];
  const word = /\S+/g;
  for (let w = word.exec(m.text); w !== null; w = word.exec(m.text)) words.push({ text: w[0], at: w.index });
  if (words.length < 3) return m;
  let keep = words.length;
  // A word after a particle or an initial ("M.", "J.P.") is a surname, whatever else it is ("Mohammed bin Harith",
  // "Jason Van Horne", "Ian M. Cumming").
  const isNamePart = (i: number): boolean => {
    const before = words[i - 1]?.text ?? "";
    return (
      isNameOrUnlistedWord(words[i]?.text ?? "") ||
      NAME_PARTICLES.has(before.toLowerCase()) ||
      isInitials(before)
    );
  };
  while (keep > 0 && !isNamePart(keep - 1)) keep--;
  if (keep === words.length || keep === 0) return m;
  // A title alone at the end after two or more first names is the surname ("Rosalind Mae King", "Jo Ann
  // Bishop"): cut, the name would be first names only; not when a longer name goes on after it (a bill's
  // "Dana Whitlow Justice for Renters Act"; one on GUM train). CoNLL dev: one such name cut in annotate's output.
  if (
    keep === words.length - 1 &&
    isSurnameTitle(words, keep) &&
    !NAME_GOES_ON.test(text.slice(m.end, m.end + 24))
  )
    return m;
  // One word stays only before a clause ("Whitlow Says He Would Issue"): "Harris Pine Sawmill" (on the Reuters
  // bench) is no "Harris".
  if (keep === 1 && !words.slice(1).some((w) => STOPWORDS.has(w.text.toLowerCase()))) return m;
  // What is left must open with a first name: "Saturday Morning Breakfast Cereal" is no "Saturday", "Consumer
  // Price Index" no "Consumer Price" (on the Reuters bench).
  if (!isKnownFirstName((words[0] as { text: string }).text)) return m;
  // A tail that ends a firm's or a place's name shows the whole to be one ("Chang Hwa Commercial Bank").
  if (words.slice(keep).some((w) => isNameEnding(w.text.toLowerCase()))) return m;
  // So does a firm's word just after it ("Murray Ohio Manufacturing Co" on the Reuters bench).
  const next = /^\s+([\p{L}.]+)/u.exec(text.slice(m.end, m.end + 24))?.[1]?.toLowerCase();
  if (next !== undefined && isNameEnding(next)) return m;
  // One ordinary word last, and a reporting verb, ", who" or a role's appositive after the name: no headline's
  // tail but a surname of ordinary words, as Indigenous names of North America are ("Roy Many Grey Horses said";
  // session 29 probe, where both such names lost their last word). Only after a first name the gazetteer knows, as
  // not-people.ts drops such a name with any other first word as a thing's (Reuters bench: "Sim Kee Boon said"
  // lost). Nor one rare dictionary word last after a name word no list knows ("Gloria Macapagal Arroyo": session
  // 39). extract/entities/person-span.ts reads both on the tagger's spans.
  const firstKnown = (wordKind(words[0]?.text ?? "") & Kind.firstName) !== 0;
  if (keep === words.length - 1 && firstKnown && speaksAfter(tokens, tokenAt(tokens, m.end))) return m;
  const tail = (words[keep] as { text: string }).text;
  const before = (words[keep - 1] as { text: string }).text;
  if (
    keep === words.length - 1 &&
    !isNameEnding(tail.toLowerCase()) &&
    isRareSurnameAfter(gazetteer(), before, tail)
  )
    return m;
  const last = words[keep - 1] as { text: string; at: number };
  const end = last.at + last.text.length;
  return shortened(m, m.start + end, m.text.slice(0, end));
}

/** A capitalized word after a name, or a preposition and one: the name goes on ("Dana Whitlow Justice for Renters Act"). */
const NAME_GOES_ON = /^\s+(?:\p{Lu}|(?:in|of|for|on|and|&)\s+\p{Lu})/u;

/** The last word, a title, follows first names only ("Rosalind Mae" before "King"). */
function isSurnameTitle(words: readonly { text: string }[], keep: number): boolean {
  const last = (words[keep] as { text: string }).text;
  return (
    keep >= 2 &&
    (wordKind(last) & Kind.title) !== 0 &&
    /^\p{Lu}\p{Ll}+$/u.test(last) &&
    words.slice(0, keep).every((w) => isKnownFirstName(w.text))
  );
}

/**
 * A name of three words or more that opens with words no name is made of (an acronym, a title, an ordinary word)
 * is the name after them: a role the tagger took in ("RNC Chairman Walt Brenner").
 */
export function withoutLeadingWords(m: Mention): Mention {
  if (UNDER_THREE_WORDS.test(m.text)) return m;
  // An exec loop, not matchAll (which clones the pattern and makes an iterator per mention).
  const words: { text: string; at: number }[] = [];
  const word = /\S+/g;
  for (let w = word.exec(m.text); w !== null; w = word.exec(m.text)) words.push({ text: w[0], at: w.index });
  let first = 0;
  while (first < words.length - 2 && isRoleOrOrdinaryWord((words[first] as { text: string }).text)) first++;
  // The name after them opens with a first name, or they end in a title: "Cor van der Klugt", "Herb Mee Jr."
  // and "Rah Woon Bae" (on the Reuters bench) open with words of the dictionary.
  if (first === 0) return m;
  // Initials in capitals that spell a courtesy title ("MR Gopal Rao"): the name's own (title-phrases.ts).
  if (first === 1 && COURTESY_TITLE_LETTERS.has((words[0] as { text: string }).text)) return m;
  const lastRole = (words[first - 1] as { text: string }).text;
  // A particle ("van", "Van", "de") opens the name after a role only ("coach van Bommel"): after another word
  // that word is the given name ("Marten van Bommel"; "van" is a first name too).
  const opener = (words[first] as { text: string }).text;
  if (NAME_PARTICLES.has(opener.toLowerCase()) && !isRoleNoun(lastRole)) return m;
  if (!isKnownFirstName((words[first] as { text: string }).text) && !isRoleNoun(lastRole)) return m;
  // "Consumer Price Index" (on the Reuters bench) is no "Price Index".
  if (words.slice(first).some((w) => isNameEnding(w.text.toLowerCase()))) return m;
  const at = (words[first] as { at: number }).at;
  return mentionAt(m.start + at, m.end, m.text.slice(at), m.type, undefined, m.title);
}

/**
 * An acronym, a title, a role noun or a word of the dictionary that is no first name or surname ("RNC",
 * "Chairman", "Scientologist").
 */
function isRoleOrOrdinaryWord(word: string): boolean {
  if (isAllCaps(word)) return true;
  const kind = wordKind(word);
  if ((kind & (Kind.firstName | Kind.lastName)) !== 0 || isKnownFirstName(word)) return false;
  // An agent noun the dictionary lacks ("Exchequer Nigel Lawford" on the Reuters bench) opens a name only
  // before a first name (withoutLeadingWords).
  return isRoleNoun(word) || gazetteer().ordinaryWords.has(word.toLowerCase()) || AGENT_NOUN.test(word);
}

/** A capitalized word after a lone first name, then no capitalized word: its surname ("Tony Small:"). */
const SURNAME_AFTER = /^ (\p{Lu}\p{Ll}+)(?=[,.:;)]|\s+\p{Ll}|$)/u;

/**
 * A lone first name the tagger cut from its surname because the surname is an ordinary word ("by Gina Levy:",
 * "reporter Tony Small said") is the full name, when the word after it is capitalized mid-sentence and is no
 * other mention, date word, function word or word of the dictionary.
 */
export function withSurnameAfter(m: Mention, text: string, taken: (start: number) => boolean): Mention {
  if (/\s/u.test(m.text) || !isKnownFirstName(m.text, "alone")) return m;
  const surname = SURNAME_AFTER.exec(text.slice(m.end, m.end + 30))?.[1];
  if (surname === undefined || taken(m.end + 1)) return m;
  const key = surname.toLowerCase();
  if (STOPWORDS.has(key) || DATE_WORDS.has(key) || (wordKind(surname) & NOT_PERSON_KINDS) !== 0) return m;
  // A word of the dictionary names a firm or an office ("Pemberly Administration", "Murphy Oil", "Juli Bank" on
  // the Reuters bench), unless it is a known surname.
  if ((wordKind(surname) & Kind.lastName) === 0 && gazetteer().ordinaryWords.has(key)) return m;
  const end = m.end + 1 + surname.length;
  return mentionAt(m.start, end, text.slice(m.start, end), m.type, undefined, m.title);
}
