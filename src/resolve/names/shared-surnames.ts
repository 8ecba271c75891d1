/**
 * Two people of one family in a document ("Frank Roe" and his son "Louis Roe", "Ann Hale" and her
 * daughter "Mia Hale"): which of them a bare "Roe" or "Hale" is. The last step of the per-document naming
 * (index.ts), so that mentions, entities and speakers (which read the mentions' entities) agree.
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer } from "../../extract/entities/gazetteer.js";
import { mentionAt } from "../../extract/mention.js";
import type { Mention } from "../../types.js";
import { genderOfFullName, genderOfTitle } from "./gender.js";

/**
 * The last word of a multi-word person name ("Frank Roe" → "Roe"), or null for a one-word name and for
 * a headline's words taken for a name ("Backs Hale" in a headline: PolNeAR train's one namesake slip).
 */
function surnameOf(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  const first = words[0] as string;
  if (!isKnownFirstName(first, "alone") && gazetteer().ordinaryWords.has(first.toLowerCase())) return null;
  return words.at(-1) as string;
}

/**
 * A surname written alone with nothing that tells the namesakes apart: no title, a title of no gender ("Dr
 * Roe"), or a title of the gender that two of `names` share by their first names ("Mr. Roe" beside two men
 * named Roe in full; PolNeAR train: 2 mentions of a candidate went from his brother, named in full, to him).
 * "Mrs Roe" beside "Frank Roe" was settled by the person rule (persons.ts) on the title's gender.
 */
function isBare(m: Mention, surname: string, names?: ReadonlySet<string>): boolean {
  if (m.text !== surname) return false;
  const gender = m.title === undefined ? null : genderOfTitle(m.title);
  if (gender === null) return true;
  // "Mr. Hale" beside two men named Hale: the title tells them apart no more than no title would.
  if (names === undefined) return false;
  return [...names].filter((name) => genderOfFullName(name) === gender).length >= 2;
}

/** Whether a full name may be the person a titled surname means: the title's gender, if any, does not clash. */
function fitsTitle(m: Mention, name: string): boolean {
  const gender = m.title === undefined ? null : genderOfTitle(m.title);
  return gender === null || (genderOfFullName(name) ?? gender) === gender;
}

/**
 * A surname the text singles out by an article and a word before it ("the younger Roe", "the elder Roe"): the
 * writer tells the namesakes apart there, so it is not where the bare surname starts standing for one of them.
 * FIT sample of session 13: "the younger Roe" came before the son's full name was written again, and the rule
 * below kept the father (named in full every time) for the son's four quotes.
 */
function singledOut(text: string, m: Mention): boolean {
  return /\b(?:[Tt]he|[Aa]n?) [\p{Ll}-]+ $/u.test(text.slice(Math.max(0, m.start - 30), m.start));
}

/** How far back a quotation's opening mark is looked for: a document of one long paragraph is not read whole. */
const QUOTE_REACH = 2000;

/**
 * Whether the offset stands inside a quotation on its paragraph: an odd count of straight double marks before it,
 * or an opening curly mark after the last closing one. Session 32's invented trial story: the singer's lawyer said
 * "Michael Jackson is an innocent man", and the singer's bare "Jackson" went to his mother, named once.
 */
function isQuoted(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - QUOTE_REACH), at);
  const before = window.slice(window.lastIndexOf("\n\n") + 1);
  let straight = 0;
  for (let i = before.indexOf('"'); i >= 0; i = before.indexOf('"', i + 1)) straight++;
  return straight % 2 === 1 || before.lastIndexOf("“") > before.lastIndexOf("”");
}

/**
 * News names the lesser of two namesakes in full every time and gives the bare surname to the other: the
 * person whose full name comes back after the bare surname is first used is not that surname's; the other one
 * is. With both (or neither) named in full again, nothing tells them apart and the person rule's choice stands.
 * Hand-judged CNN/DM dev sample: a father named in full throughout and his son by the bare surname (4 quotes),
 * a daughter named in full twice and her father by the bare surname (1 quote).
 */
function bareSurnameHolders(
  persons: readonly Mention[],
  text: string,
): Map<string, { holder: string; names: ReadonlySet<string> }> {
  const bySurname = new Map<string, Set<string>>();
  for (const m of persons) {
    const surname = surnameOf(m.entity);
    if (surname === null || !m.text.endsWith(surname)) continue;
    const names = bySurname.get(surname) ?? new Set<string>();
    bySurname.set(surname, names);
    names.add(m.entity);
  }
  const holders = new Map<string, { holder: string; names: ReadonlySet<string> }>();
  for (const [surname, names] of bySurname) {
    if (names.size < 2) continue;
    const firstBare = persons.find(
      (m) => isBare(m, surname, names) && names.has(m.entity) && !singledOut(text, m),
    );
    if (firstBare === undefined) continue;
    // (Written again by the story, not inside a quotation: a lawyer's "Michael Roe is an innocent man" names his
    // client, the story's "Roe", in full.)
    const unrepeated = [...names].filter(
      (name) =>
        fitsTitle(firstBare, name) &&
        !persons.some(
          (m) =>
            m.entity === name && m.start > firstBare.start && m.text !== surname && !isQuoted(text, m.start),
        ),
    );
    if (unrepeated.length === 1) holders.set(surname, { holder: unrepeated[0] as string, names });
    else if (unrepeated.length === 0 && othersNamedLater(persons, firstBare, names))
      holders.set(surname, { holder: firstBare.entity, names });
  }
  return holders;
}

/**
 * "Jo Roe … Roe was born to Al and Mia Roe … Jo … Their son, Ty Roe, …": every namesake but the one the first bare
 * surname named is first written after it, so the bare surname stood for that one before the others came in; a
 * first name alone ("Jo") written again does not hand it on. GUM train biographies: the subject's bare surname
 * went to a child named once in a kin phrase near the end, and the subject's later "his" to another man.
 */
function othersNamedLater(
  persons: readonly Mention[],
  firstBare: Mention,
  names: ReadonlySet<string>,
): boolean {
  // The one it named is written in full before it (not a headline's bare surname the person rule gave a name
  // written later: PolNeAR train, a former aide's employer named once in full took his namesake's surname).
  const named = (m: Mention) =>
    m.entity === firstBare.entity && m.start < firstBare.start && m.text !== m.entity.split(/\s+/).at(-1);
  if (!persons.some(named)) return false;
  for (const name of names) {
    if (name === firstBare.entity) continue;
    if (persons.some((m) => m.entity === name && m.start < firstBare.start)) return false;
  }
  return true;
}

/**
 * The mentions with every bare shared surname given to the namesake it names (see bareSurnameHolders); the
 * same array when the document has no such pair.
 */
export function withSharedSurnames(mentions: Mention[], text: string): Mention[] {
  const holders = bareSurnameHolders(
    mentions.filter((m) => m.type === "person"),
    text,
  );
  if (holders.size === 0) return mentions;
  // A loop and mentionAt, not map and a spread copy: map's array is HOLEY once its caller is optimized, and a
  // spread copy has another hidden class; the speaker context and the entity grouping met both ("wrong map").
  const out: Mention[] = [];
  for (const m of mentions) {
    const shared = m.type === "person" ? holders.get(m.text) : undefined;
    if (shared === undefined || shared.holder === m.entity || !fitsTitle(m, shared.holder)) out.push(m);
    else if (!isBare(m, m.text, shared.names)) out.push(m);
    else out.push(mentionAt(m.start, m.end, m.text, m.type, shared.holder, m.title));
  }
  return out;
}
