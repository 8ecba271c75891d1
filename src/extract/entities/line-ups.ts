/**
 * A side's line-up at the end of a match report: a line that opens with the side's name and a colon, then its
 * players by surname, comma or semicolon between them ("Ashworth Rovers: Whitlock, Peters, Hale, …, Lund.",
 * "Wasps: Van Gisbergen; Sackey, Erinle, Abbott, Voyce; King, Dawson; …, Dallaglio (capt)."), a substitute in
 * brackets with the minute he came on ("Dyer (Okonkwo 46)"). A reader takes every name there as a player's,
 * whatever else the word could be ("King", "Green", "Lund", "Cairns"); the tagger, whose window is two words,
 * reads many such surnames as towns or firms or leaves them out, and the list rule (name-lists.ts) needs most of
 * a list read as persons already. Here the frame alone decides: a heading the tagger read as an organization or
 * a place (the side, by its club's or its town's name) and eight names at least (a side's eleven, a rugby
 * fifteen), or a heading of a list of players only ("Subs not used:", "Replacements:", lexicon
 * PLAYER_LIST_HEADINGS) and two names at least; at least two names the tagger read as persons; every item one to
 * three name words, the line ending with the list. A country's name stays a country's.
 * Session 27's probe (British 2004-05 sports pages): 28 players of two line-ups missed, of 44 people missed in all.
 */
import { LINE_UP_NOTES, PLAYER_LIST_HEADINGS } from "../../lexicon/match-report-words.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { endsLine, opensLine } from "../../text/token-lines.js";
import { isNameShapedOrElided } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import type { Gazetteer } from "./gazetteer.js";
import { keyOf } from "./places.js";
import { withSpanInPlace } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

/** A score right after a side's name: " 24", " 3 ", " 21\n". */
const SCORE_AFTER = /^ \d{1,3}(?!\d)(?![.,:]\d)/u;
/** A minute a substitute came on: "46", "79", "90+2". */
const MINUTE = /^\d{1,3}$/u;
/** A note after a scorer's minute: a penalty, an own goal. */
const SCORE_NOTES: ReadonlySet<string> = new Set(["pen", "og"]);
/** At most this many words in a player's name ("Van Gisbergen", "Jan van der Berg"). */
const MOST_WORDS = 3;
/** A side's line-up names at least this many players (a team's heading). */
const LEAST_SIDE = 8;
/** A list of players under a players-only heading names at least this many. */
const LEAST_LISTED = 2;
/** Names the tagger read as persons, at least. */
const LEAST_READ = 2;
/** At most this many words in a heading ("Subs not used", "Kellingford City"). */
const MOST_HEADING = 4;

interface Item {
  first: number;
  end: number;
}

