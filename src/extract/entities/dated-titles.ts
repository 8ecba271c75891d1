/**
 * A title dated by a hyphened prefix or suffix ("then-Mayor", "Ex-Minister", "then-Chief Justice",
 * "Mayor-elect", "Minister-designate") is a title before a name, as "Mayor" is: never part of the name, and the
 * capitalized words after it name a person. The tagger, trained on text that rarely writes them, reads the
 * hyphened word as a name: it took it into the person's span at a sentence's start ("[Then-Mayor Dana
 * Whitlow]"), read it alone as an organization or MISC and the name after it as an organization ("[Mayor-elect]
 * [Kofi Mensah]" both ORG/MISC), or left the first name untagged between it and the surname ("[Then-President]
 * Aldo [Ferrante]": the person lost "Aldo"). Session 18 left these (note18, the tagger's spans).
 */
import { WEEKDAYS } from "../../lexicon/attribution-phrases.js";
import { OFFICE_TIME_PREFIXES, OFFICE_TIME_SUFFIXES } from "../../lexicon/name-descriptors.js";
import { isTitleCased, startsCapitalThenLower } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import type { TokenSpan } from "./spans.js";

/** Longest title phrase after a dated prefix, in tokens ("then-Secretary of State"). */
const MAX_TITLE_TOKENS = 3;

function isTitlePhrase(key: string, gaz: Gazetteer): boolean {
  return ((gaz.phrases.get(key) ?? 0) & Kind.title) !== 0;
}

/**
 * The length in tokens of a dated title starting at token `at` (0 if none): a prefix of OFFICE_TIME_PREFIXES, a
 * hyphen and a title of one to three words ("then-Chief Justice": 2), or one title word, a hyphen and a suffix
 * of OFFICE_TIME_SUFFIXES ("Mayor-elect": 1).
 */
export function datedTitleLength(tokens: readonly Token[], at: number, end: number, gaz: Gazetteer): number {
  const token = tokens[at];
  if (token === undefined || token.kind !== "word") return 0;
  const text = token.lower;
  if (text.endsWith(".")) return abbreviatedDatedTitleLength(tokens, at, end, gaz);
  const hyphen = text.indexOf("-");
  if (hyphen <= 0 || hyphen === text.length - 1) return 0;
  if (OFFICE_TIME_PREFIXES.has(text.slice(0, hyphen))) {
    let key = text.slice(hyphen + 1);
    let found = 0;
    for (let length = 1; length <= MAX_TITLE_TOKENS && at + length <= end; length++) {
      if (length > 1) key += ` ${(tokens[at + length - 1] as Token).lower}`;
      if (isTitlePhrase(key, gaz)) found = length;
    }
    return found;
  }
  const last = text.lastIndexOf("-");
  return OFFICE_TIME_SUFFIXES.has(text.slice(last + 1)) && isTitlePhrase(text.slice(0, last), gaz) ? 1 : 0;
}

/**
 * An abbreviated title, a hyphen and a suffix, which the tokenizer splits in three ("Rep.-elect", "Gov.-elect":
 * 3 tokens, or 0). Session 35 probe (AP, 2018): "Rep.-elect Alexandria Ocasio-Cortez" was the place
 * "Alexandria" and no person.
 */
function abbreviatedDatedTitleLength(
  tokens: readonly Token[],
  at: number,
  end: number,
  gaz: Gazetteer,
): number {
  const token = tokens[at] as Token;
  const hyphen = tokens[at + 1];
  const suffix = tokens[at + 2];
  if (at + 3 > end || hyphen === undefined || suffix === undefined) return 0;
  const glued = hyphen.text === "-" && hyphen.start === token.end && suffix.start === hyphen.end;
  return glued && OFFICE_TIME_SUFFIXES.has(suffix.lower) && isTitlePhrase(token.lower, gaz) ? 3 : 0;
}

/**
 * Whether token `i` may hold a hyphen or open an abbreviated dated title (one character test before any
 * look-up: most spans have none near).
 */
function hyphened(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  return token.text.indexOf("-") > 0 || (token.text.endsWith(".") && tokens[i + 1]?.text === "-");
}

