/**
 * Two people of one family named only by a surname and a title ("Mr Berg said ... Mrs Berg said"): the person
 * rule gives both the one entity "Berg". A surname-only entity whose mentions carry titles of both genders is two
 * people, each named with the first title of its gender the document writes ("Mr Berg", "Mrs Berg"); a mention
 * with no title or one of no gender goes with the gendered one named last before it, else next after it. Only
 * when the text writes the surname after no other capitalized word.
 */
import type { Mention } from "../../types.js";
import { type Gender, genderOfTitle } from "./gender.js";

const genderOf = (m: Mention): Gender | null => (m.title === undefined ? null : genderOfTitle(m.title));

/**
 * Whether the text writes the surname after a capitalized word that is no title ("Santa Claus ... Mr. Claus ...
 * Mrs. Claus": GUM train, where the tagger left "Santa Claus" no person mention, and "Mr. Claus" would be listed
 * beside "Santa"): one of the two may have a full name, and the person rule's naming stands.
 */
function writtenAfterName(text: string, surname: string): boolean {
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const word = /(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    if (word !== undefined && genderOfTitle(word) === null) return true;
  }
  return false;
}

/** The person mentions (in place) of each such entity renamed by gender. */
export function splitTitledNamesakes(mentions: readonly Mention[], text: string): void {
  const bySurname = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.type !== "person" || /\s/.test(m.entity)) continue;
    const group = bySurname.get(m.entity);
    if (group === undefined) bySurname.set(m.entity, [m]);
    else group.push(m);
  }
  for (const [surname, group] of bySurname) {
    if (writtenAfterName(text, surname)) continue;
    const titled = group.filter((m) => genderOf(m) !== null);
    const female = titled.find((m) => genderOf(m) === "female");
    const male = titled.find((m) => genderOf(m) === "male");
    if (female === undefined || male === undefined) continue;
    const nameOf = (gender: Gender): string => `${(gender === "female" ? female : male).title} ${surname}`;
    for (const m of group) {
      const before = titled.filter((t) => t.start <= m.start).at(-1);
      const gender = genderOf(m) ?? genderOf(before ?? (titled[0] as Mention));
      if (gender !== null) m.entity = nameOf(gender);
    }
  }
}
