/**
 * Person names the tagger cut at a lower-case particle ("Suleiman" before "al-Harbi" is "Suleiman al-Harbi") or read as
 * two persons at a capitalized one ("Jean-Claude" "Van Damme"). Part of the per-document naming (named-things.ts).
 */
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import type { Mention } from "../../types.js";

/** A lower-case particle and the capitalized surname after a name ("al-Harbi", "d'Albenzio", "van Oosterhout", "de la Cruz"). */
const PARTICLE_SURNAME = /^(?: (?:(?:[\p{Ll}]+)(?:[-'’]| ))+\p{Lu}[\p{L}'’]*(?:-\p{L}+)*)/u;

/** The particle surname after a name ending at `end`, if each of its lower-case words is a particle. */
function particleSurname(text: string, end: number): string | null {
  const found = PARTICLE_SURNAME.exec(text.slice(end, end + 60))?.[0];
  if (found === undefined) return null;
  const particles = found
    .trim()
    .split(/[-'’ ]/)
    .slice(0, -1);
  return particles.every((p) => p === "d" || NAME_PARTICLES.has(p)) ? found : null;
}

/** `next`, a person right after `m` with one space between, opens with a capitalized particle ("Van Damme"). */
function opensWithParticle(text: string, m: Mention, next: Mention): boolean {
  if (next.type !== "person" || next.start !== m.end + 1 || text[m.end] !== " ") return false;
  const first = /^(\p{Lu}\p{Ll}*)[ '’-]\p{Lu}/u.exec(next.text)?.[1];
  return first !== undefined && first !== "Mac" && NAME_PARTICLES.has(first.toLowerCase());
}

/**
 * GUM dev+train: 8 wrong entries gone ("Suleiman", "Ornella") and 7 right ones in their place ("Suleiman al-Harbi"),
 * 1 wrong added ("Mohammed Rashad Muhammad al-Hajj" of a long Arabic name).
 * A person name the tagger ended before a lower-case particle takes the particle and the surname after it; a
 * mention the longer name now covers goes ("al-Karim Nasser", typed an organization).
 */
export function joinParticleSurnames(text: string, mentions: Mention[]): Mention[] {
  const covered = new Set<Mention>();
  mentions.forEach((m, i) => {
    if (m.type !== "person" || covered.has(m)) return;
    let end = m.end;
    // "Jean le Rond d'Alembert": one particle surname after another.
    for (let tail = particleSurname(text, end); tail !== null; tail = particleSurname(text, end))
      end += tail.length;
    // "Jean-Claude" and "Van Damme" read as two persons one space apart: one name.
    const next = mentions[i + 1];
    if (end === m.end && next !== undefined && opensWithParticle(text, m, next)) end = next.end;
    if (end === m.end) return;
    for (let j = i + 1; j < mentions.length; j++) {
      const other = mentions[j] as Mention;
      if (other.start >= end) break;
      covered.add(other);
      end = Math.max(end, other.end);
    }
    m.end = end;
    m.text = text.slice(m.start, end);
    m.entity = m.text;
  });
  return mentions.filter((m) => !covered.has(m));
}
