/** What a title or a name says about a person's gender: the evidence the naming and pronoun rules share. */
import { gazetteer, Kind } from "../../extract/entities/gazetteer.js";
import { firstNameGender, type Gender, isFirstName } from "../../lexicon/first-names.js";
import { FEMALE_TITLES, MALE_TITLES } from "../../lexicon/person-titles.js";
import { FAMILY_ROLES, FEMALE_ROLES, MALE_ROLES } from "../../lexicon/speaker-roles.js";
import { nameWords } from "../../text/names.js";

export type { Gender };

/** "Mrs." → female, "spokesman" → male, "President" → null. */
export function genderOfTitle(title: string): Gender | null {
  const t = title.toLowerCase();
  if (FEMALE_TITLES.has(t) || FEMALE_ROLES.has(t)) return "female";
  if (MALE_TITLES.has(t) || MALE_ROLES.has(t)) return "male";
  return null;
}

/** Whether a title is a role noun of a gender ("spokesman", "chairwoman"), not a title of address ("Mrs"). */
export function isRoleTitle(title: string): boolean {
  const t = title.toLowerCase();
  return FEMALE_ROLES.has(t) || MALE_ROLES.has(t);
}

/** The gender of a full name's first word in the first-name lexicon ("Mary Smith" → female); null for one word. */
export function genderOfFullName(name: string): Gender | null {
  const words = nameWords(name);
  if (words.length < 2) return null;
  const first = words[0] as string;
  return firstNameGender(first) ?? compoundFirstNameGender(first);
}

/**
 * A compound first name ("Marie-Claude", "Anne-Sophie", "Jean-Pierre": French and Quebec style, which the lexicon
 * of US names lacks) carries the gender of its first part, a known first name; "Jean" opening one is the man's
 * name (Jean-Marie, Jean-Claude), which English gives women alone. Two parts of letters, lower case here
 * (nameWords), so neither a double-barrelled surname nor a Korean given name ("Jae-in") opens with a listed
 * name often. FIT: GUM train, a "her" went to a man of unknown gender past a woman so named.
 */
function compoundFirstNameGender(word: string): Gender | null {
  const parts = word.split("-");
  if (parts.length !== 2 || !parts.every((part) => /^\p{Ll}{2,}$/u.test(part))) return null;
  const opening = parts[0] as string;
  return opening === "jean" ? "male" : firstNameGender(opening);
}

/**
 * The gender a name's own opening title of address tells ("Madam Chair", "Lady Roe", "Sir Al Roe": the tagger
 * keeps a title it does not know as one inside the name), else its first name's. For pronouns and speakers only:
 * GUM train, a "his" went to a "Madam <office>" its own sentence opened with. Not in the naming rules: there it
 * splits "Mr. Chair" from "Madam Chair" in a speech, right, but GUM then counts the man twice (people train
 * 968 → 969 predicted, one more wrong; dev+train F1 82.9 → 82.8).
 */
export function genderOfTitledName(name: string): Gender | null {
  const words = nameWords(name);
  if (words.length < 2) return null;
  return genderOfAddress((words[0] as string).replace(/\.$/, "")) ?? genderOfFullName(name);
}

/** The gender a title of address tells, the word in lower case ("mrs" → female, "sir" → male; "dr" → null). */
export function genderOfAddress(word: string): Gender | null {
  if (FEMALE_TITLES.has(word)) return "female";
  if (MALE_TITLES.has(word)) return "male";
  return null;
}

/**
 * The gender of a one-word name that is a first name alone ("Marcia" → female): not an ordinary word or place
 * ("Will") and no known surname ("Carroll"); null otherwise, as for a surname standing for a full name.
 */
export function genderOfOneName(name: string): Gender | null {
  const words = nameWords(name);
  if (words.length !== 1) return null;
  const word = words[0] as string;
  if (!isFirstName(word)) return null;
  if (((gazetteer().phrases.get(word.toLowerCase()) ?? 0) & Kind.lastName) !== 0) return null;
  return firstNameGender(word);
}

/** A family noun of a gender right before a name, after a possessive or article ("her brother, ", "his wife "). */
const KIN_BEFORE = /\b(?:his|her|their|the|[\p{Lu}][\p{L}'-]*['’]s) (\p{Ll}+),? $/u;

/**
 * The gender a family noun just before a name gives that person ("her brother Robin Hale" → male, "his wife,
 * Dana Hale," → female), null where none stands there or the noun has no gender ("cousin"). Evidence for the
 * naming rule's titled surnames when the first name tells nothing: "Ms Hale" and "Mr Hale" beside Dana Hale and
 * her brother Robin Hale, first names of either sex, went both to Robin.
 */
export function genderOfKinBefore(text: string, start: number): Gender | null {
  const kin = KIN_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return kin === undefined ? null : (FAMILY_ROLES.get(kin) ?? null);
}
