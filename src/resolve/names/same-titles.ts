/**
 * A titled surname beside namesakes ("Dr. Marsh" beside "Dr. Ellen Marsh" and her husband "Tom Marsh", "Sen.
 * Dunmore" beside "Sen. Mark Dunmore" and his brother "Paul Dunmore", "Miss Pruett" beside "Miss Dorothy Pruett"
 * and "Mrs. Lyle Pruett"): the one namesake the document gave that same title is the person meant, before the
 * title's gender or the nearest name decides. Invented battery (FIT, 1960s society pages and today's family
 * stories): 4 of 4 such surnames went to the namesake without the title (the nearest one named before).
 */

/** A title as compared: lower case, no final full stop ("Dr." and "Dr" are one title). */
const titleKey = (title: string): string => title.toLowerCase().replace(/\.$/, "");

/**
 * Of `candidates` (name keys), the only one whose titles include `title`; null when none or several do, or when
 * the titles are not known.
 */
export function onlySameTitled(
  candidates: readonly string[],
  title: string | undefined,
  titlesOf: ((key: string) => ReadonlySet<string> | undefined) | undefined,
): string | null {
  if (title === undefined || titlesOf === undefined || candidates.length < 2) return null;
  const wanted = titleKey(title);
  let only: string | null = null;
  for (const candidate of candidates) {
    const titles = titlesOf(candidate);
    if (titles === undefined) continue;
    let has = false;
    for (const known of titles) if (titleKey(known) === wanted) has = true;
    if (!has) continue;
    if (only !== null) return null;
    only = candidate;
  }
  return only;
}
