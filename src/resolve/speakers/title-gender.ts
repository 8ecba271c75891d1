/**
 * A titled speaker phrase ("Mrs Whitlow said", "said Mr Whitlow") names a person of the title's gender: the
 * full name a surname would join ("Dana Whitlow", a woman by her first name or by the document's evidence) is
 * not the speaker when its gender is the other one. Spouses, parents and siblings share a surname, and British
 * news tells them apart by the title alone (issue #11: "a surname with a title stays apart from the full name
 * when another person shares the surname, though the title's gender settles it").
 */

import type { Gender } from "../names/gender.js";
import { genderOfAddress, genderOfFullName } from "../names/gender.js";
import type { SpeakerContext } from "./speaker-context.js";

/** The gender a phrase's opening title of address tells ("Mrs Whitlow", "the Mr. Roe") or null ("Dr Roe"). */
export function titleGenderOf(phrase: string): Gender | null {
  const words = phrase.replace(/^(?:the|The)\s+/, "").split(/\s+/);
  // ("King said", "Lady said": a one-word phrase is the name itself.)
  if (words.length < 2) return null;
  return genderOfAddress((words[0] as string).toLowerCase());
}

/**
 * What the document tells of a person's gender: its own evidence (titles, gendered roles and kin nouns, pronouns
 * after the name), else the first name's usual gender in the lexicon, but that only where another person named in
 * full shares the surname, so that the title is what tells the two apart. The lexicon alone misleads where one
 * person has the surname: it reads some men's first names as women's, and a family name written first as a first
 * name (CHECK sample, seed 2112601: two men's "Mr." speakers lost their full names so).
 */
function genderOfPerson(context: SpeakerContext, name: string, evidenced = false): Gender | null {
  const facts = context.people.get(name);
  const gender = facts?.gender ?? genderOfFullName(name);
  if (gender === null || facts?.genderFromName === false || evidenced) return gender;
  const surname = name.split(" ").at(-1) as string;
  const shared = [...context.people.keys()].some(
    (other) => other !== name && other.includes(" ") && other.endsWith(` ${surname}`),
  );
  return shared ? gender : null;
}

/**
 * Whether the person may be the one the title names: no gender known, or the title's. `evidenced`: the phrase's
 * own words say the gender twice or beyond a title ("Mr Ellwood, her father,"): the first name's usual gender then
 * counts though no one else shares the surname.
 */
export function agreesWithTitle(
  context: SpeakerContext,
  name: string,
  gender: Gender | null,
  evidenced = false,
): boolean {
  if (gender === null) return true;
  const known = genderOfPerson(context, name, evidenced);
  return known === null || known === gender;
}

/**
 * The speaker a titled phrase names when the person found for it has the other gender, or when the surname alone
 * was found: the one person of the document named in full with that surname whom the title's gender does not
 * contradict ("Ms Whitlow" beside "Colin Whitlow" and "Dana Whitlow"), else the surname alone (the document's
 * "Mrs Whitlow" is nobody it names in full).
 */
export function titledNamesake(
  context: SpeakerContext,
  surname: string,
  gender: Gender,
  evidenced = false,
): string {
  const namesakes = [...context.people.keys()].filter(
    (name) =>
      name.includes(" ") && name.endsWith(` ${surname}`) && agreesWithTitle(context, name, gender, evidenced),
  );
  // One known to have the title's gender before one of unknown gender ("Mr Whitlow": Colin, not Dana).
  const known = namesakes.filter((name) => genderOfPerson(context, name, evidenced) === gender);
  if (known.length === 1) return known[0] as string;
  return namesakes.length === 1 ? (namesakes[0] as string) : surname;
}
