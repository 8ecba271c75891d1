import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { GENDERED_PRONOUNS } from "../../lexicon/pronouns.js";
import { tokenAt } from "../../text/token-at.js";
import type { QuoteSpeaker, TextSpan, Token } from "../../types.js";
import { insideQuote, overlapping, type SpeakerContext } from "./context.js";
import { previousSentenceReferent } from "./previous-sentence.js";
import { PRONOUN_WEIGHT, UNKNOWN_GENDER_FIT } from "./salience.js";
import { subjectJustBefore } from "./speaker-subject.js";

/** Words that end a clause looking back from a pronoun: a person before them may be its referent again. */
const CLAUSE_BREAKS = new Set([
  ",",
  ";",
  ":",
  "(",
  '"',
  "“",
  "”",
  "and",
  "but",
  "or",
  "who",
  "whom",
  "that",
  "which",
  "when",
  "while",
  "because",
  "after",
  "before",
  "if",
  "as",
]);

/** Words after which "her" is an object ("described her as", "told her that"), not a possessive ("her mother"). */
function isObject(pronoun: string, next: string | undefined): boolean {
  if (pronoun === "him" || pronoun === "them") return true;
  if (pronoun !== "her") return false;
  return (
    next === undefined ||
    !/^\p{Ll}/u.test(next) ||
    PREPOSITIONS.has(next) ||
    CLAUSE_BREAKS.has(next) ||
    next === "to"
  );
}

/**
 * The persons named in the pronoun's own clause before it ("Zenghelis described her": Zenghelis). An object
 * pronoun never names them (binding: "her" there is someone else); a reflexive names the nearest of them.
 * GUM pronouns right without either / with both: train 1,207 / 1,223 (reflexives) and 1,218 / 1,223 (objects)
 * of 1,518; dev 154 / 154 and 155 / 154 of 202.
 */
function clauseMates(context: SpeakerContext, span: TextSpan): string[] {
  const tokens = context.tokens;
  const at = tokenAt(tokens, span.start);
  let from = at;
  while (from > 0) {
    const previous = tokens[from - 1] as Token;
    if (/^[.!?]$/.test(previous.text) || CLAUSE_BREAKS.has(previous.text.toLowerCase())) break;
    if (previous.end < span.start - 200) break;
    from -= 1;
  }
  const start = (tokens[from] as Token | undefined)?.start ?? span.start;
  return overlapping(context.mentions, { start, end: span.start, text: "" })
    .filter((m) => m.type === "person" && m.end <= span.start)
    .map((m) => m.entity);
}

/**
 * `anchor`: where the pronoun's antecedent is looked for back from. For a quote's speaker it is the quote's start
 * (`“… Obama won …,” he said`: nobody named inside a statement is its speaker, and the statement's own sentences
 * do not push the person introduced before it further back).
 */
export function byPronoun(
  context: SpeakerContext,
  span: TextSpan,
  lookAhead: boolean,
  anchor = span.start,
  speaking = false,
  depth = 0,
): QuoteSpeaker {
  const word = span.text.toLowerCase();
  const gender = GENDERED_PRONOUNS.get(word);
  if (gender === undefined) return { name: null, mention: span };
  const agreement = (candidate: string): number => {
    const facts = context.people.get(candidate);
    if (facts?.notPerson) return 0;
    const known = facts?.gender;
    return known === gender ? 1 : known ? 0 : UNKNOWN_GENDER_FIT;
  };
  const mates = clauseMates(context, span);
  // A speaker is named in the narration: "“… Mr. Trump …,” he said" is not Trump (PolNeAR train sample).
  const quoteInside = speaking ? (offset: number) => insideQuote(context, offset) : undefined;
  let name: string | null = null;
  if (word.endsWith("self")) name = mates.findLast((m) => agreement(m) > 0) ?? null;
  if (name === null && speaking) name = subjectJustBefore(context, anchor, agreement);
  if (name === null && speaking && depth === 0)
    name = previousSentenceReferent(
      context,
      word,
      span.start,
      anchor,
      agreement,
      (opener) => byPronoun(context, opener, false, opener.start, true, depth + 1).name,
    );
  if (name === null) {
    const next = context.tokens[tokenAt(context.tokens, span.start) + 1]?.text.toLowerCase();
    const excluded = isObject(word, next) ? new Set(mates) : null;
    name = context.salience.best(
      anchor,
      (candidate) => (excluded?.has(candidate) ? 0 : agreement(candidate)),
      quoteInside,
    );
  }
  // A pronoun before anyone is named (a headline's "... imprisoned her", then "Valeska Paris, ..."): the first
  // person named soon after. Not for a speaker: `"…," he said` before any name is someone described ("one
  // trader"), and looking ahead named a company or the wire's sign-off in 1987 Reuters text.
  if (lookAhead) name ??= context.salience.next(span.start, agreement);
  // A pronoun looked up for another (depth 1) leaves the weights as they were: each pronoun adds once.
  if (name === null || depth > 0) return { name, mention: span };
  const facts = context.people.get(name);
  if (facts && facts.gender === null) facts.gender = gender;
  context.salience.add(span.start, name, PRONOUN_WEIGHT);
  return { name, mention: span };
}

/**
 * The person a third-person singular pronoun ("he", "her", "himself") refers to: the most recent subject of a
 * sentence or speaker whose gender does not disagree, or null. Call in text order, as for speakers.
 */
export function resolvePronoun(context: SpeakerContext, span: TextSpan): string | null {
  return byPronoun(context, span, true).name;
}
