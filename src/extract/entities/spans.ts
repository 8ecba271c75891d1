/**
 * From tags to name spans: BIO runs of tokens, trimmed to the name alone (no possessive "'s", no
 * trailing punctuation, no leading title), with the title found just before the name.
 */
import { DATE_WORDS, MONTHS, WEEKDAYS } from "../../lexicon/attribution-phrases.js";
import { HOLIDAYS } from "../../lexicon/event-names.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { isCapitalized, isInitial, isTitleCased, startsCapitalThenLower } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { TAGS } from "./features.js";
import { isKnownFirstName } from "./first-name.js";
import { type Gazetteer, Kind, PLACE_KINDS, phraseKey, wordKind } from "./gazetteer.js";
import { NICKNAME_OPENERS, nicknameClose } from "./nickname-marks.js";
import { isDemonymBefore, isRoleBefore } from "./person-span.js";

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
      if (LOWER_START.test(text) && !NAME_PARTICLES.has(text.toLowerCase())) {
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
  // A literal of the span's keys, not a spread: a spread's copy has a map of its own ("wrong map" deopts).
  return first < end ? { label: span.label, first, end } : null;
}

export { phraseKey };

/**
 * A person's name that goes on over middle initials to a capitalized word ("Lionel E. Halvorsen", "Edwin R.
 * Tamblyn"): the tagger often ends the name at the initial and reads the rest as another name, or as nothing.
 * The name starts with a PER span, or with a known first name read as another type ("Warren" as a place).
 */
