/**
 * A name read as a place or an organization that an apposition right after it calls a person by a noun only a
 * person is ("said Comfort Two Bulls, a Kestrel spokeswoman", "Dana Many Feathers, the victim's mother,"): a
 * spokeswoman, a chairman, a mother, a woman, a singer, a nationalist. The nouns are the gendered roles (never a
 * firm's: "a spokeswoman"), the family's, anyone-at-all's, the callings and a creed's adherents (lexicon/speaker-
 * roles.ts, person-nouns.ts); the
 * noun ends the apposition's noun phrase (punctuation, or a preposition: "a spokeswoman for the council"), four
 * words at most. The name is of two words or more in title case, no place the gazetteer knows, no company's or
 * institution's word. Every mention with that text follows, since a name is one thing within a document. Session
 * 29 probe: an Indigenous name before ", a spokeswoman" was a place, and its quote had no speaker; Reuters bench
 * (19,779 documents): no change.
 * The same noun before the name calls it a person too, in apposition or as a descriptor ("Its chairwoman, Kagwiria
 * Mbogori, said", "His mother, Wanjiru Otieno, said", "health critic Wanjiru Otieno said"), with the offices and
 * ties only a person holds (lexicon/person-nouns.ts PERSON_ONLY_ROLES). In apposition the noun phrase opens with a
 * determiner or a possessive and the name ends at a comma or a full stop (not ", and": a list); "its" before a
 * family noun is a firm's kin ("its sister, Acme Lines,"). Session 33 probe (a Kenyan wire story): a commission's
 * chairwoman with a name no list knows was an organization, and the people list lacked her.
 * A role right before "of", "for" or "at" in the apposition, with or without its determiner (", leader of the Iyi
 * Party,", ", an official for …"), and an institution after "of the" for a name of unknown words ("<name> of the
 * King's Fund said") call it a person too. Session 40 probes (a Turkish election, an NHS story): both were firms;
 * Reuters bench: 6 records changed, a person found in each (five in apposition, one "of the University of …"),
 * none lost.
 */
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { APPOINTING_VERBS } from "../../lexicon/appointment-words.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { endsInstitutionName, ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import {
  ADHERENT_NOUNS,
  CALLING_NOUNS,
  GENERIC_PERSON_NOUNS,
  PERSON_ONLY_ROLES,
} from "../../lexicon/person-nouns.js";
import { FAMILY_ROLES, FEMALE_ROLES, MALE_ROLES, ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { singleSpaced } from "../../text/spacing.js";
import type { Mention } from "../../types.js";
import { isDictionaryWord } from "./name-contexts.js";

// ", a/an/the" and the apposition up to its punctuation or its preposition.
const APPOSITION =
  /^,\s+(?:a|an|the)\s+([^,.;:()"“”]{1,80}?)(?=[,.;:)"”]|\s(?:for|of|at|with|in|from|who)\s)/u;
/**
 * ", leader of the …", ", an official for …", ", a vice president at …": an apposition whose role noun (one to three
 * lower-case words) is right before "of", "for" or "at", with or without its determiner (wire and British style).
 */
const ROLE_APPOSITION =
  /^,\s+(?:(?:a|an|the)\s+)?((?:\p{Ll}[\p{Ll}-]*\s){0,2}\p{Ll}[\p{Ll}-]*)\s(?:of|for|at)\s/u;
/** Two title-case words or more, one space apart. */
const TITLE_CASE_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u;

/** Whether `word` is a noun only a person is (the file's comment). */
function isPersonNoun(word: string): boolean {
  return (
    FEMALE_ROLES.has(word) ||
    MALE_ROLES.has(word) ||
    FAMILY_ROLES.has(word) ||
    GENERIC_PERSON_NOUNS.has(word) ||
    CALLING_NOUNS.has(word) ||
    ADHERENT_NOUNS.has(word)
  );
}

/** The marks that end a clause. */
const CLAUSE_MARKS = new Set([".", ",", ";", ":", "!", "?", "(", ")", '"', "“", "”"]);

/**
 * The words of `text`'s last clause: back to its last mark. A loop, not `/[^…]*$/`: the pattern retries from
 * every position and was 181 ms of a one-thread Reuters run (1.2%).
 */
function clauseEnd(text: string): string {
  let start = text.length;
  while (start > 0 && !CLAUSE_MARKS.has(text[start - 1] as string)) start--;
  return text.slice(start);
}
/** A determiner or a possessive that opens an apposition's noun phrase ("its", "the", "the commission's"). */
const OPENER = /^(?:its|his|her|their|our|my|the|a|an|\p{L}+['’]s?)$/iu;

/** Whether `noun` (lower case), after `before` (its phrase's words before it), is one only a person is. */
function isPersonOnlyNoun(noun: string, before: readonly string[]): boolean {
  if (noun === "executive") return before.at(-1) === "chief";
  return isPersonNoun(noun) || PERSON_ONLY_ROLES.has(noun);
}

/**
 * The run of lower-case letters and hyphens that ends right before `start`, past the spaces and a comma before it:
 * the only word that may be the leading noun. Read first, and alone, for every mention: the phrase's reading below
 * (its 80 characters single-spaced, its clause) cost 156 ms of a 15 s one-thread Reuters run, for a noun that is
 * rarely a person's.
 */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && /\s/u.test(text[end - 1] as string)) end--;
  if (end === start) return "";
  if (text[end - 1] === ",") end--;
  while (end > 0 && /\s/u.test(text[end - 1] as string)) end--;
  let from = end;
  while (from > 0 && /[\p{Ll}-]/u.test(text[from - 1] as string)) from--;
  return text.slice(from, end);
}

/** Whether a role noun right before `m` calls it a person (the file's comment). */
function isLedByAPersonNoun(text: string, m: Mention): boolean {
  const last = wordBefore(text, m.start);
  if (last === "" || (last !== "executive" && !isPersonOnlyNoun(last, []))) return false;
  const before = singleSpaced(text.slice(Math.max(0, m.start - 80), m.start));
  if (!before.endsWith(" ")) return false;
  const apposed = before.endsWith(", ");
  const clause = clauseEnd(before.slice(0, apposed ? -2 : -1)).trim();
  const words = clause.split(" ");
  const noun = words.pop() as string;
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(noun) || !isPersonOnlyNoun(noun, words)) return false;
  if (apposed) {
    const opener = words.slice(-4).find((word) => OPENER.test(word));
    if (opener === undefined || !/^[,.](?!\s+(?:and|or)\s)/u.test(text.slice(m.end, m.end + 6))) return false;
    if (FAMILY_ROLES.has(noun) && opener.toLowerCase() === "its") return false;
  }
  return isPersonName(m);
}

