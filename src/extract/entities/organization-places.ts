/**
 * Places the tagger read inside an organization or as one in sports results:
 * - a club or a firm and its country, read as one organization ("Corby of Germany drew 1-1", "Zentrix of Japan
 *   said"): the organization and the country. Not where the word before "of" is an ordinary word or a title ("Bank
 *   of Japan", "Duke of Norfolk", "Republic of Ireland" are one name each). CoNLL dev FIT (seed 20261215): two
 *   clubs' countries, and a person's.
 * - the venue that heads a line of results before a colon ("Corby: Harlow 199 and 426 (J. Quennell 111)"), read
 *   as the town's club: a town or a country the gazetteer knows, before a colon, then a capitalized name and a
 *   score. CoNLL dev FIT: two county grounds.
 */
import type { Token } from "../../types.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import { keyOf } from "./places.js";
import type { TokenSpan } from "./spans.js";

const NAME_WORD = /^\p{Lu}\p{Ll}/u;
const SCORE = /^\d+(?:-\d+)?$/;

/**
 * Whether tokens [first, end) name a country after "of". Not "America": "Zentrix of America" names a firm's US
 * subsidiary (Reuters bench: four such, and no firm "of America" that was the firm and its country).
 */
function isCountry(tokens: readonly Token[], first: number, end: number, gaz: Gazetteer): boolean {
  const key = keyOf(tokens, first, end);
  return key !== "america" && gaz.countries.has(key);
}

/** Whether the organization's word before "of" is a proper name: no ordinary word, no title. */
function isProperName(token: Token, gaz: Gazetteer): boolean {
  const key = token.text.toLowerCase();
  return (
    NAME_WORD.test(token.text) &&
    !gaz.ordinaryWords.has(key) &&
    !gaz.commonWords.has(key) &&
    ((gaz.phrases.get(key) ?? 0) & Kind.title) === 0
  );
}

/** Whether the one-word organization at `first` heads a line of results: "Corby: Harlow 199". */
function isVenue(tokens: readonly Token[], first: number, gaz: Gazetteer): boolean {
  if (tokens[first + 1]?.text !== ":") return false;
  const key = (tokens[first] as Token).text.toLowerCase();
  if (!gaz.cities.has(key) && !gaz.countries.has(key)) return false;
  const team = tokens[first + 2];
  if (team === undefined || !NAME_WORD.test(team.text)) return false;
  // The team's score after its name of one or two words.
  return SCORE.test(tokens[first + 3]?.text ?? "") || SCORE.test(tokens[first + 4]?.text ?? "");
}

/** The spans with each organization's country split off and each venue read as a place. */
export function organizationPlaces(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let s = spans.length - 1; s >= 0; s--) {
    const span = spans[s] as TokenSpan;
    if (span.label !== "ORG") continue;
    const length = span.end - span.first;
    if (length === 1 && isVenue(tokens, span.first, gaz)) {
      out ??= spans.slice();
      out[s] = { label: "LOC", first: span.first, end: span.end };
    } else if (
      length >= 3 &&
      tokens[span.first + 1]?.text === "of" &&
      isProperName(tokens[span.first] as Token, gaz) &&
      isCountry(tokens, span.first + 2, span.end, gaz)
    ) {
      out ??= spans.slice();
      out.splice(
        s,
        1,
        { label: "ORG", first: span.first, end: span.first + 1 },
        { label: "LOC", first: span.first + 2, end: span.end },
      );
    }
  }
  return out ?? (spans as TokenSpan[]);
}
