/**
 * Person names run on into the words around them where a page's text lost its spaces or its line breaks: words
 * glued by a scraper ("BobicFlagShareLikeReplyAni", "12PMTrump", "PRESSOhio") and a headline's ordinary words
 * after a name ("Chris Christie Address Heroin Epidemic", "Christie Says He Would Issue"). Part of the
 * per-document naming (glued-names.ts).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { mentionAt, shortened } from "../../extract/mention.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import type { Mention } from "../../types.js";

/** Name prefixes that a capital follows inside one word ("MacArthur", "VanderMeer", "FitzGerald"). */
const INNER_CAPITAL_PREFIX = /^(?:Mac|Mc|Van|Fitz)/u;

/**
 * A word no name is made of: letters after digits ("12PMTrump"), capitals run into a capitalized word
 * ("PRESSOhio"), or three capitalized parts ("BobicFlagShareLikeReplyAni") or two whose first is a long word
 * ("OldestAni", "ImagesRepublican"). Names keep a short part before an inner capital ("McCartney", "DeShawn",
 * "LaGuardia", "VandeHei"). PolNeAR train (a live blog's page furniture glued to its authors' names): 29
 * person entries of 383 in a 37-article sample were such words.
 */
export function isGluedWord(word: string): boolean {
  if (/\p{N}\p{L}*\p{Lu}\p{Ll}/u.test(word) || /\p{Lu}{3,}\p{Ll}{2}/u.test(word)) return true;
  const parts = word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (parts.length >= 3) return true;
  return parts.length === 2 && (parts[0] as string).length >= 6 && !INNER_CAPITAL_PREFIX.test(word);
}

/** Generations and the like, which end names but are no names' words. */
const NAME_ENDINGS = /^(?:jr|sr|[ivx]+|esq|qc|mp)\.?$/i;

/** A word that may be part of a person's name: a known first name or surname, an initial, a particle. */
function isNameWord(word: string): boolean {
  const key = word.toLowerCase();
  const kind = wordKind(word);
  // A title alone after a name is a headline's word ("Marco Rubio Miss The Mark").
  if (kind === Kind.title) return false;
  return (
    isKnownFirstName(word) ||
    (kind & Kind.lastName) !== 0 ||
    /^\p{Lu}\.$/u.test(word) ||
    NAME_PARTICLES.has(key) ||
    NAME_ENDINGS.test(key) ||
    (!STOPWORDS.has(key) && !gazetteer().ordinaryWords.has(key.replace(/['’]s$/u, "")))
  );
}

/**
 * A name of three words or more ending in ordinary words that no name is made of is the name before them: a
 * headline's verb and what follows ("Marco Rubio Miss The Mark", "Christie Says He Would Issue").
 */
export function withoutOrdinaryTail(m: Mention): Mention {
  const words = Array.from(m.text.matchAll(/\S+/g), (w) => ({ text: w[0], at: w.index ?? 0 }));
  if (words.length < 3) return m;
  let keep = words.length;
  // A word after a particle is a surname, whatever else it is ("Osama bin Laden", "Jason Van Dyke").
  const isNamePart = (i: number): boolean =>
    isNameWord(words[i]?.text ?? "") || NAME_PARTICLES.has(words[i - 1]?.text.toLowerCase() ?? "");
  while (keep > 0 && !isNamePart(keep - 1)) keep--;
  if (keep === words.length || keep === 0) return m;
  // What is left must read as a name: "Saturday Morning Breakfast Cereal" is no "Saturday".
  const kept = words.slice(0, keep).map((w) => w.text);
  if (!kept.some((w) => isKnownFirstName(w) || (wordKind(w) & Kind.lastName) !== 0)) return m;
  const last = words[keep - 1] as { text: string; at: number };
  const end = last.at + last.text.length;
  return shortened(m, m.start + end, m.text.slice(0, end));
}

/**
 * A name of three words or more that opens with words no name is made of (an acronym, a title, an ordinary word)
 * is the name after them: a role the tagger took in ("RNC Chairman Reince Priebus").
 */
export function withoutLeadingWords(m: Mention): Mention {
  const words = Array.from(m.text.matchAll(/\S+/g), (w) => ({ text: w[0], at: w.index ?? 0 }));
  let first = 0;
  while (first < words.length - 2 && isRoleWord((words[first] as { text: string }).text)) first++;
  if (first === 0) return m;
  const at = (words[first] as { at: number }).at;
  return mentionAt(m.start + at, m.end, m.text.slice(at), m.type, undefined, m.title);
}

/** An acronym, a title or a word of the dictionary that is no first name or surname ("RNC", "Chairman"). */
function isRoleWord(word: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  const kind = wordKind(word);
  if ((kind & (Kind.firstName | Kind.lastName)) !== 0) return false;
  return (kind & Kind.title) !== 0 || gazetteer().ordinaryWords.has(word.toLowerCase());
}
