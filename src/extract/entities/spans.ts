/**
 * From tags to name spans: BIO runs of tokens, trimmed to the name alone (no possessive "'s", no
 * trailing punctuation, no leading title), with the title found just before the name.
 */
import { MONTHS, WEEKDAYS } from "../../lexicon/attribution-phrases.js";
import { HOLIDAYS } from "../../lexicon/event-names.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { isInitial } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { TAGS } from "./features.js";
import { phraseKey } from "./gazetteer.js";
import { NICKNAME_OPENERS, nicknameClose } from "./nickname-marks.js";

export type SpanLabel = "PER" | "LOC" | "ORG" | "MISC";

export interface TokenSpan {
  label: SpanLabel;
  /** Token indices, end exclusive. */
  first: number;
  end: number;
}

const POSSESSIVE = /^['’][sS]?$/;

/**
 * Each tag's label (null for O) and whether it continues a span (I-): read per token by index, where the names'
 * `startsWith` and `slice` made a string per token of a name (2.9 M tags on the Reuters bench).
 */
const LABELS: readonly (SpanLabel | null)[] = Array.from(TAGS, (name) =>
  name === "O" ? null : (name.slice(2) as SpanLabel),
);
const INSIDE: readonly boolean[] = Array.from(TAGS, (name) => name.startsWith("I-"));

export function spansOfTags(tags: readonly number[], offset: number): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as number;
    const label = LABELS[tag] as SpanLabel | null;
    if (open !== null && !(INSIDE[tag] === true && label === open.label)) {
      spans.push(open);
      open = null;
    }
    if (label !== null && open === null) open = { label, first: offset + i, end: offset + i + 1 };
    else if (open !== null) open.end = offset + i + 1;
  }
  if (open !== null) spans.push(open);
  return spans;
}

const LOWER_START = /^\p{Ll}/u;

/**
 * Whether `span`, right after `last`, is the rest of one person's name that the tagger cut at a particle: a span
 * opening on a lower-case particle and going on to a capitalized word, after a one-word person or a capitalized
 * particle ("Piet" + "van der Berg", "Van" + "der Merwe", read as a person and an organization or a place), or a
 * person opening on a capitalized particle after a person ("Dana al-Rashid" + "Ben Hadda"). CoNLL dev FIT: two names
 * cut so. Not after a longer name nor after a word the tagger did not read as a person: French and Spanish firms
 * ("Banque" + "de Credit", "Comptoir Central" + "de Materiel") were read as persons so on the Reuters bench.
 */
function opensSurname(tokens: readonly Token[], last: TokenSpan, span: TokenSpan): boolean {
  const opening = (tokens[span.first] as Token).text;
  const particle = opening.toLowerCase();
  if (!NAME_PARTICLES.has(particle) || particle.length < 2 || particle.startsWith("st")) return false;
  if (!LOWER_START.test(opening)) return last.label === "PER" && span.label === "PER";
  if (last.end - last.first !== 1) return false;
  let named = false;
  for (let i = span.first + 1; i < span.end && !named; i++)
    named = !LOWER_START.test((tokens[i] as Token).text);
  return named && (last.label === "PER" || NAME_PARTICLES.has((tokens[last.first] as Token).lower));
}

/**
 * Whether `span`, right after `last` and of its place's or organization's label, opens on a possessive's "'s" and
 * goes on to a capitalized word: one name the tagger cut at its possessive ("Queen" + "'s Park", "McDonald" + "'s
 * Corp"). Session 33 probe (a Canadian Press story): Ontario's legislature was two places, "Queen" and "'s Park".
 */
function continuesPossessive(tokens: readonly Token[], last: TokenSpan, span: TokenSpan): boolean {
  if (span.label !== last.label || span.label === "PER" || span.end - span.first < 2) return false;
  const opening = (tokens[span.first] as Token).text;
  return (opening === "'s" || opening === "’s") && /^\p{Lu}/u.test((tokens[span.first + 1] as Token).text);
}

