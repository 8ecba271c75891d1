/**
 * A given name written with an elided letter ("N'Golo", "N'Dri", "M'Bala", "D'Angelo": West and Central African and
 * American names), which the tagger, trained on "O'Neill" and "D'Arcy" as surnames, reads as a whole name and ends
 * the person there: the surname after it is a person of its own or nothing ("[PER N'Golo] [PER Tambadou]",
 * "[PER N'Golo] Tambadou"). One space after it, a surname that no list reads as anything else joins it. Not an
 * ordinary word ("O'Neill Backs Plan" in a headline), nor a place, a people's or a title's word. Invented probe
 * (s27, 30 names of many countries in 2020s wire shapes): the one name of this shape was cut in both readings.
 */
import { isTitleCasedWithJoins } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind, PLACE_KINDS, wordKind } from "./gazetteer.js";
import { replaceSpans } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

/** One capital, an apostrophe, then a capitalized word: "N'Golo", "M’Bala". */
const ELIDED_GIVEN_NAME = /^\p{Lu}['’]\p{Lu}\p{Ll}+$/u;

/** Whether token `at`, one space after `given`, is a surname no list reads as anything else. */
function isSurnameAfter(tokens: readonly Token[], at: number, given: Token, gaz: Gazetteer): boolean {
  const word = tokens[at];
  if (word === undefined || word.start - given.end !== 1 || !isTitleCasedWithJoins(word.text)) return false;
  if (gaz.commonWords.has(word.lower) || gaz.ordinaryWords.has(word.lower)) return false;
  return (wordKind(word.text) & (PLACE_KINDS | Kind.demonym | Kind.title | Kind.organization)) === 0;
}

/** The spans with each one-word person that is an elided given name joined to the surname after it. */
export function elidedGivenNameSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentEnd: number,
  gaz: Gazetteer,
): TokenSpan[] {
  return replaceSpans(spans, (span, s) => {
    if (span.label !== "PER" || span.end - span.first !== 1 || span.end >= segmentEnd) return null;
    const given = tokens[span.first] as Token;
    if (!ELIDED_GIVEN_NAME.test(given.text) || !isSurnameAfter(tokens, span.end, given, gaz)) return null;
    const next = spans[s + 1];
    if (next !== undefined && next.first === span.end) {
      if (next.label !== "PER") return null;
      return { spans: [{ label: "PER", first: span.first, end: next.end }], last: s + 1 };
    }
    return { spans: [{ label: "PER", first: span.first, end: span.end + 1 }], last: s };
  });
}
