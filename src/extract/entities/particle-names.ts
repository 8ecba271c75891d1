/**
 * A given name, a Germanic or Arabic name particle and a surname ("Karl-Heinz von Tavoru resigned", "Chiamaka von
 * Obiora, who ...", "Anouk van der Meeren said") that the tagger left untagged or cut to the surname alone (a MISC,
 * a place or a firm): the three are one person's name. The tagger (1996 Reuters) tags a particle name only when it
 * knows its words. Invented probe (40 given names from many regions, s23): "<First> von <Last>, who" lost or cut for
 * 18 of 40. Only the particles that open no place's or firm's name (von, van, ter, ten, zu, bin, ibn, bint, binti):
 * the Romance ones open many ("Rio de Janeiro", "Mar del Plata", "Banco de Credito"). Both names are name words no
 * list reads as anything else (middle-initials.ts isPersonWord), so "Sale van Houten" keeps its verb.
 */
import { isListedFirstName } from "../../lexicon/first-names.js";
import { isTitleCasedParts } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind, wordKind } from "./gazetteer.js";
import { isPersonWord } from "./middle-initials.js";
import type { TokenSpan } from "./spans.js";

/** Particles that open a surname after a given name and no place's or firm's name; lower case only. */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  "von",
  "van",
  "ter",
  "ten",
  "zu",
  "bin",
  "ibn",
  "bint",
  "binti",
]);
/** The words a sentence must hold one of for particleNameSpans to join a name in it (sentence-cues.ts skips the others). */
export const PARTICLE_NAME_CUES: readonly Iterable<string>[] = [SURNAME_PARTICLES];
/** The second particle after "van"/"von" ("van der", "van den", "von der"). */
const SECOND_PARTICLES: ReadonlySet<string> = new Set(["der", "den", "de"]);

/**
 * Whether `word` may be the given name before a particle: a person's word, or any name the first-name lexicon
 * lists, one that is also an ordinary word or a place too ("Robin van Persie", "Jordan van der Berg"): before
 * "van" or "von" and a surname the pair reads as nothing else. Session 34 probe (BBC sport): "before Robin van
 * Persie added a third" listed "Persie". No title ("Sultan" of "Prince Sultan ibn Abdulaziz", cut off later as one).
 */
function isGivenName(word: string, gaz: Gazetteer): boolean {
  return isPersonWord(word, true, gaz) || (isListedFirstName(word) && (wordKind(word) & Kind.title) === 0);
}

/** Whether tokens `a` and `b` are one space apart (ampersand-names.ts asks it too). */
export function oneSpace(tokens: readonly Token[], a: number, b: number): boolean {
  return (tokens[b] as Token).start === (tokens[a] as Token).end + 1;
}

/** The spans of segment [first, end) with each such name made one PER span over the spans it touches. */
export function particleNameSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let p = first + 1; p < end - 1; p++) {
    if (!SURNAME_PARTICLES.has((tokens[p] as Token).text)) continue;
    let last = p + 1;
    if (SECOND_PARTICLES.has((tokens[last] as Token).text)) last++;
    if (last >= end) continue;
    const given = tokens[p - 1] as Token;
    const surname = tokens[last] as Token;
    if (!oneSpace(tokens, p - 1, p) || !oneSpace(tokens, last - 1, last)) continue;
    if (!isTitleCasedParts(given.text) || !isGivenName(given.text, gaz)) continue;
    if (!isPersonWord(surname.text, false, gaz)) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    // The spans the name touches: each inside it, or a given name's span of a word or two ending at it.
    let from = p - 1;
    let a = 0;
    while (a < current.length && (current[a] as TokenSpan).end <= p - 1) a++;
    let b = a;
    let fits = true;
    while (b < current.length && (current[b] as TokenSpan).first <= last) {
      const span = current[b] as TokenSpan;
      if (span.end > last + 1) fits = false;
      if (span.first < p - 1) {
        if (span.end !== p || span.end - span.first > 2) fits = false;
        else from = span.first;
      }
      b++;
    }
    if (!fits) continue;
    // Already one person's name.
    if (
      b - a === 1 &&
      (current[a] as TokenSpan).label === "PER" &&
      (current[a] as TokenSpan).first <= p - 1 &&
      (current[a] as TokenSpan).end === last + 1
    )
      continue;
    out = [...current.slice(0, a), { label: "PER", first: from, end: last + 1 }, ...current.slice(b)];
  }
  return out ?? (spans as TokenSpan[]);
}
