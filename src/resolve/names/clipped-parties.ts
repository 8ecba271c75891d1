/**
 * A party's clipped name read as a person ("Lib Dem", lexicon/party-nicknames.ts CLIPPED_PARTY_NAMES) is that party:
 * an organization, which the party naming then joins to the party's other names (organizations.ts). Part of the
 * per-document naming (index.ts).
 */
import { CLIPPED_PARTY_NAMES } from "../../lexicon/party-nicknames.js";
import type { Mention } from "../../types.js";

/** The mentions, in place, with each untitled person that is a party's clipped name an organization. */
export function withClippedParties(mentions: Mention[]): Mention[] {
  for (const m of mentions)
    if (
      m.type === "person" &&
      m.title === undefined &&
      CLIPPED_PARTY_NAMES.has(m.text.toLowerCase().replace(/\s+/gu, " "))
    ) {
      m.type = "organization";
      m.entity = m.text;
    }
  return mentions;
}
