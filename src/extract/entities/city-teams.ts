/**
 * A town's name and a capitalized plural right after it ("the Calgary Flames", "the Vancouver Canucks", "Leeds
 * Rhinos") name a sports team: an organization, neither the town nor a place. The tagger, trained on 1996 Reuters
 * where clubs are written with the town alone, reads the town as a place and leaves the nickname out, or reads both
 * words as a place. Lead's probe (session 30, an invented Canadian Press hockey story): "Calgary" and "Vancouver
 * Canucks" listed as places, the team lost.
 * The town is one to three words ("St. Louis") the gazetteer knows as a city, a region or a US state; the nickname one or two
 * capitalized words, the last a plural ending in "s" or a singular nickname ("Lightning": SINGULAR_NICKNAMES), not followed by another capitalized word ("the Chicago
 * Teachers Union" is a union's name), not a plural of NOT_NICKNAME_PLURALS nor one whose singular ends a place's
 * name ("Niagara Falls", "Hamilton Towers"), and the whole no place the gazetteer knows.
 */
import { WEEKDAYS } from "../../lexicon/attribution-phrases.js";
import { PLACE_OF_NOUNS } from "../../lexicon/name-contexts.js";
import { PLACE_SUFFIXES, VENUE_WORDS } from "../../lexicon/place-suffixes.js";
import { NOT_NICKNAME_PLURALS, SINGULAR_NICKNAMES } from "../../lexicon/team-nicknames.js";
import { startsCapitalThenLower } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import { keyOf } from "./places.js";
import type { TokenSpan } from "./spans.js";

const TOWN_KINDS = Kind.city | Kind.bigCity | Kind.region | Kind.state;
const PLACE_KINDS = TOWN_KINDS | Kind.country;

/** The spans with each town and its team's nickname read as the team (the file's comment). */
export function cityTeamSpans(
  text: string,
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  endToken: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  // A swallowed nickname shortens the list: its length is read at each step.
  for (let s = 0; s < (out ?? spans).length; s++) {
    const span = (out ?? spans)[s] as TokenSpan;
    if (span.label !== "LOC") continue;
    if (isNicknameAfterThe(text, span, tokens, gaz)) {
      out ??= spans.slice();
      out[s] = { label: "ORG", first: span.first, end: span.end };
      continue;
    }
    const team = teamOf(text, span, tokens, endToken, gaz);
    if (team === null) continue;
    const next = (out ?? spans)[s + 1];
    // A span that starts inside the nickname and runs past it is another reading: left alone.
    if (next !== undefined && next.first < team.end && next.end > team.end) continue;
    out ??= spans.slice();
    // A nickname the tagger read as spans of their own ("Maple Leafs", or "Maple" and "Leafs") is part of the name.
    let swallowed = 1;
    while (s + swallowed < out.length && (out[s + swallowed] as TokenSpan).end <= team.end) swallowed++;
    out.splice(s, swallowed, { label: "ORG", first: span.first, end: team.end });
  }
  return out ?? (spans as TokenSpan[]);
}

/** The team's span of a place span that is, or opens, a town and a nickname, else null. */
function teamOf(
  text: string,
  span: TokenSpan,
  tokens: readonly Token[],
  endToken: number,
  gaz: Gazetteer,
): { end: number } | null {
  const length = span.end - span.first;
  // The town is the whole span (the nickname after it) or the span's first one to three words (the nickname inside).
  for (let town = 1; town <= 3 && town <= length; town++) {
    const townEnd = span.first + town;
    if (((gaz.phrases.get(keyOf(tokens, span.first, townEnd)) ?? 0) & TOWN_KINDS) === 0) continue;
    for (let nickname = 1; nickname <= 2; nickname++) {
      const end = townEnd + nickname;
      if (end > endToken || end < span.end) continue;
      if (
        isNickname(text, tokens, townEnd, end, endToken, gaz) &&
        !isKnownPlace(tokens, span.first, end, gaz)
      )
        return { end };
    }
  }
  return null;
}

/** Whether tokens [first, end) are capitalized words one space apart, the last a team's plural, and the name ends there. */
function isNickname(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  endToken: number,
  gaz: Gazetteer,
): boolean {
  for (let i = first; i < end; i++) {
    const word = tokens[i] as Token;
    if (word.kind !== "word" || !startsCapitalThenLower(word.text)) return false;
    // A division's or a place's word ("Prince George District Teachers' Association"): a body of the place.
    if (PLACE_OF_NOUNS.has(word.lower) || PLACE_SUFFIXES.has(word.lower)) return false;
    // A place's name is no nickname's word ("Midland Texas").
    if (((gaz.phrases.get(word.lower) ?? 0) & PLACE_KINDS) !== 0) return false;
    // One space, not a line break: wire text wraps "Midland\nTexas".
    if (word.start - (tokens[i - 1] as Token).end !== 1 || text[word.start - 1] !== " ") return false;
  }
  const last = (tokens[end - 1] as Token).lower;
  if (!SINGULAR_NICKNAMES.has(last) && !isTeamPlural(last)) return false;
  // The name ends at the plural: "the Chicago Teachers Union" goes on, so does "the Calgary Teachers' Association".
  let next = end;
  if (next < endToken && /^['’]s?$/u.test((tokens[next] as Token).text)) next++;
  const after = next < endToken ? tokens[next] : undefined;
  return after === undefined || after.kind !== "word" || !/^\p{Lu}/u.test(after.text);
}

/** Whether a lower-case word may be a team's plural nickname: none of a place's, a venue's or a weekday's. */
function isTeamPlural(word: string): boolean {
  if (word.length < 4 || !word.endsWith("s") || word.endsWith("ss") || NOT_NICKNAME_PLURALS.has(word))
    return false;
  const singular = word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  // "in Calgary Tuesdays": a weekday's plural dates, it names nothing.
  return !(
    PLACE_SUFFIXES.has(singular) ||
    VENUE_WORDS.has(singular) ||
    PLACE_OF_NOUNS.has(singular) ||
    WEEKDAYS.has(singular)
  );
}

/**
 * A place span of one capitalized plural of the dictionary right after "the", no town before it ("the Raptors
 * beat the Bucks"): a team known by its nickname alone, which the tagger read as a place (session 36 probe, CP
 * 2019 sport). Not a region's plural ("the Prairies": NOT_NICKNAME_PLURALS) nor a place the gazetteer knows.
 */
function isNicknameAfterThe(
  text: string,
  span: TokenSpan,
  tokens: readonly Token[],
  gaz: Gazetteer,
): boolean {
  if (span.end - span.first !== 1 || tokens[span.first - 1]?.lower !== "the") return false;
  const word = tokens[span.first] as Token;
  if (!startsCapitalThenLower(word.text) || !gaz.ordinaryWords.has(word.lower) || !isTeamPlural(word.lower))
    return false;
  if (text[word.start - 1] !== " " || ((gaz.phrases.get(word.lower) ?? 0) & PLACE_KINDS) !== 0) return false;
  const after = tokens[span.end];
  return after === undefined || after.kind !== "word" || !/^\p{Lu}/u.test(after.text);
}

function isKnownPlace(tokens: readonly Token[], first: number, end: number, gaz: Gazetteer): boolean {
  return ((gaz.phrases.get(keyOf(tokens, first, end)) ?? 0) & PLACE_KINDS) !== 0;
}