/** Whether an apposition right after `m` calls it a person (the file's comment). */
function isCalledAPerson(text: string, m: Mention): boolean {
  if (text.charCodeAt(m.end) !== 44) return false;
  const after = singleSpaced(text.slice(m.end, m.end + 100));
  // (Session 40 probe, a Turkish election story: "Meral Aksener, leader of the Iyi Party, declined" was a firm.)
  const roleMatch = ROLE_APPOSITION.exec(after);
  const role = roleMatch === null ? [] : (roleMatch[1] as string).split(" ");
  // (No verb or adverb between: "Doug Rock, previously president of Smith Tool, is now president of …", Reuters.)
  if (ROLE_TITLES.has(role.at(-1) ?? "") && !role.some((w) => STOPWORDS.has(w) || /ly$/.test(w)))
    return isPersonName(m);
  const match = APPOSITION.exec(after);
  if (match === null) return false;
  const words = (match[1] as string).trim().split(" ");
  if (words.length > 4) return false;
  return isPersonNoun((words[words.length - 1] as string).toLowerCase()) && isPersonName(m);
}

/**
 * " of the King's Fund", " of the Brookings Institution": an institution after "of the", its last word one that
 * ends an institution's name (no firm's legal form: "of the South Inc" is a firm's own name).
 */
