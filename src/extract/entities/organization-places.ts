/**
 * Places the tagger read inside an organization or as one in sports results:
 * - a club or a firm and its country, read as one organization ("Corby of Austria drew 1-1", "Zentrix of Japan
 *   said"): the organization and the country. Not where the word before "of" is an ordinary word or a title ("Bank
 *   of Japan", "Duke of Rutland", "Republic of Korea" are one name each). CoNLL dev FIT (seed 20261215): two
 *   clubs' countries.
 * - the venue that heads a line of results before a colon ("Corby: Harlow 199 and 426 (J. Quennell 111)"), read
 *   as the town's club: a town or a country the gazetteer knows, before a colon, then a capitalized name and a
 *   score. CoNLL dev FIT: two county grounds.
 * - a wire's newsroom in its sign-off: "-- Corby Newsroom +44 1536" names the newsroom, an organization, and
 *   "Dana Whitlow, Corby newsroom" the town it is in (CoNLL dev's convention, 7 and 6 of them). The tagger read the
 *   town alone as a place or its club, and "Newsroom" as a second place. CoNLL dev FIT: four.
 */
import { COMPANY_FORMS, ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { isCapitalized, startsCapitalThenLower } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import { keyOf } from "./places.js";
import { replaceSpans } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

const SCORE = /^\d+(?:-\d+)?$/;

/**
 * Whether tokens [first, end) name a country after "of" ("Zentrix of Japan"). Not "America": "Zentrix of America"
 * names a firm's US subsidiary (Reuters bench: four such, and no firm "of America" that was the firm and its
 * country). Not a town: on the Reuters bench seven of twelve firms "of" a town were one name ("Lloyds of London",
 * "Commonwealth of Massachusetts") or a company word before it ("Co of Buffalo").
 */
function isCountry(tokens: readonly Token[], first: number, end: number, gaz: Gazetteer): boolean {
  const key = keyOf(tokens, first, end);
  return key !== "america" && gaz.countries.has(key);
}

/** Whether the organization's word before "of" is a proper name: no ordinary word, no title, no company word. */
function isProperName(token: Token, gaz: Gazetteer): boolean {
  const key = token.lower;
  return (
    startsCapitalThenLower(token.text) &&
    !gaz.ordinaryWords.has(key) &&
    !ORGANIZATION_SUFFIXES.has(key) &&
    !COMPANY_FORMS.has(key) &&
    !gaz.commonWords.has(key) &&
    ((gaz.phrases.get(key) ?? 0) & Kind.title) === 0
  );
}

/** Whether the one-word organization at `first` heads a line of results: "Corby: Harlow 199". */
function isVenue(tokens: readonly Token[], first: number, gaz: Gazetteer): boolean {
  if (tokens[first + 1]?.text !== ":") return false;
  const key = (tokens[first] as Token).lower;
  if (!gaz.cities.has(key) && !gaz.countries.has(key)) return false;
  const team = tokens[first + 2];
  if (team === undefined || !startsCapitalThenLower(team.text)) return false;
  // The team's score after its name of one or two words.
  return SCORE.test(tokens[first + 3]?.text ?? "") || SCORE.test(tokens[first + 4]?.text ?? "");
}

/** The spans with each newsroom of a sign-off read as an organization, and the town before "newsroom" as a place. */
function newsrooms(spans: readonly TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let s = spans.length - 1; s >= 0; s--) {
    const span = spans[s] as TokenSpan;
    if (span.label !== "LOC" && span.label !== "ORG") continue;
    const next = tokens[span.end]?.text;
    if (next === "newsroom" && span.label === "ORG" && isCapitalizedName(tokens, span)) {
      out ??= spans.slice();
      out[s] = { label: "LOC", first: span.first, end: span.end };
    } else if (next === "Newsroom" && isCapitalizedName(tokens, span)) {
      out ??= spans.slice();
      // "Newsroom" read as a span of its own is part of the newsroom's name.
      const own = out[s + 1]?.first === span.end ? 2 : 1;
      out.splice(s, own, { label: "ORG", first: span.first, end: span.end + 1 });
    }
  }
  return out ?? (spans as TokenSpan[]);
}

function isCapitalizedName(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let i = span.first; i < span.end; i++) if (!isCapitalized((tokens[i] as Token).text)) return false;
  return true;
}

/** The spans with each organization's country split off, each venue read as a place, each newsroom named. */
export function organizationPlaces(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan[] {
  const read = replaceSpans(spans, (span, s) => {
    if (span.label !== "ORG") return null;
    const length = span.end - span.first;
    if (length === 1 && isVenue(tokens, span.first, gaz))
      return { spans: [{ label: "LOC", first: span.first, end: span.end }], last: s };
    if (
      length >= 3 &&
      tokens[span.first + 1]?.text === "of" &&
      isProperName(tokens[span.first] as Token, gaz) &&
      isCountry(tokens, span.first + 2, span.end, gaz)
    )
      return {
        spans: [
          { label: "ORG", first: span.first, end: span.first + 1 },
          { label: "LOC", first: span.first + 2, end: span.end },
        ],
        last: s,
      };
    return null;
  });
  return newsrooms(read, tokens);
}
