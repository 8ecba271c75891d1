/**
 * A one-word name opening its sentence, untagged, with a person's noun in apposition after it ("Drake, the
 * Toronto rapper, sat courtside"): a person known by one name. The tagger reads a capitalized word at a sentence's
 * start as the word when the dictionary has it ("drake", a duck); the apposition says it is the person. Session 36
 * probe (CP sport, 2019): Drake was missing. The word is title-cased, no function word or connective
 * ("Meanwhile, the rapper, ...": opensSentenceOnly), no word Hunspell lists in lower case only, and no place's,
 * firm's, people's or title's word; the apposition is "the", "a" or "an", at most three words, a person's noun
 * (TOWN_PERSON_NOUNS, or a role noun: "rapper", "economist") and a comma or "and".
 */
import { ARTICLES } from "../../lexicon/clause-words.js";
import { opensSentenceOnly } from "../../lexicon/context-openers.js";
import { TOWN_PERSON_NOUNS } from "../../lexicon/person-nouns.js";
import { isTitleCased } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind, NOT_PERSON_KINDS } from "./gazetteer.js";
import { isRoleNoun } from "./role-nouns.js";
import type { TokenSpan } from "./spans.js";

/** At most this many words between the article and the person's noun ("the Toronto-born rapper"). */
const MOST_MODIFIERS = 3;

/** The spans with the sentence's apposed one-word name added (the file's comment). */
export function apposedNameSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): TokenSpan[] {
  if (spans[0]?.first === first || !isApposedName(tokens, first, end, gaz)) return spans as TokenSpan[];
  return [{ label: "PER", first, end: first + 1 }, ...spans];
}

function isApposedName(tokens: readonly Token[], first: number, end: number, gaz: Gazetteer): boolean {
  const word = tokens[first];
  if (word === undefined || tokens[first + 1]?.text !== "," || !ARTICLES.has(tokens[first + 2]?.lower ?? ""))
    return false;
  if (!isTitleCased(word.text) || word.text.includes("-") || opensSentenceOnly(word.lower)) return false;
  if (
    gaz.ordinaryWords.has(word.lower) ||
    ((gaz.phrases.get(word.lower) ?? 0) & (NOT_PERSON_KINDS | Kind.title)) !== 0
  )
    return false;
  const last = Math.min(end - 1, first + 3 + MOST_MODIFIERS + 1);
  for (let at = first + 3; at < last; at++) {
    const noun = tokens[at] as Token;
    // The noun ends the apposition or its first part ("the Toronto rapper and Raptors global ambassador,").
    const after = tokens[at + 1]?.text;
    if (after !== "," && after !== "and") continue;
    return noun.text === noun.lower && (TOWN_PERSON_NOUNS.has(noun.lower) || isRoleNoun(noun.text));
  }
  return false;
}
