/**
 * A town's club written with the town's bare name in a result: "Harlow 31 Corby 17", "Corby beat Harlow 31-17",
 * "a 40-12 win over Corby", a league table's row "CORBY 70 61 .534". News names clubs and franchises by their
 * towns in results and tables, and the tagger, trained on prose, reads the town. A country's name is left a
 * country: national sides are written as their countries and read as them (CoNLL's convention). Only with a
 * score: "Corby beat Harlow to the new hospital" stays two places. The resolver's teams.ts does the same for
 * one-word "persons" of a match report; this is the place side, decided on tokens where the tagger's span is.
 */

import { AFTER_WINNER, BEFORE_OPPONENT, BEFORE_OPPONENT_PAIRS } from "../../lexicon/match-results.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import type { Gazetteer } from "./gazetteer.js";
import { keyOf } from "./places.js";

/** A score or a table's count right after a club: "25", "31-17". Not a year, a phone number or "3-1/2". */
const SCORE_TOKEN = /^\d{1,3}(?:[-–]\d{1,3})?$/u;
/** A game's score somewhere in the sentence: "31-17", "2-1". */
const SCORE_PAIR = /^\d{1,3}[-–]\d{1,3}$/u;

function lower(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? "";
}

function sameLine(text: string, a: Token, b: Token): boolean {
  return !text.slice(a.end, b.start).includes("\n");
}

/** Whether the segment [from, to) holds a game's score ("31-17"). */
function hasScorePair(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SCORE_PAIR.test((tokens[i] as Token).text)) return true;
  return false;
}

/**
 * A town the gazetteer knows, not a country nor a nation or a province ("Wales beat Oman 6-0": national sides are
 * their countries), nor a continent of a table's rows ("North America 354 389"); a town that is also a region's
 * name is a town.
 */
function isTown(key: string, gaz: Gazetteer): boolean {
  return !gaz.countries.has(key) && gaz.cities.has(key);
}

/**
 * A score after the club on its line, read even past the segment's end (a table's row may be cut into sentences
 * after its first word): the club opens its line or follows the other side's score ("Corby 31 Harlow 17"), and
 * the score is followed by a name, a number or the line's end. Not a list of places and quantities ("Peoria 6,
 * Sioux City 8" of a commodity report, "FOB Baltimore 16.75").
 */
function scoredOnItsLine(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  const next = tokens[end];
  const last = tokens[end - 1] as Token;
  if (next === undefined || !SCORE_TOKEN.test(next.text) || !sameLine(text, last, next)) return false;
  const before = tokens[first - 1];
  if (
    before !== undefined &&
    sameLine(text, before, tokens[first] as Token) &&
    !SCORE_TOKEN.test(before.text)
  )
    return false;
  const after = tokens[end + 1];
  if (after === undefined || !sameLine(text, next, after)) return true;
  return after.kind === "number" || (after.kind === "word" && isCapitalized(after.text));
}

/**
 * Whether the place name of tokens [first, end) in the segment [from, to) is a club in a result. A number right
 * after it counts when what follows the number is no lower-case word ("in Harlow 12 people were hurt").
 */
export function isClubInResult(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  from: number,
  to: number,
  gaz: Gazetteer,
): boolean {
  if (!isTown(keyOf(tokens, first, end), gaz)) return false;
  if (scoredOnItsLine(text, tokens, first, end)) return true;
  const before = lower(tokens, first - 1);
  const opponent =
    (first - 1 >= from && BEFORE_OPPONENT.has(before)) ||
    (first - 2 >= from && BEFORE_OPPONENT_PAIRS.has(`${lower(tokens, first - 2)} ${before}`));
  const winner = end < to && AFTER_WINNER.has(lower(tokens, end));
  return (opponent || winner) && hasScorePair(tokens, from, to);
}
