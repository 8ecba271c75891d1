/**
 * A name read as a place or an organization that an apposition right after it calls a person by a noun only a
 * person is ("said Comfort Two Bulls, a Kestrel spokeswoman", "Dana Many Feathers, the victim's mother,"): a
 * spokeswoman, a chairman, a mother, a woman, a singer. The nouns are the gendered roles (never a firm's: "a
 * spokeswoman"), the family's, anyone-at-all's and the callings (lexicon/speaker-roles.ts, person-nouns.ts); the
 * noun ends the apposition's noun phrase (punctuation, or a preposition: "a spokeswoman for the council"), four
 * words at most. The name is of two words or more in title case, no place the gazetteer knows, no company's or
 * institution's word. Every mention with that text follows, since a name is one thing within a document. Session
 * 29 probe: an Indigenous name before ", a spokeswoman" was a place, and its quote had no speaker; Reuters bench
 * (19,779 documents): no change.
 */
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { CALLING_NOUNS, GENERIC_PERSON_NOUNS } from "../../lexicon/person-nouns.js";
import { FAMILY_ROLES, FEMALE_ROLES, MALE_ROLES } from "../../lexicon/speaker-roles.js";
import { singleSpaced } from "../../text/spacing.js";
import type { Mention } from "../../types.js";

// ", a/an/the" and the apposition up to its punctuation or its preposition.
const APPOSITION =
  /^,\s+(?:a|an|the)\s+([^,.;:()"“”]{1,80}?)(?=[,.;:)"”]|\s(?:for|of|at|with|in|from|who)\s)/u;
/** Two title-case words or more, one space apart. */
const TITLE_CASE_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u;

/** Whether `word` is a noun only a person is (the file's comment). */
function isPersonNoun(word: string): boolean {
  return (
    FEMALE_ROLES.has(word) ||
    MALE_ROLES.has(word) ||
    FAMILY_ROLES.has(word) ||
    GENERIC_PERSON_NOUNS.has(word) ||
    CALLING_NOUNS.has(word)
  );
}

/** Whether an apposition right after `m` calls it a person (the file's comment). */
function isCalledAPerson(text: string, m: Mention): boolean {
  if (text.charCodeAt(m.end) !== 44 || !TITLE_CASE_NAME.test(m.text)) return false;
  const match = APPOSITION.exec(singleSpaced(text.slice(m.end, m.end + 100)));
  if (match === null) return false;
  const words = (match[1] as string).trim().split(" ");
  if (words.length > 4) return false;
  if (!isPersonNoun((words[words.length - 1] as string).toLowerCase())) return false;
  for (const word of m.text.split(" ")) {
    const key = word.toLowerCase();
    if (ORGANIZATION_SUFFIXES.has(key) || ORGANIZATION_NOUNS.has(key)) return false;
  }
  return (wordKind(m.text) & (Kind.country | Kind.city | Kind.bigCity | Kind.state | Kind.region)) === 0;
}

/** The mentions, in place, with each place or organization an apposition calls a person, and its namesakes, persons. */
export function withAppositivePersons(text: string, mentions: Mention[]): Mention[] {
  let names: Set<string> | null = null;
  for (const m of mentions) {
    if ((m.type !== "place" && m.type !== "organization") || !isCalledAPerson(text, m)) continue;
    names ??= new Set();
    names.add(m.text);
  }
  if (names === null) return mentions;
  for (const m of mentions)
    if ((m.type === "place" || m.type === "organization") && names.has(m.text)) {
      m.type = "person";
      m.entity = m.text;
    }
  return mentions;
}
