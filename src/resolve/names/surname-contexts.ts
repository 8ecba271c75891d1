/**
 * A full name read as an organization whose surname the document writes alone as a person's: after a
 * courtesy title ("Ms Stone"), or before an age or a speech verb ("Stone, 17, said she", "Stone told Radio 1").
 * The tagger read a name whose first word it never saw ("Joss Stone received three nominations") by its shape,
 * and a firm's name never goes on as "X, 17," nor after "Ms". The name is two title-case words, no firm's,
 * institution's or place's word and no place the gazetteer knows; the surname alone is a capitalized word with no
 * other capitalized word beside it. A speech verb alone is no proof (firms speak: "Lynch said"): it takes a person's
 * pronoun in the words after it ("Stone said she"). Session 33 probe (a BBC Brit Awards story): a singer was an
 * organization and her quotes' speaker, "Stone", was no one listed. Not a name read as a place: the tagger's place
 * reading leans on the gazetteer's words ("Santa" of "Santa Fe"), and GUM train's "Santa Claus" (a place before,
 * "Mr. Claus said he") made a person took "Santa"'s gender from the first-name lists (female): 20 pronouns worse.
 */
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { PLACE_SUFFIXES, VENUE_WORDS } from "../../lexicon/place-suffixes.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { COURTESY_TITLES } from "../../lexicon/title-kinds.js";
import type { Mention } from "../../types.js";

/** Two title-case words, one space apart. */
const TWO_WORD_NAME = /^\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+)$/u;
const PLACE_KINDS = Kind.country | Kind.state | Kind.region | Kind.city | Kind.bigCity;

/** Whether no word of `name` is a firm's, an institution's or a place's, and the gazetteer knows it as no place. */
function mayBePersonName(name: string): boolean {
  for (const word of name.split(" ")) {
    const key = word.toLowerCase();
    if (ORGANIZATION_SUFFIXES.has(key) || ORGANIZATION_NOUNS.has(key)) return false;
    if (PLACE_SUFFIXES.has(key) || VENUE_WORDS.has(key)) return false;
    if ((wordKind(word) & (PLACE_KINDS | Kind.organization)) !== 0) return false;
  }
  return (wordKind(name) & (PLACE_KINDS | Kind.organization)) === 0;
}

/** Whether `surname` stands alone in `text` somewhere as a person's (the file's comment). */
function isSurnameOfAPerson(text: string, surname: string): boolean {
  const alone = new RegExp(
    `(?:(\\p{L}+\\.?) )?(?<![\\p{L}'’-])${surname}\\b(?! \\p{Lu})(,? [^.!?\\n]{0,40})`,
    "gu",
  );
  for (const match of text.matchAll(alone)) {
    const before = match[1];
    if (before !== undefined && /^\p{Lu}/u.test(before)) {
      if (COURTESY_TITLES.has(before.replace(/\.$/u, "").toLowerCase())) return true;
      continue;
    }
    const after = match[2] as string;
    if (/^, \d{1,3},(?=\s)/u.test(after)) return true;
    const verb = /^ (\p{Ll}+)\b(.*)$/u.exec(after);
    if (
      verb !== null &&
      REPORTING_VERBS.has(verb[1] as string) &&
      /\b(?:she|he|her|his)\b/u.test(verb[2] as string)
    )
      return true;
  }
  return false;
}

/** The mentions, in place, with each firm whose surname the document gives a person made a person. */
export function withSurnameContexts(text: string, mentions: Mention[]): Mention[] {
  let persons: Map<string, boolean> | null = null;
  for (const m of mentions) {
    if (m.type !== "organization") continue;
    const match = TWO_WORD_NAME.exec(m.text);
    if (match === null || !mayBePersonName(m.text)) continue;
    persons ??= new Map();
    let person = persons.get(m.text);
    if (person === undefined) {
      person = isSurnameOfAPerson(text, match[1] as string);
      persons.set(m.text, person);
    }
    if (!person) continue;
    m.type = "person";
    m.entity = m.text;
  }
  return mentions;
}
