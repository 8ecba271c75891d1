/**
 * A place read where it only names an event: "the Harlow Open", "the Corby Marathon", "Ostend Film Festival" (the
 * place inside the event's name, or the whole name read as a place). The event is no place; CoNLL reads it as a
 * miscellaneous name. CoNLL dev FIT: three. Not in a headline, where "Open" may be the verb ("CHINA OPEN TO
 * TALKS", "Britain Open to Talks").
 */
import { EVENT_SUFFIXES } from "../../lexicon/event-suffixes.js";
import { isCapitalized, startsCapitalThenLower } from "../../text/word-shape.js";
import type { Token } from "../../types.js";

/** Longest event word, in words ("film festival"). */
const MOST_WORDS = 2;

function eventWordAt(tokens: readonly Token[], first: number, end: number): boolean {
  let key = "";
  for (let i = first; i < end; i++) {
    const token = tokens[i];
    if (token === undefined || !isCapitalized(token.text)) return false;
    key += (i > first ? " " : "") + token.lower;
  }
  return EVENT_SUFFIXES.has(key);
}

/** Most capitalized words between a place and its event's word ("Corby Amateur Championship", "Harlow Indoor Open"). */
const MOST_BETWEEN = 2;

/**
 * Whether the place of tokens [first, end) names an event: it ends in an event word, or an event word follows it,
 * straight or after up to two capitalized words ("the Corby Amateur Championship": CoNLL dev FIT, seed 20261224,
 * two).
 */
export function namesEvent(tokens: readonly Token[], first: number, end: number): boolean {
  for (let length = 1; length <= MOST_WORDS; length++) {
    if (end - length > first && eventWordAt(tokens, end - length, end)) return true;
    for (let between = 0; between <= MOST_BETWEEN; between++) {
      if (between > 0 && !startsCapitalThenLower(tokens[end + between - 1]?.text ?? "")) break;
      if (eventWordAt(tokens, end + between, end + between + length)) return true;
    }
  }
  return false;
}
