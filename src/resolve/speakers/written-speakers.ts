/**
 * Speakers whose name the speaker phrase writes but the entity mentions missed ("03:10 GMT: Nicola Sturgeon:
 * “…”", where the tagger read neither word as a person's): the quote names its speaker, and the people of the
 * document must hold that person too. Session 39 probe (a live blog): the First Minister spoke and was listed nowhere.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { mentionAt } from "../../extract/mention.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { endsOtherName } from "../../lexicon/organization-suffixes.js";
import { isInitials } from "../../text/word-shape.js";
import type { Mention, Quote } from "../../types.js";

/**
 * Whether a speaker's name is shaped as a person's: a known first name or initials first, and no last word that
 * ends a firm's, a place's or a body's name. The speaker rules name some firms and phrases as persons
 * ("Western Tele-Communications Inc", "Yesterday Pacad", "Senior Vice President" on the Reuters bench at
 * 2a1c190: 11 of 24 such names without this test), which the document's mentions rightly left out.
 */
function isPersonShaped(name: string): boolean {
  const words = name.split(" ");
  const first = words[0] as string;
  if (!/^\p{Lu}/u.test(first) || !(isKnownFirstName(first) || isInitials(first))) return false;
  // ("Davis County School District", CNN/DM dev: an institution's word anywhere after the first.)
  return words
    .slice(1)
    .every((w) => !endsOtherName(w.toLowerCase()) && !ORGANIZATION_NOUNS.has(w.toLowerCase()));
}

/**
 * The mentions with a person mention added, in text order, for each quote speaker named by a person's name that
 * its speaker phrase writes in full and that no mention of the document names or overlaps.
 */
export function withWrittenSpeakers(mentions: Mention[], quotes: readonly Quote[]): Mention[] {
  let added: Mention[] | null = null;
  for (const quote of quotes) {
    const { name, mention, organization } = quote.speaker;
    if (name === null || mention === null || organization !== undefined || !name.includes(" ")) continue;
    if (!isPersonShaped(name)) continue;
    const at = mention.text.indexOf(name);
    if (at < 0) continue;
    const start = mention.start + at;
    const end = start + name.length;
    const known = (m: Mention): boolean =>
      (m.type === "person" && m.entity === name) || (m.start < end && start < m.end);
    if (mentions.some(known) || added?.some(known)) continue;
    added ??= [];
    added.push(mentionAt(start, end, name, "person", name));
  }
  if (added === null) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
