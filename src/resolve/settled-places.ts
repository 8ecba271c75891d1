/**
 * Places a document's own text settles as places, whatever the corpus-wide vote makes of their names
 * (type-votes.ts): one rule, read by `annotate`'s retyping (retype.ts: the document's mentions keep the type) and
 * by the corpus's entities (aggregate/entities.ts: the document's mentions stay a place entity), so that
 * `annotate`, `entities` and `summary` agree (issue 11: "one rule in one place").
 */
import { US_STATE_ABBREVIATIONS } from "../lexicon/us-states.js";
import type { EntityRecord, Mention } from "../types.js";

/**
 * The places a document's own text settles as places, which the vote does not move (its records never show the
 * text: the mentions' offsets tell): a place the gazetteer knows (its record has a country) written with its
 * region or country after a comma ("Durham, N.C.", "Corona, California", "Newcastle, New South Wales": two
 * place mentions two characters apart), the region too when the gazetteer knows it or it is a state's short form
 * (isStateCode), and a known place in
 * capitals opening the text (a dateline). The corpus may read the name otherwise (a firm, a club, a bank of the
 * town's name); in its other documents the vote stands. Reuters bench (`annotate`, voted): 8 records keep such a
 * town a place (the vote had made it an organization), all right. Any two place mentions so written (first try)
 * changed 43 records, most of them worse (lists of firms the tagger read as places, which the vote had mended);
 * any region after a known place, 11, one worse (a minister's surname in "in Washington, <Surname> said", the
 * tagger's place, which the vote had made a person).
 */
export function placesInPlace(
  mentions: readonly Mention[],
  entities: readonly EntityRecord[] | undefined,
): Set<string> {
  const places = new Set<string>();
  const known = new Set<string>();
  for (const record of entities ?? [])
    if (record.type === "place" && record.country !== undefined) known.add(record.name);
  if (known.size === 0) return places;
  const first = mentions[0];
  if (first?.type === "place" && first.start === 0 && first.text.length > 2 && !/\p{Ll}/u.test(first.text))
    if (known.has(first.entity)) places.add(first.entity);
  for (let i = 1; i < mentions.length; i++) {
    const before = mentions[i - 1] as Mention;
    const after = mentions[i] as Mention;
    if (before.type !== "place" || after.start - before.end !== 2 || !known.has(before.entity)) continue;
    if (after.type !== "place" && after.type !== "country") continue;
    places.add(before.entity);
    if (known.has(after.entity) || isStateCode(after.text)) places.add(after.entity);
  }
  return places;
}

/**
 * A US state's or district's short form after a town ("Pa.", "N.C.", "DC", "D.C.": the AP's abbreviations, two
 * capitals with or without stops), which the gazetteer gives no country: the vote made the district "DC" of
 * "Washington, DC" an organization in one of 484 CHECK articles of session 21 (a corpus where most "DC"s were).
 */
function isStateCode(text: string): boolean {
  return STATE_ABBREVIATIONS.has(text) || /^(?:\p{Lu}\.){2}$|^\p{Lu}{2}$/u.test(text);
}

const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(US_STATE_ABBREVIATIONS);
