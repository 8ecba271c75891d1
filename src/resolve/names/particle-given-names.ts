/**
 * A person's given name the tagger left out before a lower-case particle ("Jan" of "Jan de Vries", read as the
 * month's abbreviation; "de Vries" alone was the name): the capitalized word right before a person mention that
 * opens with a particle is its given name, when it is a known first name, no title, weekday or month ("Tuesday de Vries") and no other mention. Part of
 * the per-document naming (named-things.ts, before the particle surnames are joined).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import type { Mention } from "../../types.js";

/** A lower-case particle opening a mention's text, then a word ("de Vries", "van der Berg", "al-Harbi"). */
const OPENING_PARTICLE = /^(\p{Ll}+)[ '’-]/u;
/** The capitalized word ending right before a mention, one space between ("Jan " before "de Vries"). */
const WORD_BEFORE = /(?:^|[\s"“(])(\p{Lu}\p{Ll}+) $/u;

/** The mentions with each such given name taken into its person (the mention changed in place). */
export function withGivenNamesBeforeParticles(text: string, mentions: Mention[]): Mention[] {
  let previousEnd = 0;
  for (const m of mentions) {
    const end = previousEnd;
    previousEnd = Math.max(previousEnd, m.end);
    if (m.type !== "person") continue;
    // Most names open with a capital: one character read before any pattern.
    const first = m.text.charCodeAt(0);
    if (!(first >= 97 && first <= 122)) continue;
    const particle = OPENING_PARTICLE.exec(m.text)?.[1];
    // Not a lower-case "st" (a scorecard's "stumped", particle-surnames.ts).
    if (particle === undefined || !NAME_PARTICLES.has(particle) || particle.startsWith("st")) continue;
    const given = WORD_BEFORE.exec(text.slice(Math.max(end, m.start - 30), m.start))?.[1];
    if (given === undefined || DATE_WORDS.has(given.toLowerCase()) || (wordKind(given) & Kind.title) !== 0)
      continue;
    if (!isKnownFirstName(given)) continue;
    m.start -= given.length + 1;
    m.text = text.slice(m.start, m.end);
    m.entity = m.text;
  }
  return mentions;
}
