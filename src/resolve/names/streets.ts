/**
 * Person names that name a street: after a word that opens a street's name ("Rue Victor Hugo", "bd Henri Duval",
 * "Ave Rambla de Corvina"), or coordinated before a plural street word ("the corner of Pruett and Halsey Streets").
 * Part of the other-things readings (named-things.ts).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import {
  PLURAL_STREET_WORDS,
  STREET_OPENERS_ANY_CASE,
  STREET_OPENERS_CAPITALIZED,
} from "../../lexicon/street-words.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Mention } from "../../types.js";

/** A street's opening word, as written: the any-case ones in any case, the others capitalized only. */
function isStreetOpener(word: string): boolean {
  const key = word.replace(/\.$/, "").toLowerCase();
  if (STREET_OPENERS_ANY_CASE.has(key)) return true;
  return STREET_OPENERS_CAPITALIZED.has(key) && isCapitalized(word);
}

/** The word right before the mention, one space apart ("bd" of "bd Henri Duval"). */
const WORD_BEFORE = /(?:^|[\s,(])([\p{L}.]+) $/u;
/**
 * The word right before `start`, one space apart: WORD_BEFORE's group over the 20 characters before, read from the
 * codes while they are ASCII (the pattern tried every position of those characters for each person mention: 10 ms
 * of a 135 ms pass of withoutNamedThings over 4,000 Reuters documents, a profile without inlining). A word that
 * reaches past the 20 characters is cut there, as the pattern cuts it; other text goes to the pattern.
 */
export function wordBefore(text: string, start: number): string | undefined {
  if (text.charCodeAt(start - 1) !== 32) return undefined;
  const from = Math.max(0, start - 20);
  let k = start - 1;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46) k--;
    else if (c >= 128) return WORD_BEFORE.exec(text.slice(from, start))?.[1];
    else break;
  }
  if (k === start - 1) return undefined;
  // An ASCII character before the word: a space (\s), a comma or a bracket.
  const c = text.charCodeAt(k - 1);
  if (k > from && !(c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 40)) return undefined;
  return text.slice(k, start - 1);
}

/** " and " or " & " and the capitalized words after it ("and Halsey Streets"). */
const COORDINATED = /^ (?:and|&) ((?:\p{Lu}[\p{L}'’.-]*[,;:)]?(?: |$)){2,4})/u;

/** A lower-case plural noun right after the name, or after " and " and one more name ("and Pakowhai roads"). */
const LOWER_PLURAL_STREET = /^(?: (?:and|&) \p{Lu}[\p{L}'’.-]*)? (\p{Ll}+)\b/u;
/** Those plural street words no verb is spelt as ("Dana Pruett drives the bus"). */
const LOWER_PLURAL_STREET_WORDS: ReadonlySet<string> = new Set(["streets", "roads", "avenues", "boulevards"]);

/** Whether the person mention `m` is (part of) a street's name. */
export function isStreetName(text: string, m: Mention): boolean {
  const words = m.text.split(/\s+/);
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (PLURAL_STREET_WORDS.has(last.replace(/\.$/, "").toLowerCase())) return true;
  // "Ave Rambla de Corvina" as one mention; not "Rue Ashford", whose first word is a first name.
  if (words.length > 1 && isStreetOpener(first) && !isKnownFirstName(first)) return true;
  // The word before ends one space before the name.
  const before = wordBefore(text, m.start);
  if (before !== undefined && isStreetOpener(before)) return true;
  // "along Waiohiki and Pakowhai roads": a plural street word in lower case after the last of the names (session 42
  // probe, a New Zealand flood: both roads were people, one of them a pronoun's referent).
  const lowerPlural = LOWER_PLURAL_STREET.exec(text.slice(m.end, m.end + 40));
  if (lowerPlural !== null && LOWER_PLURAL_STREET_WORDS.has(lowerPlural[1] as string)) return true;
  const coordinated = COORDINATED.exec(text.slice(m.end, m.end + 60))?.[1];
  if (coordinated === undefined) return false;
  // A plural street word after the other street's name ("and Halsey Streets on the ...").
  const after = coordinated.trim().split(" ");
  return after.slice(1).some((w) => PLURAL_STREET_WORDS.has(w.replace(/[.,;:)]+$/, "").toLowerCase()));
}