export function joinInitials(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan[] {
  const joined: TokenSpan[] = [];
  for (let s = 0; s < spans.length; s++) {
    const from = spans[s] as TokenSpan;
    // A literal of the three keys, not a spread (a spread's copy has a map of its own: spans.ts's other builders).
    const span: TokenSpan = { label: from.label, first: from.first, end: from.end };
    joined.push(span);
    // The first-name look-up only for the one-word spans of another type that it can change.
    if (
      span.label !== "PER" &&
      !(
        span.end - span.first === 1 &&
        ((gaz.phrases.get((tokens[span.first] as Token).lower) ?? 0) & Kind.firstName) !== 0
      )
    )
      continue;
    let next = span.end;
    while (isInitial(tokens[next]?.text ?? "")) next++;
    const surname = tokens[next];
    if (
      next === span.end ||
      surname === undefined ||
      surname.kind !== "word" ||
      !startsCapitalThenLower(surname.text)
    )
      continue;
    span.label = "PER";
    span.end = next + 1;
    // The spans the name now covers are part of it.
    while (s + 1 < spans.length && (spans[s + 1] as TokenSpan).first <= next) {
      s++;
      span.end = Math.max(span.end, (spans[s] as TokenSpan).end);
    }
  }
  return joined;
}

/**
 * The person at the end of an organization or MISC span that holds a title and then a known first name
 * ("Conservative Leader Andrew Schaefer", "Liberal MP Jane Doe", "Senate Minority Whip Dick Dorwin" read as one
 * name): the span from the first name on is the person, and the words before it are the title and a
 * descriptor, not a name.
 */
export function personAfterTitle(span: TokenSpan, tokens: readonly Token[], gaz: Gazetteer): TokenSpan {
  if (span.label !== "ORG" && span.label !== "MISC") return span;
  for (let i = span.first + 1; i < span.end; i++) {
    if (!isKnownFirstName((tokens[i] as Token).text)) continue;
    if (!isRoleBefore(tokens, i, gaz) && !isDemonymBefore(span, tokens, i, gaz)) continue;
    return { label: "PER", first: i, end: span.end };
  }
  return span;
}

/**
 * Every span with its role-prefixed person split off (personAfterTitle); a person left as a first name alone
 * takes the capitalized word the tagger left untagged right after it, on the same line ("Labour MP Ann" + "Lee":
 * the tagger ends the organization at the first name).
 */
export function rolePersons(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan[] {
  // Pushed, not Array.from with a mapping function: that walks the iterator protocol for every sentence's spans
  // (the Array.from lines of rolePersons and joinFirstNames held 3% of extractMentions' samples, in-process Reuters).
  const out: TokenSpan[] = [];
  for (let s = 0; s < spans.length; s++) out.push(rolePerson(spans, s, tokens, gaz));
  return out;
}

/** spans[s] with its role-prefixed person split off, and a lone first name joined to the word after it. */
function rolePerson(
  spans: readonly TokenSpan[],
  s: number,
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan {
  const span = spans[s] as TokenSpan;
  const person = personAfterTitle(span, tokens, gaz);
  if (person === span || person.end - person.first !== 1) return person;
  const next = tokens[person.end];
  const nextSpan = spans[s + 1]?.first ?? Number.POSITIVE_INFINITY;
  // One space apart: the same line, no punctuation between.
  const adjacent = next !== undefined && next.start - (tokens[person.first] as Token).end === 1;
  if (!adjacent || next.kind !== "word" || !startsCapitalThenLower(next.text) || nextSpan <= person.end)
    return person;
  return { label: person.label, first: person.first, end: person.end + 1 };
}

/**
 * A known first name the tagger left out of the surname after it, which it read alone as an organization or a
 * place ("Wade Ford was not there": "Ford" an organization, "Wade" untagged): the two words are one person.
 * Only for a one-word span that the gazetteer knows as no place (a company may bear a surname: "Ford" is one of
 * compromise's organizations), one character after the first name (a space, or the line break of wrapped
 * text), with no capitalized word before the first name or after the surname (inside a longer name the
 * tagger's reading stands), and a first name read "alone", so that an ordinary word opening a sentence ("Will
 * Ford cut prices?") is not taken for one; nor a month or a day ("June Treasury bills", "Sunday Times"), nor a
 * surname that is an ordinary word or a company word ("Reed International"). On the Reuters bench this joined
 * Thayer Bigelow, Gail Martell and Sumner Redstone, read as an organization or a place before, and changed
 * nothing else; CoNLL dev PER recall 91.8 -> 91.9.
 */
export function joinFirstNames(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  sentenceStart: number,
  gaz: Gazetteer,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let s = 0; s < spans.length; s++) out.push(joinedFirstName(spans, s, tokens, sentenceStart, gaz));
  return out;
}

/** spans[s], or the person it makes with a known first name right before it. */
function joinedFirstName(
  spans: readonly TokenSpan[],
  s: number,
  tokens: readonly Token[],
  sentenceStart: number,
  gaz: Gazetteer,
): TokenSpan {
  const span = spans[s] as TokenSpan;
  // The first name must be in the span's own sentence.
  if (span.label === "PER" || span.end - span.first !== 1 || span.first - 1 < sentenceStart) return span;
  const surname = tokens[span.first] as Token;
  const first = tokens[span.first - 1] as Token;
  const before = span.first - 2 >= sentenceStart ? tokens[span.first - 2] : undefined;
  const after = tokens[span.end];
  const previousEnd = s > 0 ? (spans[s - 1] as TokenSpan).end : 0;
  if (
    previousEnd > span.first - 1 ||
    surname.start - first.end !== 1 ||
    !isTitleCased(first.text) ||
    !isTitleCased(surname.text) ||
    (wordKind(surname.text) & (PLACE_KINDS | Kind.demonym)) !== 0 ||
    !isKnownFirstName(first.text, "alone") ||
    DATE_WORDS.has(first.lower) ||
    gaz.commonWords.has(surname.lower) ||
    gaz.ordinaryWords.has(surname.lower) ||
    ORGANIZATION_SUFFIXES.has(surname.lower) ||
    (before !== undefined && before.kind === "word" && isCapitalized(before.text)) ||
    (after !== undefined && after.kind === "word" && isCapitalized(after.text))
  )
    return span;
  return { label: "PER", first: span.first - 1, end: span.end };
}
