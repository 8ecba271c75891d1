/**
 * A wife named by her husband's full name with "Mrs." ("Mrs. Harold T. Benning", the style of society pages and news
 * until the 1970s, and of formal invitations since), in a document that names the husband too ("Governor Harold T.
 * Benning", "Harold T. Benning said"): the person rule gives both the one entity, the husband's, and the wife is not
 * listed. Her mentions with "Mrs." and a man's first name make a person of their own, named with the title; a
 * surname with a woman's title ("Mrs. Benning") goes with her, the rest with him. Only when a full-name mention
 * without a woman's title names him in the same document: "Mrs. Harold Benning" alone is left to the person rule.
 * Invented battery (FIT, session 22): 3 of 3 such wives merged with their husbands.
 */
import type { Mention } from "../../types.js";
import { genderOfFullName, genderOfTitle } from "./gender.js";

const isFemaleTitled = (m: Mention): boolean => m.title !== undefined && genderOfTitle(m.title) === "female";
const isFullName = (m: Mention): boolean => /\s/.test(m.text);

/** "Mrs." and a man's first name: a wife named by her husband's name. */
const isWifeByHusbandsName = (m: Mention): boolean =>
  m.type === "person" && isFemaleTitled(m) && isFullName(m) && genderOfFullName(m.text) === "male";

/** The person mentions (in place) of each such entity split between the husband and the wife. */
export function splitWivesByHusbandsNames(mentions: readonly Mention[]): void {
  // Rare: one scan finds none in most documents, and nothing is grouped.
  if (!mentions.some(isWifeByHusbandsName)) return;
  const entities = new Set<string>();
  for (const m of mentions) if (isWifeByHusbandsName(m)) entities.add(m.entity);
  for (const entity of entities) {
    const group = mentions.filter((m) => m.type === "person" && m.entity === entity);
    if (!group.some((m) => isFullName(m) && !isFemaleTitled(m))) continue;
    const wife = group.find(isWifeByHusbandsName) as Mention;
    const name = `${wife.title} ${entity}`;
    for (const m of group) if (isFemaleTitled(m)) m.entity = name;
  }
}
