/**
 * A place before an office's title and its holder ("Virginia Gov. Ralph Northam", "Toronto Mayor John Tory",
 * "US President X") is a place and a person. The tagger, which learned from 1996 Reuters where the pattern is rare,
 * read the three as one person's span (and the person's span rule then dropped the place with the title) or as
 * one place running into the title ("[California Sen.] Kamala Harris"). Session 36 probe (AP, 2018): "Virginia",
 * "Texas", "Toronto" and "US" were lost, "California Sen." was a place.
 *
 * The place is the span's first one to three words that the gazetteer knows as a place and not as an
 * organization; the title is a capitalized title phrase right after it, one space apart, and no club's post
 * ("Chelsea Manager X" is the club's); a capitalized name follows the title: in a person's span, or after a place's
 * span that ends with the title, where it must open with a known first name. An organization's span, or a place's
 * that runs on into the name, is rolePersons' (person-joins.ts: "[Alberta Premier Dana Whitlow]").
 */
import { CLUB_ROLES } from "../../lexicon/match-report-words.js";
import { isOneSpaceRun } from "../../text/spacing.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind, PLACE_KINDS } from "./gazetteer.js";
import { keyOf } from "./places.js";
import { replaceSpans } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";
import { titleAtStart } from "./title-phrases.js";

/** At most this many words of a place's name ("Prince Edward Island"). */
const MOST_PLACE_WORDS = 3;

/** The spans with each place before a title split from the title and its holder (the file's comment). */
export function placeBeforeTitleSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan[] {
  return replaceSpans(spans, (span, s) => {
    const split = span.end - span.first < 2 ? null : splitAt(span, tokens, gaz);
    if (split === null) return null;
    const place: TokenSpan = { label: "LOC", first: span.first, end: split.placeEnd };
    if (split.titleEnd === span.end) return { spans: [place], last: s };
    return { spans: [place, { label: "PER", first: split.placeEnd, end: span.end }], last: s };
  });
}

/** Where the span's place and its title end, or null when the span opens with no place before a title. */
function splitAt(
  span: TokenSpan,
  tokens: readonly Token[],
  gaz: Gazetteer,
): { placeEnd: number; titleEnd: number } | null {
  // An organization's span, and a place's that runs on into the name, are rolePersons' (person-joins.ts).
  if (span.label !== "PER" && span.label !== "LOC") return null;
  for (let words = Math.min(MOST_PLACE_WORDS, span.end - span.first - 1); words >= 1; words--) {
    const placeEnd = span.first + words;
    if (!isOneSpaceRun(tokens, span.first, placeEnd)) continue;
    const kinds = gaz.phrases.get(keyOf(tokens, span.first, placeEnd)) ?? 0;
    if ((kinds & PLACE_KINDS) === 0 || (kinds & Kind.organization) !== 0) continue;
    const titleEnd = titleEndAt(tokens, span, placeEnd, gaz);
    if (titleEnd === 0) continue;
    // A place's span ends with the title; a person's runs on into the holder's name.
    if ((titleEnd === span.end) !== (span.label === "LOC")) continue;
    const holder = tokens[titleEnd];
    if (holder === undefined || !isCapitalized(holder.text)) continue;
    // After a place's span the holder's name opens with a known first name: a one-word title is also a word of
    // firms' and bodies' names ("[Portland General] Electric": Reuters bench).
    if (span.label === "LOC" && ((gaz.phrases.get(holder.lower) ?? 0) & Kind.firstName) === 0) continue;
    return { placeEnd, titleEnd };
  }
  return null;
}

/**
 * The end of the longest title phrase at `at` (title-phrases.ts), capitalized, one space from the place and
 * within itself, and no club's post; 0 for none. In a person's span the holder's name follows inside it; a
 * place's span ends with the title, the name after it.
 */
function titleEndAt(tokens: readonly Token[], span: TokenSpan, at: number, gaz: Gazetteer): number {
  if (!isCapitalized((tokens[at] as Token).text)) return 0;
  const holderEnd = span.label === "LOC" ? span.end + 1 : span.end;
  const titleEnd = at + titleAtStart(tokens, { label: span.label, first: at, end: holderEnd }, gaz);
  if (titleEnd === at || !isOneSpaceRun(tokens, at - 1, titleEnd)) return 0;
  // A club's post after a town is the club's ("Chelsea Manager X", club-roles.ts), no office of the place.
  return CLUB_ROLES.has((tokens[titleEnd - 1] as Token).lower) ? 0 : titleEnd;
}