const INSTITUTION_AFTER = /^ of the ((?:\p{Lu}[\p{L}'’-]*\s){0,4}\p{Lu}[\p{Ll}]+)\b/u;

/**
 * Whether a name of unknown words is a person's by the institution after it: "Siva Anandaciva of the King's Fund
 * said", which the tagger reads as a firm (session 40 probe, an NHS story: the analyst was missing and the quote
 * went to "Fund"). Its words are none of the dictionary's, so that "Central Trading of the …" stays a firm.
 */
function isAffiliatedPerson(text: string, m: Mention): boolean {
  // (" of" first, on the raw text: this is asked of nearly every place and organization mention, most of which a
  // space follows, and the single-spaced copy below is made only for the few an "of" follows.)
  if (text.charCodeAt(m.end) !== 32 || !text.startsWith("of", m.end + 1)) return false;
  const match = INSTITUTION_AFTER.exec(singleSpaced(text.slice(m.end, m.end + 80)));
  if (match === null) return false;
  const last = ((match[1] as string).split(/\s+/).at(-1) as string).toLowerCase();
  if (!endsInstitutionName(last)) return false;
  return isPersonName(m) && m.text.split(" ").every((word) => !isDictionaryWord(word));
}

/**
 * " as foreign minister,", " as the new coach.", " as interim president of …": a role after "as", one to three
 * lower-case words after an optional determiner, up to punctuation or a preposition.
 */
const SERVES_AS =
  /^ as (?:(?:the|a|an|its|their|his|her) )?((?:\p{Ll}[\p{Ll}-]* ){0,2}\p{Ll}[\p{Ll}-]*)(?=[,.;:)]| (?:of|for|in|at|on|and|until|since|after|before|from|to|with|under)\b)/u;

/**
 * Whether a name is a person's by the role an appointing verb gives it ("named Radoslaw Sikorski as foreign
 * minister", "appointed Zofia Lis as coach"): the role's noun one only a person is, so not the roles firms fill
 * ("hired Lazard as adviser"). Session 41 probe (a Polish cabinet story): a new foreign minister whose first name no list knows was a firm.
 */
function isServingPerson(text: string, m: Mention): boolean {
  if (text.charCodeAt(m.end) !== 32 || !text.startsWith("as ", m.end + 1)) return false;
  // The appointing verb right before the name: "Ames serves Mountain Bell as executive vice president" is a
  // firm served (Reuters bench).
  const verb = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1] ?? "";
  if (!APPOINTING_VERBS.has(verb)) return false;
  const match = SERVES_AS.exec(singleSpaced(text.slice(m.end, m.end + 60)));
  if (match === null) return false;
  const words = (match[1] as string).split(" ");
  return isPersonOnlyNoun(words.pop() as string, words) && isPersonName(m);
}

/** Whether `m` may be a person's name: two title-case words or more, no firm's word, no place the gazetteer knows. */
export function isPersonName(m: Mention): boolean {
  if (!TITLE_CASE_NAME.test(m.text)) return false;
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
    if (
      (m.type !== "place" && m.type !== "organization") ||
      !(
        isCalledAPerson(text, m) ||
        isLedByAPersonNoun(text, m) ||
        isAffiliatedPerson(text, m) ||
        isServingPerson(text, m)
      )
    )
      continue;
    names ??= new Set();
    names.add(m.text);
  }
  return withNamesAsPersons(mentions, names);
}

/** The mentions, in place, with each place or organization whose text is one of `names` a person. */
export function withNamesAsPersons(mentions: Mention[], names: ReadonlySet<string> | null): Mention[] {
  if (names === null) return mentions;
  for (const m of mentions)
    if ((m.type === "place" || m.type === "organization") && names.has(m.text)) {
      m.type = "person";
      m.entity = m.text;
    }
  return mentions;
}
