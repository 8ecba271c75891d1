/**
 * Place names the tagger cut, completed from the gazetteer: a span that stops one or two words before the end of
 * a known name ("UNITED" of "UNITED STATES", "KUALA" of "KUALA LUMPUR" in capitals), over whole capitalized words
 * on its line. (Known names of two or three words the tagger left untagged were also tried: none on CoNLL dev FIT
 * nor on the Reuters bench.)
 */
import { isCapitalizedWord } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { datelinePlaces } from "./datelines.js";
import { isKnownFirstName } from "./first-name.js";
import { type Gazetteer, Kind, PLACE_KINDS, wordKind } from "./gazetteer.js";
import { organizationPlaces } from "./organization-places.js";
import { isKnownPlace, keyOf } from "./places.js";
import { replaceSpans } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

/** Longest name completed or found, in words. */
const MOST_WORDS = 3;

/** Whether tokens a and b are on one line, with nothing but spaces between. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^ +$/.test(text.slice(a.end, b.start));
}

/**
 * Whether the person read after a place is the rest of the place's name and a title ("South" + "Dakota Gov." of
 * "South Dakota Gov. Dana Whitlow"): the place completed is a known name, and the person's other words are all
 * titles. CoNLL dev FIT (seed 20261224): one.
 */
function isPlaceBeforeTitle(
  text: string,
  tokens: readonly Token[],
  span: TokenSpan,
  next: TokenSpan | undefined,
  gaz: Gazetteer,
): boolean {
  if (next?.label !== "PER" || next.first !== span.end || next.end - next.first < 2) return false;
  if (!adjacent(text, tokens[span.end - 1] as Token, tokens[next.first] as Token)) return false;
  if (!isKnownPlace(keyOf(tokens, span.first, next.first + 1), gaz)) return false;
  for (let i = next.first + 1; i < next.end; i++)
    if ((wordKind((tokens[i] as Token).text) & Kind.title) === 0) return false;
  return true;
}

/**
 * The spans with each place extended over the words that finish a known name, up to the next span, or joined to
 * the next place when the two make one ("STERLING" + "HEIGHTS").
 */
export function completePlaces(
  text: string,
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentEnd: number,
  gaz: Gazetteer,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s] as TokenSpan;
    if (span.label !== "LOC" || isKnownPlace(keyOf(tokens, span.first, span.end), gaz)) {
      out.push(span);
      continue;
    }
    const next = spans[s + 1];
    if (
      next?.label === "LOC" &&
      next.first === span.end &&
      adjacent(text, tokens[span.end - 1] as Token, tokens[next.first] as Token) &&
      isKnownPlace(keyOf(tokens, span.first, next.end), gaz)
    ) {
      out.push({ label: "LOC", first: span.first, end: next.end });
      s++;
      continue;
    }
    if (isPlaceBeforeTitle(text, tokens, span, next, gaz)) {
      out.push({ label: "LOC", first: span.first, end: span.end + 1 });
      s++;
      continue;
    }
    const limit = Math.min(segmentEnd, next?.first ?? segmentEnd, span.end + MOST_WORDS - 1);
    let end = span.end;
    for (let stop = span.end; stop < limit; stop++) {
      if (
        !isCapitalizedWord(tokens[stop]) ||
        !adjacent(text, tokens[stop - 1] as Token, tokens[stop] as Token)
      )
        break;
      if (isKnownPlace(keyOf(tokens, span.first, stop + 1), gaz)) end = stop + 1;
    }
    out.push(end === span.end ? span : { label: span.label, first: span.first, end });
  }
  return out;
}

/** A country, a US state or another country's region: no town, whose name many people bear ("Paris", "Lincoln"). */
const LAND_KINDS = Kind.country | Kind.state | Kind.region;

/**
 * A person read over a surname and the land after it, in a headline's run of nouns ("Premier backs Whitlow
 * Bavaria peace plan"): the surname is the person, the land a place. Only a two-word span whose first word is no
 * known first name, no ordinary word and no place ("Paul Jordan", "New Jersey", "Bosnia Herzegovina" stay) and
 * whose last is a country, a US state or a region the gazetteer knows, and no town nor ordinary word ("Admiralty
 * Island": "Island" is also a country's own name). The resolver then read the land as that person's surname all through the document.
 * CoNLL dev FIT (seed 20261215): one headline, and the region read as a person fourteen times after it.
 */
export function placesAfterSurnames(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan[] {
  return replaceSpans(spans, (span, s) => {
    if (span.label !== "PER" || span.end - span.first !== 2) return null;
    const surname = tokens[span.first] as Token;
    const land = tokens[span.first + 1] as Token;
    if (!isCapitalizedWord(surname) || !isCapitalizedWord(land) || isKnownFirstName(surname.text))
      return null;
    if (gaz.ordinaryWords.has(surname.text.toLowerCase()) || gaz.ordinaryWords.has(land.text.toLowerCase()))
      return null;
    const landKind = wordKind(land.text);
    if ((landKind & LAND_KINDS) === 0 || (landKind & (Kind.city | Kind.bigCity)) !== 0) return null;
    if ((wordKind(surname.text) & (PLACE_KINDS | Kind.demonym)) !== 0) return null;
    return {
      spans: [
        { label: "PER", first: span.first, end: span.first + 1 },
        { label: "LOC", first: span.first + 1, end: span.end },
      ],
      last: s,
    };
  });
}

/** The tagger's spans with the place repairs of this file, organization-places.ts and datelines.ts, in order. */
export function placeSpans(
  text: string,
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentEnd: number,
  gaz: Gazetteer,
  segmentFirst = -1,
): TokenSpan[] {
  return datelinePlaces(
    completePlaces(
      text,
      organizationPlaces(placesAfterSurnames(spans, tokens, gaz), tokens, gaz),
      tokens,
      segmentEnd,
      gaz,
    ),
    text,
    tokens,
    gaz,
    segmentFirst,
  );
}
