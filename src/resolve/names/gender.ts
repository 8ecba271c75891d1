/** What a title or a name says about a person's gender: the evidence the naming and pronoun rules share. */
import { firstNameGender, type Gender } from "../../lexicon/first-names.js";
import { FEMALE_TITLES, MALE_TITLES } from "../../lexicon/person-titles.js";
import { FEMALE_ROLES, MALE_ROLES } from "../../lexicon/speaker-roles.js";
import { nameWords } from "../../text/names.js";

export type { Gender };

/** "Mrs." → female, "spokesman" → male, "President" → null. */
export function genderOfTitle(title: string): Gender | null {
  const t = title.toLowerCase();
  if (FEMALE_TITLES.has(t) || FEMALE_ROLES.has(t)) return "female";
  if (MALE_TITLES.has(t) || MALE_ROLES.has(t)) return "male";
  return null;
}

/** The gender of a full name's first word in the first-name lexicon ("Mary Smith" → female); null for one word. */
export function genderOfFullName(name: string): Gender | null {
  const words = nameWords(name);
  return words.length >= 2 ? firstNameGender(words[0] as string) : null;
}
