/**
 * A name read as a place that holds a public body's word is the body: "A Treasury spokesman declined", "the Ontario
 * Court of Appeal", "Ghana Cocoa Board", "Manhattan Federal Court" (the tagger reads a name opening on a place's
 * word as the place, and "Treasury" as a place). The words (lexicon PUBLIC_BODY_WORDS) never stand in a place's
 * name; "Court" does ("Hampton Court", "Earls Court"), so it makes a body only before "of" or after a court's kind
 * ("Federal", "Supreme", "District": COURT_KINDS). Not a name that ends in a street's or a venue's word ("Council
 * Street"). Session 34 probes (BBC politics, Canadian Press); Reuters bench: 38 courts, boards and agencies listed
 * as places.
 */
import { COURT_KINDS, PUBLIC_BODY_WORDS } from "../../lexicon/organization-nouns.js";
import { PLACE_SUFFIXES, VENUE_WORDS } from "../../lexicon/place-suffixes.js";
import type { Mention } from "../../types.js";

/** Whether the place's name `name` is a public body's (the file's comment). */
function isPublicBodyName(name: string): boolean {
  const words = name.split(" ");
  const last = (words.at(-1) as string).toLowerCase();
  if (PLACE_SUFFIXES.has(last) || VENUE_WORDS.has(last)) return false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!/^\p{Lu}/u.test(word)) continue;
    const key = word.toLowerCase();
    if (PUBLIC_BODY_WORDS.has(key)) return true;
    if (key === "court" && (words[i + 1] === "of" || COURT_KINDS.has(words[i - 1]?.toLowerCase() ?? "")))
      return true;
  }
  return false;
}

/** The mentions, in place, with each place named as a public body made an organization. */
export function withPlaceBodies(mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    if ((m.type !== "place" && m.type !== "country") || !isPublicBodyName(m.text)) continue;
    m.type = "organization";
    m.entity = m.text;
  }
  return mentions;
}
