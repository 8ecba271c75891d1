/**
 * First names coordinated with a full name that ends with the family's surname: "Brian and Charlotte Smith",
 * "Charles G. and David H. Roe". The first is a person of that surname too ("Brian Smith"), not a lone first name
 * listed apart (nor joined to another Brian of the document); not a surname the document gives a person ("Travis and
 * James Corliss"). PolNeAR train + CNN/DM dev sample (session 8): 3 such in 60 articles.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import type { Mention } from "../../types.js";

/** A first name, or a first name and an initial ("Charles G."). */
const FIRST_NAME_ALONE = /^(\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}\.)?$/u;
/** "and" or "&" between the two. */
const COORDINATION = /^ (?:and|&) $/u;

/**
 * For each person mention (of `persons`, in text order) that is such a first name, its full name as the document
 * implies it ("Brian Smith").
 */
export function coordinatedNames(text: string, persons: readonly Mention[]): Map<Mention, string> | null {
  let found: Map<Mention, string> | null = null;
  let surnames: Set<string> | null = null;
  let firstNames: Set<string> | null = null;
  for (let i = 0; i + 1 < persons.length; i++) {
    const m = persons[i] as Mention;
    const next = persons[i + 1] as Mention;
    if (m.title !== undefined || next.title !== undefined) continue;
    // COORDINATION's length first (" and ", " & "): most pairs of persons are further apart, and the name's
    // regex below ran for every person mention (19 of namePersons' position ticks in a cold --jobs 1 profile).
    const gap = next.start - m.end;
    if (gap !== 5 && gap !== 3) continue;
    const first = FIRST_NAME_ALONE.exec(m.text)?.[1];
    // Not a word the lexicon knows as a surname: "Presidents Pemberly and George W. Marsh".
    if (first === undefined || !isKnownFirstName(first) || (wordKind(first) & Kind.lastName) !== 0) continue;
    if (!COORDINATION.test(text.slice(m.end, next.start))) continue;
    const words = next.text.split(/\s+/);
    if (words.length < 2 || !isKnownFirstName(words[0] as string)) continue;
    // "William B. Reed ... Reed and James Hale": a surname the document gives a person is that person.
    surnames ??= new Set(
      persons.filter((p) => /\s/.test(p.text)).map((p) => p.text.split(/\s+/).at(-1) as string),
    );
    if (surnames.has(first)) continue;
    // "Hillary Okafor ... help Hillary and Tim Varga win": a first name that opens another full name of the
    // document is that person's. Session 12 (a second FIT draw): 1 such name of 337 people.
    firstNames ??= new Set(persons.filter(isFullName).map((p) => p.text.split(/\s+/)[0] as string));
    if (firstNames.has(first) && !firstNamesOf(persons, first).every((p) => p.endsWith(` ${words.at(-1)}`)))
      continue;
    found ??= new Map();
    found.set(m, `${m.text} ${words[words.length - 1]}`);
  }
  return found;
}

/** The full names of `persons` that open with `first`. */
function firstNamesOf(persons: readonly Mention[], first: string): string[] {
  return persons
    .filter((p) => isFullName(p) && p.text.startsWith(`${first} `))
    .map((p) => p.text.replace(/\s+/g, " "));
}

/** A name of two words or more that is no first name and initial alone ("Charles G." of "Charles G. and ..."). */
function isFullName(p: Mention): boolean {
  return /\s/.test(p.text) && !FIRST_NAME_ALONE.test(p.text);
}
