/**
 * Person names the tagger cut at a lower-case particle ("Suleiman" before "al-Harbi" is "Suleiman al-Harbi") or read as
 * two persons at a capitalized one ("Jean-Claude" "Van Damme"). Part of the per-document naming (named-things.ts).
 */
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { isLowerCode } from "../../text/runs.js";
import type { Mention } from "../../types.js";

/** The capitalized surname that ends a particle surname, hyphened parts and all ("Saint-Aubin"). */
const SURNAME_AT_END = /\p{Lu}[\p{L}'’]*(?:-\p{L}+)*$/u;

/** A lower-case particle and the capitalized surname after a name ("al-Harbi", "d'Albenzio", "van Oosterhout", "de la Cruz"). */
const PARTICLE_SURNAME = /^(?: (?:(?:[\p{Ll}]+)(?:[-'’]| ))+\p{Lu}[\p{L}'’]*(?:-\p{L}+)*)/u;

/** Not a lower-case "st": names write Saint with a capital ("St. Clair"); lower case it is a cricket scorecard's
 * "stumped" between two players ("K. Amble st Ravindran"), as the tagger's spans.ts reads it too. */
const isParticle = (p: string): boolean => p === "d" || (NAME_PARTICLES.has(p) && !p.startsWith("st"));

/** The particle surname after a name ending at `end`, if each of its lower-case words is a particle. */
function particleSurname(text: string, end: number): string | null {
  // The first word after the space must be a particle: checked before the regex and its slice, which ran after
  // every person mention (0.8% of a cold --jobs 1 profile without inlining); most are followed by a verb.
  // Read from the codes: a run of a to z ended by an ASCII character (or the text's end) is the whole first word;
  // a word with other letters goes to the regex.
  if (text.charCodeAt(end) !== 32) return null;
  let k = end + 1;
  for (let c = text.charCodeAt(k); c >= 97 && c <= 122; c = text.charCodeAt(k)) k++;
  const after = text.charCodeAt(k);
  if (k === end + 1) {
    if (!isLowerCode(after)) return null;
  } else if (!(after >= 128) && k - end - 1 < 59 && !isParticle(text.slice(end + 1, k))) return null;
  // Without a possessive ending ("al-Mahdi's" is "al-Mahdi").
  const found = PARTICLE_SURNAME.exec(text.slice(end, end + 60))?.[0]?.replace(/['’]s$/u, "");
  if (found === undefined) return null;
  // The particles are the words before the capitalized surname, which may be hyphened itself ("de Saint-Aubin").
  const particles = found
    .trim()
    .replace(SURNAME_AT_END, "")
    .split(/[-'’ ]/)
    .filter((p) => p !== "");
  return particles.every(isParticle) ? found : null;
}

/**
 * `next`, a person right after a name ending at `end` with one space between, opens with a capitalized particle
 * ("Van Damme").
 */
function opensWithParticle(text: string, end: number, next: Mention): boolean {
  if (next.type !== "person" || next.start !== end + 1 || text[end] !== " ") return false;
  const first = /^(\p{Lu}\p{Ll}*)[ '’-]\p{Lu}/u.exec(next.text)?.[1];
  return first !== undefined && first !== "Mac" && NAME_PARTICLES.has(first.toLowerCase());
}

/**
 * The first of `mentions` from index `from` on that starts at or after `end`: a loop, not a copy of the rest of the
 * mentions per person (slice and find made joinParticleSurnames quadratic: 0.6 s of a 400,000-character one-line
 * text's 13.7 s profile, 8,000 person mentions).
 */
function firstFrom(mentions: readonly Mention[], from: number, end: number): Mention | undefined {
  for (let j = from; j < mentions.length; j++) if ((mentions[j] as Mention).start >= end) return mentions[j];
  return undefined;
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
    // "Jean-Claude" and "Van Damme" read as two persons one space apart: one name; so too after a particle
    // surname ("Karim al-Nasri" and "Ben Yusuf": an Arabic name's "Ben" is capitalized).
    const next = firstFrom(mentions, i + 1, end);
    if (next !== undefined && opensWithParticle(text, end, next)) end = next.end;
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
