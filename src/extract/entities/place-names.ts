/**
 * Place names the tagger cut, completed from the gazetteer: a span that stops one or two words before the end of
 * a known name ("UNITED" of "UNITED STATES", "KUALA" of "KUALA LUMPUR" in capitals), over whole capitalized words
 * on its line. (Known names of two or three words the tagger left untagged were also tried: none on CoNLL dev FIT
 * nor on the Reuters bench.)
 */
import type { Token } from "../../types.js";
import { isCapitalized } from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { keyOf } from "./places.js";
import type { TokenSpan } from "./spans.js";

/** Longest name completed or found, in words. */
const MOST_WORDS = 3;

function isKnownPlace(key: string, gaz: Gazetteer): boolean {
  return gaz.countries.has(key) || gaz.cities.has(key) || gaz.regions.has(key) || gaz.usStates.has(key);
}

function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && isCapitalized(token.text);
}

/** Whether tokens a and b are on one line, with nothing but spaces between. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^ +$/.test(text.slice(a.end, b.start));
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
    const limit = Math.min(segmentEnd, next?.first ?? segmentEnd, span.end + MOST_WORDS - 1);
    let end = span.end;
    for (let stop = span.end; stop < limit; stop++) {
      if (!isNameWord(tokens[stop]) || !adjacent(text, tokens[stop - 1] as Token, tokens[stop] as Token))
        break;
      if (isKnownPlace(keyOf(tokens, span.first, stop + 1), gaz)) end = stop + 1;
    }
    out.push(end === span.end ? span : { label: span.label, first: span.first, end });
  }
  return out;
}
