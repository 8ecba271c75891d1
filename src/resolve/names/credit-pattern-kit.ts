/**
 * The means the credit patterns (credit-patterns.ts) are written with: a phrase list as the spellings news writes
 * it in, and a full pattern behind a cheap test (Guarded).
 */
import { escapeRegExp } from "../../text/escape-regexp.js";

/**
 * The phrases as written in lower case, capitalized, title case or capitals ("Reporting by", "The Canadian Press",
 * "PHOTO:"), and an outlet's initials in capitals before title-case words ("PA Wire", "CBC News", "AP Photo").
 */
export const alternatives = (list: readonly string[]): string =>
  list
    .flatMap((p) => [
      p,
      p.charAt(0).toUpperCase() + p.slice(1),
      p.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()),
      p.toUpperCase(),
      ...initialsFirst(p),
    ])
    .map(escapeRegExp)
    .join("|");

/** "pa wire" as "PA Wire": a phrase of words whose first is two to four letters (an outlet's initials); else none. */
function initialsFirst(phrase: string): string[] {
  const words = phrase.split(" ");
  if (words.length < 2 || !/^\p{Ll}{2,4}$/u.test(words[0] as string)) return [];
  const rest = words.slice(1).map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return [[(words[0] as string).toUpperCase(), ...rest].join(" ")];
}

/** A word of a credit's names: capitalized, with stops, apostrophes and hyphens ("Jane", "O'Neill", "J.", "Abu-Bakr"). */
export const CREDIT_NAME_WORD = String.raw`[\p{Lu}][\p{L}.'’\-]*(?![\p{L}.'’\-])`;

/** Capitalized or in capitals only ("By", "BY", not "by"). */
export const capitalized = (list: readonly string[]): string =>
  list
    .flatMap((p) => [p.charAt(0).toUpperCase() + p.slice(1), p.toUpperCase()])
    .map(escapeRegExp)
    .join("|");

/**
 * A credit's pattern behind a cheap test it cannot match without (its words and marks, in any case): most text holds
 * no credit's words, so the full pattern mostly never runs. Its unicode classes cost 2-20 ms each to compile at
 * their first uses in a process (seeds' one article: 35 ms of CPU for the credit checks of its ~20 people, every
 * process and worker). On the 1,500 Reuters documents of the bench's compromise row, which have no credit lines,
 * two full patterns now run, 8 times in all.
 */
export class Guarded {
  constructor(
    readonly quick: RegExp,
    readonly full: RegExp,
    /**
     * A mark both patterns hold literally ("/", ":"), looked for first: a search for one character is cheaper than
     * the quick test's case-insensitive alternatives at every position (CONTACT_HEADING's and AGENCY_SLASH's quick
     * tests were the two costliest patterns of withoutCredits in an in-process Reuters profile).
     */
    readonly mark?: string,
  ) {}

  test(text: string): boolean {
    if (this.mark !== undefined && !text.includes(this.mark)) return false;
    return this.quick.test(text) && this.full.test(text);
  }
}

/**
 * A quick test: what the full pattern's words and marks must hold, in any case (the phrases are ASCII, no unicode
 * flag: quick to compile). With the words alone ("by" anywhere, any slash), the full patterns still ran ~220 times
 * over those 1,500 documents, and five were compiled.
 */
export const quick = (source: string, flags = "i"): RegExp => new RegExp(source, flags);