/**
 * A one-word person after a dated title and the word right after it, one space on, untagged, in title case (each
 * part of a hyphened one too), no weekday ("Rep.-elect Dana Tuesday said") and no word the gazetteer or the
 * dictionary reads as anything but a surname: one
 * name ("Rep.-elect [Alexandria] Ocasio-Cortez said": the tagger, taught that "Alexandria" is a city, tagged it
 * alone and left the surname; session 35 probe).
 */
function withUntaggedSurname(
  span: TokenSpan,
  next: TokenSpan | undefined,
  tokens: readonly Token[],
  sentenceEnd: number,
  gaz: Gazetteer,
): TokenSpan {
  const word = tokens[span.end];
  if (word === undefined || span.end >= sentenceEnd || next?.first === span.end || word.kind !== "word")
    return span;
  if (word.start - (tokens[span.end - 1] as Token).end !== 1) return span;
  const isSurnamePart = (part: string): boolean => {
    const key = part.toLowerCase();
    return (
      isTitleCased(part) &&
      !gaz.ordinaryWords.has(key) &&
      !WEEKDAYS.has(key) &&
      ((gaz.phrases.get(key) ?? 0) & ~Kind.lastName & ~Kind.firstName) === 0
    );
  };
  if (!word.text.split("-").every(isSurnamePart)) return span;
  return { label: "PER", first: span.first, end: span.end + 1 };
}

/**
 * The sentence's spans with each dated title read as a title: a span opening on one loses it and is a person
 * (a span of the title alone is dropped); the span right after a dated title, or after it and one untagged
 * capitalized word (a first name the tagger left out), is a person from the word after the title on.
 */
export function datedTitleSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  sentenceStart: number,
  sentenceEnd: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  /** The end of the last dated title seen (where a person may start), and of the last span kept. */
  let titleEnd = -1;
  let keptEnd = sentenceStart;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s] as TokenSpan;
    let changed: TokenSpan | null = span;
    const length = hyphened(tokens, span.first) ? datedTitleLength(tokens, span.first, sentenceEnd, gaz) : 0;
    if (length > 0) {
      titleEnd = span.first + length;
      changed = titleEnd < span.end ? { label: "PER", first: titleEnd, end: span.end } : null;
    } else {
      // An untagged dated title ending one word before the span, at it, or inside it ("Then-Secretary of [State
      // Omar Lind]").
      for (let at = Math.max(span.first - MAX_TITLE_TOKENS, keptEnd); at < span.first; at++) {
        if (!hyphened(tokens, at)) continue;
        const untagged = datedTitleLength(tokens, at, sentenceEnd, gaz);
        if (untagged > 0) titleEnd = at + untagged;
      }
      // The span itself after the title, or one capitalized word the tagger left untagged and then the span.
      const gap = titleEnd === span.first - 1 && titleEnd >= keptEnd ? tokens[titleEnd] : undefined;
      if (titleEnd > span.first && titleEnd < span.end)
        changed = { label: "PER", first: titleEnd, end: span.end };
      else if (titleEnd === span.first && span.label !== "PER")
        changed = { label: "PER", first: span.first, end: span.end };
      else if (gap !== undefined && gap.kind === "word" && startsCapitalThenLower(gap.text))
        changed = { label: "PER", first: titleEnd, end: span.end };
    }
    // A first name alone after the title, and the span right after it: one person, which the tagger split in
    // two ("then-senator [ORG Dana] [PER Whitlow]": CHECK sample, seed 20261919, one such split).
    const next = spans[s + 1];
    const at = s;
    if (
      changed !== null &&
      changed.first === titleEnd &&
      changed.end - changed.first === 1 &&
      next !== undefined &&
      next.first === changed.end &&
      (tokens[next.first] as Token).start - (tokens[changed.first] as Token).end === 1
    ) {
      changed = { label: "PER", first: changed.first, end: next.end };
      s++;
    }
    if (changed !== null && changed.first === titleEnd && changed.end - changed.first === 1)
      changed = withUntaggedSurname(changed, spans[s + 1], tokens, sentenceEnd, gaz);
    if (changed !== span && out === null) out = spans.slice(0, at);
    if (changed !== null) {
      out?.push(changed);
      keptEnd = changed.end;
    }
  }
  return out ?? (spans as TokenSpan[]);
}