/** Joins two person names separated only by name particles the tagger left out ("Osama" "bin" "Laden"). */
export function joinParticles(spans: readonly TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  const joined: TokenSpan[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (
      last !== undefined &&
      span.label === "PER" &&
      span.first === last.end &&
      last.end - last.first === 1 &&
      isInitial((tokens[span.first] as Token).text)
    ) {
      last.label = "PER";
      last.end = span.end;
      continue;
    }
    if (last !== undefined && span.first === last.end && continuesPossessive(tokens, last, span)) {
      last.end = span.end;
      continue;
    }
    if (last !== undefined && span.first === last.end && opensSurname(tokens, last, span)) {
      last.label = "PER";
      last.end = span.end;
      continue;
    }
    if (last !== undefined && last.label === "PER" && span.label === "PER" && span.first > last.end) {
      let particles = true;
      for (let i = last.end; i < span.first && particles; i++) {
        particles = NAME_PARTICLES.has((tokens[i] as Token).lower);
      }
      if (particles) {
        last.end = span.end;
        continue;
      }
    }
    // A literal of the span's keys, not a spread: `{ ...span }` has a map of its own (%HaveSameMap is false), and
    // every reader of spans saw two shapes (session 14's open item).
    joined.push({ label: span.label, first: span.first, end: span.end });
  }
  return joined;
}

/**
 * The end of tokens [first, end) without the date words the tagger ran a name on into: a weekday ("[Acme Friday]",
 * "reports said [Friday]"), or a month before a day or a year ("[Payable April] 17", "[Dana Whitlow March] 19-22")
 * or after a preposition inside the span ("[Acme in February]"). Wire news dates its events with a bare weekday
 * and writes names before them; a span of date words alone is no name. Not a holiday's weekday ("Black Friday"),
 * and never "May" (a name and a verb). Reuters at 86f8525: 67 names ending in a weekday or month, 57 of them such
 * dates; CoNLL dev: three false persons.
 */
function withoutDateTail(tokens: readonly Token[], first: number, end: number): number {
  while (end > first) {
    const last = (tokens[end - 1] as Token).lower;
    if (WEEKDAYS.has(last)) {
      if (end - first === 2 && HOLIDAYS.has(`${(tokens[first] as Token).lower} ${last}`)) break;
      end--;
      continue;
    }
    if (!MONTHS.has(last) || last === "may") break;
    const next = tokens[end];
    const before = end - 2 >= first ? (tokens[end - 2] as Token) : undefined;
    if (next?.kind === "number" || (before !== undefined && PREPOSITIONS.has(before.text))) end--;
    else break;
  }
  return end;
}

/** A particle glued to a surname by a hyphen ("al-Sadr", "el-Baradei", "bin-Laden"): a name's word (session 34). */
function isParticleGlued(text: string): boolean {
  const hyphen = text.indexOf("-");
  return hyphen > 0 && /^-\p{Lu}/u.test(text.slice(hyphen)) && NAME_PARTICLES.has(text.slice(0, hyphen));
}

/**
 * Drops a possessive and punctuation from the span's end, and from its start punctuation. A person's name
 * also ends before its first lower-case word that is not a name particle ("Frank Milo has" → "Frank Milo").
 */
export function trimSpan(span: TokenSpan, tokens: readonly Token[]): TokenSpan | null {
  let { first, end } = span;
  if (span.label === "PER") {
    for (let i = first + 1; i < end; i++) {
      const text = (tokens[i] as Token).text;
      // A nickname in quotes inside the name ('Dario " Hands of Steel " Menotti', nicknames.ts) is passed whole.
      if (text.length === 1 && NICKNAME_OPENERS.has(text)) {
        const close = nicknameClose(tokens, i, end);
        if (close > 0) {
          i = close;
          continue;
        }
      }
      if (LOWER_START.test(text) && !NAME_PARTICLES.has(text.toLowerCase()) && !isParticleGlued(text)) {
        end = i;
        break;
      }
    }
  }
  end = withoutDateTail(tokens, first, end);
  // A name never ends on a lower-case preposition: the tagger ran a place opened by "St." on into the word after
  // it ("[LOC St. Corvel on] the coast": its training text writes "St" without the stop).
  while (end > first) {
    const text = (tokens[end - 1] as Token).text;
    if (POSSESSIVE.test(text) || (tokens[end - 1] as Token).kind === "punct" || PREPOSITIONS.has(text)) end--;
    else break;
  }
  while (first < end && (tokens[first] as Token).kind === "punct") first++;
  // Nor opens on one ("for Italy and [LOC for Europe]": the tagger read the second "for" as the place's first word;
  // session 41 probe, an Italian election). Never a name particle ("de", "van").
  while (first < end && PREPOSITIONS.has((tokens[first] as Token).text)) first++;
  // A literal of the span's keys, not a spread: a spread's copy has a map of its own ("wrong map" deopts).
  return first < end ? { label: span.label, first, end } : null;
}

export { phraseKey };
