/**
 * A person span the tagger began with a capitalized noun for what the person is, at the head of a sentence
 * ("Defender Whitlow missed the game", "Investor Whitlow said"): the noun describes the person and is no part of
 * the name, so the person rule (persons.ts) can join "Whitlow" to "Dana Whitlow" instead of listing a second
 * person. The noun is one of lexicon/person-nouns.ts' PERSON_DESCRIPTORS; not a family word ("Son" is also a
 * family name), not a word any list holds as a title or a name ("Father", "Doctor", "Fellow" stay). Part of the
 * per-document naming (index.ts). FIT sample (seed 20261661): a sports report listed a player twice, once under
 * his position; the tagger keeps some of these nouns (those the dictionary lacks, or its weights) and drops others.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { PERSON_DESCRIPTORS } from "../../lexicon/person-nouns.js";
import { FAMILY_ROLES } from "../../lexicon/speaker-roles.js";
import type { Mention } from "../../types.js";

const NAME_KINDS = Kind.title | Kind.firstName | Kind.lastName;
/** A capitalized descriptor, one space, then the rest of the name: capitalized words only. */
const DESCRIPTOR_LED = /^(\p{Lu}\p{Ll}+) (?=\p{Lu})(?:[\p{Lu}][\p{L}'’.-]*(?: |$))+$/u;

function descriptorLength(name: string): number {
  const match = DESCRIPTOR_LED.exec(name);
  if (match === null) return 0;
  const word = match[1] as string;
  const lower = word.toLowerCase();
  if (!PERSON_DESCRIPTORS.has(lower) || FAMILY_ROLES.has(lower)) return 0;
  if ((wordKind(word) & NAME_KINDS) !== 0 || isKnownFirstName(word)) return 0;
  return word.length + 1;
}

const firstWord = (name: string): string => name.slice(0, name.indexOf(" "));
const lastWord = (name: string): string => name.slice(name.lastIndexOf(" ") + 1);

/**
 * The mentions with a leading descriptor cut off each person span that starts with one (the file's comment), when
 * the document names a person of that surname in full, a known first name first ("Dana Whitlow" for "Defender
 * Whitlow"): alone, the noun may be a sector's before a firm ("Engineer Ardmore eased 2 marks") or begin a shop's
 * name (Reuters bench: one of each), and "Mister Quill" is no full name for "Doctor Quill" (two men set apart in a
 * GUM train conversation).
 */
export function withoutLeadingDescriptors(mentions: Mention[]): Mention[] {
  let fullNames: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const cut = descriptorLength(m.text);
    if (cut === 0) continue;
    fullNames ??= new Set(
      mentions
        .filter((n) => n.type === "person" && n.text.includes(" ") && isKnownFirstName(firstWord(n.text)))
        .map((n) => lastWord(n.text)),
    );
    if (!fullNames.has(lastWord(m.text))) continue;
    m.start += cut;
    m.text = m.text.slice(cut);
    m.entity = m.text;
  }
  return mentions;
}
