/**
 * A town's club named by the town's bare name before a post of its player or staff ("Rochdale manager Dana
 * Whitlow", "the Harrogate striker", "Dagenham keeper"): news of football, cricket and rugby names clubs so, and
 * the tagger, trained on prose, reads the town as a place, a person or nothing. The town is then the club: one
 * organization (CoNLL's convention for clubs and county sides: "Yorkshire skipper"). A country is left a country
 * (national sides are written and read as their countries), and so is a US state.
 * "manager" and "boss" only after a town that is no big city (lexicon CLUB_STAFF_ROLES). Invented probe (s24): 3
 * of 4 such towns read as a place or left out.
 */
import { CLUB_ROLES, CLUB_STAFF_ROLES } from "../../lexicon/match-report-words.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import { keyOf } from "./places.js";
import { withSpanOver } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

/** The words a sentence must hold one of for clubRoleSpans to read a club in it (sentence-cues.ts skips the others). */
export const CLUB_ROLE_CUES: readonly Iterable<string>[] = [CLUB_ROLES];

/** A town's name word: capitalized, letters and inner hyphens ("Stoke-on-Trent" is one token or three). */
const TOWN_WORD = /^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u;
/** At most this many words of a town's name. */
const MOST_WORDS = 2;

/**
 * Where the town's name right before the post at `at` starts: its longest run of one or two capitalized words, one
 * space apart, that the gazetteer knows as a city or a region and not as a country or a US state; -1 when none.
 */
function townBefore(
  tokens: readonly Token[],
  at: number,
  first: number,
  gaz: Gazetteer,
  staff: boolean,
): number {
  for (let start = Math.max(first, at - MOST_WORDS); start < at; start++) {
    let words = true;
    for (let i = start; i < at && words; i++)
      words =
        TOWN_WORD.test((tokens[i] as Token).text) &&
        (i === start || (tokens[i] as Token).start === (tokens[i - 1] as Token).end + 1);
    if (!words || (tokens[at] as Token).start !== (tokens[at - 1] as Token).end + 1) continue;
    const key = keyOf(tokens, start, at);
    const kinds = gaz.phrases.get(key) ?? 0;
    if ((kinds & (Kind.city | Kind.bigCity | Kind.region)) === 0 || gaz.countries.has(key)) continue;
    if ((kinds & (Kind.country | Kind.state)) !== 0) return -1;
    // A firm's branch or an airline's crew in a big city ("its Tokyo manager").
    return staff && (kinds & Kind.bigCity) !== 0 ? -1 : start;
  }
  return -1;
}

/** The spans of segment [first, end) with each town before a club's post one ORG span. */
export function clubRoleSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let at = first + 1; at < end; at++) {
    const role = (tokens[at] as Token).text;
    if (!CLUB_ROLES.has(role)) continue;
    const start = townBefore(tokens, at, first, gaz, CLUB_STAFF_ROLES.has(role));
    if (start < 0) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    let a = 0;
    while (a < current.length && (current[a] as TokenSpan).end <= start) a++;
    const span = current[a];
    if (span !== undefined && span.first < at) {
      // A span over exactly the town's words, read as a place, a person or a demonym's word: the club.
      if (span.first !== start || span.end !== at || span.label === "ORG") continue;
    }
    out = withSpanOver(current, { label: "ORG", first: start, end: at }) ?? out;
  }
  return out ?? (spans as TokenSpan[]);
}
