/**
 * A cricketer or a tennis player named by the surname alone before a deed only a player does ("Bolton took three
 * wickets", "Lancaster served for the match", "Hastings was bowled for 12") or after a dismissal's "by" ("bowled
 * by Preston", "caught by Hastings for 40"): the tagger, trained on prose, reads a surname that is also a town as
 * the town or leaves it out. The name there is a person's (lexicon player-deeds.ts): one to three capitalized words
 * right before the deed, or after the "by", no country's, US state's, region's (county sides: "Yorkshire took
 * three wickets") or known organization's name; a longer span holding them stays as read. Invented probe (s24):
 * 5 of 6 such surnames read as a place, a firm or nothing.
 */
import {
  COUNT_WORDS,
  DISMISSED,
  DISMISSED_BY,
  HAUL_NOUNS,
  HAUL_VERBS,
  SERVE_DEEDS,
  SERVE_VERBS,
  SERVED_FOR,
} from "../../lexicon/player-deeds.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { isTitleCasedWithJoins } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import { keyOf } from "./places.js";
import { withSpanOver } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

/**
 * The words a sentence must hold one of for playerDeedSpans to read a deed in it (sentence-cues.ts skips the others):
 * a haul's, a serve's or a dismissal's verb, "served", or a dismissal's "caught" before its "by".
 */
export const PLAYER_DEED_CUES: readonly Iterable<string>[] = [
  HAUL_VERBS,
  SERVE_DEEDS,
  SERVE_VERBS,
  DISMISSED,
  DISMISSED_BY,
  ["served", "caught"],
];

/** A count in digits ("3"), or bowling figures ("4-35"). */
const COUNT = /^\d{1,2}$/u;
const FIGURES = /^\d{1,2}-\d{1,3}$/u;
/** At most this many words of a player's name. */
const MOST_WORDS = 3;
/** Kinds of a name that is a side's, not a player's: a country, a state, a region, a known organization. */
const SIDE_KINDS = Kind.country | Kind.state | Kind.region | Kind.organization | Kind.demonym;

function text(tokens: readonly Token[], at: number): string {
  return tokens[at]?.text ?? "";
}

function isCount(word: string): boolean {
  return COUNT.test(word) || COUNT_WORDS.has(word);
}

/** Whether the words from `at` (before `end`) are a player's deed after the player's name. */
function isDeedAt(tokens: readonly Token[], at: number, end: number): boolean {
  const word = text(tokens, at);
  if (at + 1 >= end) return false;
  const next = text(tokens, at + 1);
  if (HAUL_VERBS.has(word))
    return FIGURES.test(next) || (isCount(next) && HAUL_NOUNS.has(text(tokens, at + 2)));
  if (SERVE_DEEDS.has(word)) return true;
  if (SERVE_VERBS.has(word)) return next === "serve";
  if (word === "served") return next === "for" && SERVED_FOR.has(text(tokens, at + 3));
  if (word === "was" && DISMISSED.has(next)) {
    const after = text(tokens, at + 2);
    // "was run out", "was trapped lbw", "was bowled for 12" / "was caught behind" / "was stumped".
    if (next === "run") return after === "out";
    if (next === "trapped") return after === "lbw";
    return next !== "caught" || after === "behind" || after === "for" || after === "at" || after === "off";
  }
  return false;
}

/** Where the name run of one to three name words ending right before `at` starts; -1 when there is none. */
function nameBefore(tokens: readonly Token[], at: number, first: number): number {
  let start = at;
  while (start > first && at - start < MOST_WORDS && isTitleCasedWithJoins(text(tokens, start - 1))) start--;
  // Not after another capitalized word (a longer name), nor a lone function word ("The").
  if (start === at || (start > first && /^\p{Lu}/u.test(text(tokens, start - 1)))) return -1;
  if (STOPWORDS.has((tokens[start] as Token).lower)) start++;
  return start < at ? start : -1;
}

/** Where the name run after "bowled by"/"stumped by" (or "caught by" before a score) at `at` ends; -1 when none. */
function nameAfter(tokens: readonly Token[], at: number, end: number): number {
  let stop = at;
  while (stop < end && stop - at < MOST_WORDS && isTitleCasedWithJoins(text(tokens, stop))) stop++;
  if (stop === at || /^\p{Lu}/u.test(text(tokens, stop))) return -1;
  const verb = text(tokens, at - 2);
  if (DISMISSED_BY.has(verb)) return stop;
  // "caught by <name> for 40", "caught by <name> at slip".
  const after = text(tokens, stop);
  return verb === "caught" && (after === "for" || after === "at" || after === "off") ? stop : -1;
}

function isPlayerName(tokens: readonly Token[], first: number, end: number, gaz: Gazetteer): boolean {
  const key = keyOf(tokens, first, end);
  return !gaz.countries.has(key) && ((gaz.phrases.get(key) ?? 0) & SIDE_KINDS) === 0;
}

/** The spans of segment [first, end) with each player so named one PER span. */
export function playerDeedSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let at = first + 1; at < end; at++) {
    let name: TokenSpan | null = null;
    if (text(tokens, at - 1) === "by" && at >= first + 2) {
      const stop = nameAfter(tokens, at, end);
      if (stop > 0) name = { label: "PER", first: at, end: stop };
    } else if (isDeedAt(tokens, at, end)) {
      const start = nameBefore(tokens, at, first);
      if (start >= 0) name = { label: "PER", first: start, end: at };
    }
    if (name === null || !isPlayerName(tokens, name.first, name.end, gaz)) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    if (current.some((s) => s.label === "PER" && s.first <= name.first && s.end >= name.end)) continue;
    out = withSpanOver(current, name) ?? out;
  }
  return out ?? (spans as TokenSpan[]);
}
