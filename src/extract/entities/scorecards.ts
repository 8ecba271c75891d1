/**
 * A cricket scorecard's dismissals: "K. Amble st Ravindran b Okoro 22", "D. Croft c Lorde b Okoro 8", "c and b
 * Okoro". The lower-case marker ("c" caught, "st" stumped, "b" bowled) stands between two players' names, and the
 * tagger, whose window is two words, runs a name over "st" ("K. Amble st Ravindran") or reads the fielder after it
 * as a place. Where a line has two markers or more, each with a name after it and a score or another marker after
 * that name, the words after each marker are a player and nothing runs over a marker. Chosen from CoNLL dev FIT
 * (seed 20261244): three persons run over "st" in two scorecards (six spans wrong); scorecards are common in
 * cricket-playing countries' news of every decade.
 */
import { DISMISSAL_MARKERS } from "../../lexicon/match-results.js";
import { isCapitalized, isInitial, isNameShaped } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import type { TokenSpan } from "./spans.js";

/** The words a sentence must hold one of for scorecardSpans to read a scorecard in it (sentence-cues.ts skips the others). */
export const SCORECARD_CUES: readonly Iterable<string>[] = [DISMISSAL_MARKERS];

/** The longest dismissal marker: a longer token is no marker, asked before the set (the tagger-cpu profile: `isMarker` 0.40 → 0.12%). */
const LONGEST_MARKER = Math.max(...Array.from(DISMISSAL_MARKERS, (marker) => marker.length));
/** Runs after a batsman ("22"), a bowler's figures ("4-37", "9.5-0-44-1"). */
const SCORE = /^\d+(?:[-.]\d+)*$/u;
/** At most this many words in a player's name after a marker ("Tobias Okonkwo-Reyes"). */
const MOST_WORDS = 3;

/** Where the player's name that opens at `at` ends (exclusive): name-shaped words only; `at` when there is none. */
function nameEnd(tokens: readonly Token[], at: number, segmentEnd: number): number {
  let end = at;
  while (end < segmentEnd && end - at < MOST_WORDS && isNameShaped((tokens[end] as Token).text)) end++;
  return end;
}

/** Whether the token at `at` is a dismissal's marker with a player named after it and a score or marker next. */
function isMarker(tokens: readonly Token[], at: number, segmentEnd: number): number {
  // The length first: a look-up of every token's text (a new string, hashed for the Set) was 0.35% of a cold --jobs 1
  // Reuters profile (isMarker), and most words are longer than any marker.
  const text = (tokens[at] as Token).text;
  if (text.length > LONGEST_MARKER || !DISMISSAL_MARKERS.has(text)) return -1;
  const before = tokens[at - 1];
  if (before === undefined || !(isCapitalized(before.text) || before.text === "and")) return -1;
  const end = nameEnd(tokens, at + 1, segmentEnd);
  if (end === at + 1 || end >= segmentEnd) return -1;
  const after = (tokens[end] as Token).text;
  return SCORE.test(after) || DISMISSAL_MARKERS.has(after) ? end : -1;
}

/** The spans with a scorecard's players read whole after each marker, and no span over a marker. */
export function scorecardSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentFirst: number,
  segmentEnd: number,
): TokenSpan[] {
  const players: TokenSpan[] = [];
  const markers: number[] = [];
  for (let i = segmentFirst + 1; i < segmentEnd - 1; i++) {
    const end = isMarker(tokens, i, segmentEnd);
    if (end < 0) continue;
    markers.push(i);
    players.push({ label: "PER", first: i + 1, end });
  }
  if (markers.length < 2) return spans as TokenSpan[];
  // A batsman written as an initial and a name word before his dismissal ("S. Law c", "U. Chanda not out"), the
  // initial read as a place ("U.") and the name word left out or read alone.
  for (let i = segmentFirst + 2; i < segmentEnd; i++) {
    const word = (tokens[i] as Token).text;
    const out = tokens[i + 1]?.text === "out" && (word === "not" || word === "run");
    if (!(out || word === "lbw" || markers.includes(i))) continue;
    if (!isInitial((tokens[i - 2] as Token).text) || !isNameShaped((tokens[i - 1] as Token).text)) continue;
    if (isInitial(tokens[i - 3]?.text ?? "") || players.some((p) => p.end > i - 2 && p.first < i)) continue;
    players.push({ label: "PER", first: i - 2, end: i });
  }
  const out: TokenSpan[] = [];
  const isMarkerAt = (i: number): boolean => markers.includes(i);
  for (const span of spans) {
    // Pieces of the span between markers, each one kept unless a player's name covers it.
    let first = span.first;
    for (let i = span.first; i <= span.end; i++) {
      if (i < span.end && !isMarkerAt(i)) continue;
      if (i > first) {
        const piece = { label: span.label, first, end: i };
        const player = players.find((p) => p.first < piece.end && piece.first < p.end);
        if (player === undefined) {
          // A piece cut off before a marker that is an initial and a name word is the batsman ("D. Croft st").
          const person =
            span.label === "PER" ||
            (i < span.end && isInitial((tokens[first] as Token).text) && i - first === 2);
          out.push(person && piece.label !== "PER" ? { label: "PER", first, end: i } : piece);
        }
      }
      first = i + 1;
    }
  }
  out.push(...players);
  return out.sort((a, b) => a.first - b.first);
}