/** A capital alone, its stop or not: a player's initial ("G Thomas", "S. Jones"). */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * Where a player's name from `at` ends: name words, a lower-case particle only inside ("van der Berg"), an initial
 * only first and before a name word ("G Thomas (capt); Rees, S Williams": a rugby line-up, session 32's probe).
 */
function nameEnd(tokens: readonly Token[], at: number, segmentEnd: number): number {
  let end = at;
  while (end < segmentEnd && end - at < MOST_WORDS) {
    const text = (tokens[end] as Token).text;
    if (isNameShapedOrElided(text)) end++;
    else if (end === at && INITIAL.test(text) && isNameShapedOrElided(tokens[end + 1]?.text ?? "")) end++;
    else if (end > at && NAME_PARTICLES.has(text) && isNameShapedOrElided(tokens[end + 1]?.text ?? "")) end++;
    else break;
  }
  return end;
}

/**
 * The players listed from `at` to the line's end (a full stop may close it), each name's tokens; null when the
 * line holds anything else.
 */
function playersFrom(text: string, tokens: readonly Token[], at: number, segmentEnd: number): Item[] | null {
  const items: Item[] = [];
  let i = at;
  for (;;) {
    const end = nameEnd(tokens, i, segmentEnd);
    if (end === i) return null;
    items.push({ first: i, end });
    i = end;
    // A bracket after the name: a note ("(capt)") or the substitute who replaced him ("(Okonkwo 46)").
    if (tokens[i]?.text === "(") {
      const note = tokens[i + 1]?.text ?? "";
      // A note, or the minute alone ("Sent Off: Bowyer (78).").
      if ((LINE_UP_NOTES.has(note.toLowerCase()) || MINUTE.test(note)) && tokens[i + 2]?.text === ")") i += 3;
      else {
        const subEnd = nameEnd(tokens, i + 1, segmentEnd);
        if (subEnd === i + 1 || !MINUTE.test(tokens[subEnd]?.text ?? "") || tokens[subEnd + 1]?.text !== ")")
          return null;
        items.push({ first: i + 1, end: subEnd });
        i = subEnd + 2;
      }
    }
    // A scorer's minutes or count after the name ("Lampard 23, 59", "Wilkinson 3"), a penalty's or an own goal's
    // note after one ("Duff 59 pen").
    while (i < segmentEnd && !endsLine(text, tokens, i - 1) && MINUTE.test((tokens[i] as Token).text)) {
      i++;
      if (SCORE_NOTES.has(tokens[i]?.text ?? "")) i++;
      if (tokens[i]?.text === "," && MINUTE.test(tokens[i + 1]?.text ?? "")) i++;
    }
    if (i >= segmentEnd || endsLine(text, tokens, i - 1)) return items;
    const separator = (tokens[i] as Token).text;
    if (separator === "." && (i + 1 >= segmentEnd || endsLine(text, tokens, i))) return items;
    if (separator !== "," && separator !== ";") return null;
    i++;
  }
}

/** The label of the one span that is exactly the item, "" for none or a span crossing its bounds. */
function labelOf(item: Item, spans: readonly TokenSpan[]): string {
  for (const span of spans) {
    if (span.end <= item.first || span.first >= item.end) continue;
    return span.first === item.first && span.end === item.end ? span.label : "";
  }
  return "";
}

/**
 * The players of the line-up whose colon is at `colon` (a country's name left out), or null for no line-up: a
 * heading at the line's start, the side's (capitalized words the spans read as an organization or a place, or
 * else most of the names read as persons) or a players-only heading, then the names to the line's end.
 */
function lineUpAt(
  text: string,
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  colon: number,
  segmentFirst: number,
  segmentEnd: number,
  gaz: Gazetteer,
  afterLineUp: boolean,
): Item[] | null {
  let first = colon - 1;
  while (first > segmentFirst && colon - first < MOST_HEADING && !opensLine(text, tokens, first)) first--;
  if (first < 0 || !opensLine(text, tokens, first)) return null;
  const heading = tokens.slice(first, colon);
  const players = PLAYER_LIST_HEADINGS.has(heading.map((t) => t.lower).join(" "));
  if (!players && !heading.every((t) => isNameShapedOrElided(t.text) || /^\p{Lu}+$/u.test(t.text)))
    return null;
  const items = playersFrom(text, tokens, colon + 1, segmentEnd);
  if (items === null || items.length < (players ? (afterLineUp ? 1 : LEAST_LISTED) : LEAST_SIDE)) return null;
  // Under a players-only heading after a side's line-up in the document ("Subs Not Used:", "Booked:" under
  // "Chelsea: Cech, ..."), the frame says it all: the tagger reads a bench of foreign surnames as towns (session 31
  // probe, BBC-style match reports: 9 of 10 substitutes read as places or firms).
  if (players && afterLineUp) return items.filter(notCountry(tokens, gaz));
  const labels = items.map((item) => labelOf(item, spans));
  const read = labels.filter((label) => label === "PER").length;
  // A side the document gives a score ("Hornets 24 Falcons 21"): its line-up whatever the tagger read (on
  // invented surnames it reads most of a line-up as towns).
  if (!players && isScored(text, tokens, first, colon)) return items.filter(notCountry(tokens, gaz));
  // Not a firm's list of towns ("<Bus line>: Leeds, York, …"): no fewer persons read than places.
  if (read < labels.filter((label) => label === "LOC").length) return null;
  if (read < LEAST_READ) return null;
  const side = spans.find((s) => s.first === first && s.end === colon);
  const named = side !== undefined && (side.label === "ORG" || side.label === "LOC");
  // A side's heading the tagger read as no name ("Wasps", an ordinary word): most names must read as persons.
  if (!players && !named && 2 * read < items.length) return null;
  return items.filter(notCountry(tokens, gaz));
}

/** Whether an item is no country's name (a country stays a country). */
function notCountry(tokens: readonly Token[], gaz: Gazetteer): (item: Item) => boolean {
  return (item) => !gaz.countries.has(keyOf(tokens, item.first, item.end));
}

/** Whether the document writes the heading's words with a score after them ("Falcons 21", "Kellingford City 2"). */
function isScored(text: string, tokens: readonly Token[], first: number, colon: number): boolean {
  const name = text.slice((tokens[first] as Token).start, (tokens[colon - 1] as Token).end);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (SCORE_AFTER.test(text.slice(at + name.length, at + name.length + 5))) return true;
  }
  return false;
}

/**
 * The spans with a line-up's players read as persons, each name whole; each player's start offset goes into
 * `players`, for extractMentions to mark the player's mention (Mention.role): the naming passes that settle a
 * one-word person by its word ("King", "Green", "Bracken" an ordinary word, a party, a town) leave it a person.
 */
export function lineUpSpans(
  text: string,
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentFirst: number,
  segmentEnd: number,
  gaz: Gazetteer,
  players: Set<number>,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let colon = segmentFirst + 1; colon < segmentEnd - 1; colon++) {
    if ((tokens[colon] as Token).text !== ":") continue;
    const current: readonly TokenSpan[] = out ?? spans;
    const items = lineUpAt(text, current, tokens, colon, segmentFirst, segmentEnd, gaz, players.size > 0);
    if (items === null) continue;
    let next = current;
    for (const p of items) {
      next = withSpanInPlace(next, { label: "PER", first: p.first, end: p.end });
      players.add((tokens[p.first] as Token).start);
    }
    out = next as TokenSpan[];
  }
  return out ?? (spans as TokenSpan[]);
}
