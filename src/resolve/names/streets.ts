/**
 * Person names that name a street: after a word that opens a street's name ("Rue Victor Hugo", "bd Henri Duval",
 * "Ave Paseo de Larrain"), or coordinated before a plural street word ("the corner of Pruett and Halsey Streets").
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
/** " and " or " & " and the capitalized words after it ("and Halsey Streets"). */
const COORDINATED = /^ (?:and|&) ((?:\p{Lu}[\p{L}'’.-]*[,;:)]?(?: |$)){2,4})/u;

/** Whether the person mention `m` is (part of) a street's name. */
export function isStreetName(text: string, m: Mention): boolean {
  const words = m.text.split(/\s+/);
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (PLURAL_STREET_WORDS.has(last.replace(/\.$/, "").toLowerCase())) return true;
  // "Ave Paseo de Larrain" as one mention; not "Rue Ashford", whose first word is a first name.
  if (words.length > 1 && isStreetOpener(first) && !isKnownFirstName(first)) return true;
  // The word before ends one space before the name: without that space (a line's start, a mark) the pattern is
  // not tried.
  const before =
    text.charCodeAt(m.start - 1) === 32
      ? WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1]
      : undefined;
  if (before !== undefined && isStreetOpener(before)) return true;
  const coordinated = COORDINATED.exec(text.slice(m.end, m.end + 60))?.[1];
  if (coordinated === undefined) return false;
  // A plural street word after the other street's name ("and Halsey Streets on the ...").
  const after = coordinated.trim().split(" ");
  return after.slice(1).some((w) => PLURAL_STREET_WORDS.has(w.replace(/[.,;:)]+$/, "").toLowerCase()));
}
