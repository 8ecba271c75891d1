/**
 * A speaker phrase that extraction cut short before the person it modifies: `said Finance ranking member
 * Ann Roe`, `said Ruto constituent Tom Okello` (the phrase holds "Finance", "Ruto").
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { cueAt } from "../../extract/quotes/words.js";
import { CLAUSE_CONJUNCTIONS, RELATIVE_PRONOUNS } from "../../lexicon/attribution-phrases.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalizedLetters, isEdForm, isTitleCased } from "../../text/word-shape.js";
import type { SpeakerPhrase, Token } from "../../types.js";
import { learnPerson, overlapping, personNamed, type SpeakerContext } from "./context.js";

/** Words between the phrase and the name it modifies, at most: "ranking Democrat", "Labour MP", "constituent". */
const MODIFIER_WORDS = 3;

/** Whether a word may stand inside a noun phrase before a name: no punctuation, verb, preposition or conjunction. */
function modifies(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k] as Token;
  if (token.kind !== "word") return false;
  const w = token.lower;
  if (
    PREPOSITIONS.has(w) ||
    CLAUSE_CONJUNCTIONS.has(w) ||
    RELATIVE_PRONOUNS.has(w) ||
    w === "or" ||
    w === "as"
  )
    return false;
  return cueAt(tokens, k) === null && !isEdForm(token.text);
}

/**
 * A name the tagger missed at token `k`: a known first name and one or two capitalized words after it ("Ann
 * Roe"), else null.
 */
function missedName(tokens: readonly Token[], k: number): string | null {
  const first = tokens[k] as Token;
  if (!isTitleCased(first.text) || !isKnownFirstName(first.text, "alone")) return null;
  const words = [first.text];
  for (let j = k + 1; j < Math.min(tokens.length, k + 3); j++) {
    const t = (tokens[j] as Token).text;
    if (!isCapitalizedLetters(t) || (tokens[j] as Token).start !== (tokens[j - 1] as Token).end + 1) break;
    words.push(t);
  }
  return words.length >= 2 ? words.join(" ") : null;
}

/**
 * The person a phrase after its reporting verb modifies (`said Ruto constituent Tom Okello`): the person
 * mention (or a known first name and surname the tagger missed) that follows the phrase within a few words of one
 * noun phrase. Null when the phrase stands before its verb ("Ruto told Tom Okello") or anything else follows it.
 * PolNeAR train: 3 speakers changed, all
 * to the right person (from a company, a senator the modifier names and a word taken for a name).
 */
export function personModified(context: SpeakerContext, span: SpeakerPhrase): string | null {
  if (span.kind !== "name" && span.kind !== "organization") return null;
  const tokens = context.tokens;
  const first = tokenAt(tokens, span.start);
  if (!cueBefore(tokens, first)) return null;
  // The organization the phrase was cut inside is all before the name ("the Federation of Small Businesses' chief").
  const owner = overlapping(context.mentions, span).find(
    (m) => m.type === "organization" && m.end > span.end,
  );
  const after = tokenAt(tokens, owner?.end ?? span.end);
  for (let k = after; k < Math.min(tokens.length, after + MODIFIER_WORDS + 1); k++) {
    const token = tokens[k] as Token;
    // A plural's possessive mark glued to the owner ("Businesses' chief"), as "'s" is a word of the phrase.
    if (k === after && (token.text === "'" || token.text === "’") && token.start === tokens[k - 1]?.end)
      continue;
    const person = overlapping(context.mentions, { start: token.start, end: token.end, text: "" }).find(
      (m) => m.type === "person" && m.start === token.start,
    );
    if (person !== undefined) return k > after ? person.entity : null;
    const missed = k > after ? missedName(tokens, k) : null;
    if (missed !== null) {
      const known = personNamed(context, missed);
      if (known === null) learnPerson(context, missed, { start: token.start, end: token.end, text: missed });
      return known ?? missed;
    }
    if (!modifies(tokens, k)) return null;
  }
  return null;
}

/**
 * A reporting verb or "according to" right before the phrase, or before up to MODIFIER_WORDS lower-case words
 * that open its noun phrase (`said another leading Supreme Court advocate`).
 */
function cueBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 1 - MODIFIER_WORDS); k--) {
    if (cueAt(tokens, k) !== null) return true;
    // "according to the FSB's John Walker" (session 34 probe, BBC business: the FSB spoke).
    if (tokens[k]?.lower === "to" && tokens[k - 1]?.lower === "according") return true;
    if (!/^\p{Ll}/u.test((tokens[k] as Token).text) || !modifies(tokens, k)) return false;
  }
  return false;
}
