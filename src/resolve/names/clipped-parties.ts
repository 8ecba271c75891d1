/**
 * A party's clipped name read as a person ("Lib Dem", lexicon/party-nicknames.ts CLIPPED_PARTY_NAMES) is that party:
 * an organization, which the party naming then joins to the party's other names (organizations.ts). Part of the
 * per-document naming (index.ts).
 */
import { CLIPPED_PARTY_NAMES, PARTY_NAMES } from "../../lexicon/party-nicknames.js";
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

/** Each party name's last word (lower case) → the names that end with it, made once at load. */
const PARTIES_BY_LAST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const byLast = new Map<string, string[]>();
  for (const name of PARTY_NAMES) {
    const last = name.slice(name.lastIndexOf(" ") + 1);
    byLast.set(last, [...(byLast.get(last) ?? []), name]);
  }
  return byLast;
})();

/**
 * The mentions with each person or place that is a party's name, or its last words, the party: the mention grown
 * over the name's words before it (lexicon PARTY_NAMES: "Plaid Cymru" read as the person "Cymru").
 */
export function withPartyNames(text: string, mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    if (m.type !== "person" && m.type !== "place") continue;
    const words = m.text.toLowerCase().split(/\s+/u);
    for (const party of PARTIES_BY_LAST_WORD.get(words.at(-1) as string) ?? []) {
      const start = m.end - party.length;
      if (
        start < 0 ||
        start > m.start ||
        text.slice(start, m.end).toLowerCase().replace(/\s+/gu, " ") !== party
      )
        continue;
      if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] as string)) continue;
      // Another mention over the name's first words ("Plaid" read apart) leaves it as it is.
      if (mentions.some((other) => other !== m && other.end > start && other.start < m.start)) continue;
      m.start = start;
      m.text = text.slice(start, m.end);
      m.type = "organization";
      m.entity = m.text;
      break;
    }
  }
  return mentions;
}
