/**
 * Names the 1996 tagger cannot know as people, with the evidence compromise's lexicon carries (issue 11):
 * A full name the lexicon tags Person, read as an organization ("Walter Brisco") or cut in two
 * ("Walter" an organization, "Brisco" a person), is one person, unless it runs on into a company's or a
 * building's name ("Walt Disney Co"). First name + lexicon surname alone was tried and is no evidence: on the
 * Reuters bench it made people of "Merrill Lynch", "Philip Morris", "Santa Cruz" and "Bandar Abbas" (85 records).
 * Part of the per-document naming (index.ts), before the document's types are settled, so that the surname
 * rule sees the full name ("President Brisco" joins Walter Brisco, not Helen Brisco).
 */
import { mentionAt } from "../../extract/mention.js";
import { LEXICON_PERSONS } from "../../lexicon/lexicon-persons-data.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { PLACE_SUFFIXES, VENUE_WORDS } from "../../lexicon/place-suffixes.js";
import { withoutAccents } from "../../text/fold.js";
import type { Mention } from "../../types.js";

let persons: Set<string> | null = null;

/** The lexicon's full names of people, lower case, without accents. */
function lexiconPersons(): Set<string> {
  persons ??= new Set(LEXICON_PERSONS.split("|"));
  return persons;
}

/** A written name as the lexicon keys it: lower case, letters' accents and periods dropped, one space. */
function lexiconKey(name: string): string {
  return withoutAccents(name)
    .replace(/\./g, "")
    .toLowerCase()
    .replace(/[\s-]+/g, " ");
}

/**
 * Whether the lexicon knows a written name as a person's: its key needs a space when every entry holds one (full
 * names), and only a space or a hyphen in the name gives its key one. A one-word organization is no entry then,
 * and its key is not made (the four steps of lexiconKey for every organization mention were three quarters of
 * withLexiconPersons' samples in an in-process Reuters profile).
 */
function isLexiconName(known: ReadonlySet<string>, name: string): boolean {
  if (!/[\s-]/.test(name) && !lexiconHasOneWordNames(known)) return false;
  return known.has(lexiconKey(name));
}

let oneWordNames: boolean | null = null;

/** Whether an entry of the lexicon is one word (none is: they are full names), looked at once. */
function lexiconHasOneWordNames(known: ReadonlySet<string>): boolean {
  if (oneWordNames === null) {
    oneWordNames = false;
    for (const name of known) if (!name.includes(" ")) oneWordNames = true;
  }
  return oneWordNames;
}

/** Whether the lexicon knows a written full name as a person's ("Walter Brisco"; the corpus's type vote). */
export function isLexiconPerson(name: string): boolean {
  return lexiconPersons().has(lexiconKey(name));
}

/**
 * Only an organization reading is overruled: the lexicon holds fictional people too, and one read as a place
 * ("Santa Claus" in a story set at "Santa's Village") then took a "Mrs. Claus" and 20 of GUM train's pronouns.
 */
const mayBePerson = (m: Mention): boolean => m.type === "organization";

/**
 * The word after a span names what the span is part of: a company, an institution or a building ("Walt Disney
 * Co", "Henry Ford Hospital"): then the person's name is no person here.
 */
function runsIntoThing(text: string, end: number): boolean {
  const next = /^\s+([\p{L}.]+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? "";
  return ORGANIZATION_SUFFIXES.has(next) || VENUE_WORDS.has(next) || PLACE_SUFFIXES.has(next);
}

/** The mentions with the lexicon's people made persons (text order kept; a cut name joined again). */
export function withLexiconPersons(mentions: readonly Mention[], text: string): Mention[] {
  const known = lexiconPersons();
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const next = mentions[i + 1];
    if (
      next !== undefined &&
      (mayBePerson(m) || mayBePerson(next)) &&
      (m.type === "person" || next.type === "person" || m.type === next.type) &&
      text.slice(m.end, next.start) === " " &&
      known.has(lexiconKey(`${m.text} ${next.text}`)) &&
      !runsIntoThing(text, next.end)
    ) {
      const joined = text.slice(m.start, next.end);
      out.push(mentionAt(m.start, next.end, joined, "person", joined, m.title));
      i++;
    } else if (mayBePerson(m) && isLexiconName(known, m.text) && !runsIntoThing(text, m.end))
      out.push(mentionAt(m.start, m.end, m.text, "person", m.text, m.title));
    else out.push(m);
  }
  return out;
}
