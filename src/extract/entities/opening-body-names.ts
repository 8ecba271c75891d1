/**
 * A public body's name that opens a sentence ("Home Office minister Baroness Scotland said", "Foreign Ministry
 * officials denied it", "State Department officials said"): the tagger, for which a sentence's first word is
 * capitalized whatever it is, read the head noun alone ("Office") or nothing. The sentence's first word joins the
 * head when it is a title-case word one space before it that is no function word, connective ("Meanwhile"), day
 * ("Yesterday", "Monday") or adverb, and the head is a body's noun (lexicon DEPARTMENT_NOUNS) the tagger read
 * alone as an organization, or read as nothing before a word in lower case ("Foreign Office minister"). Session 34 probe (BBC politics) listed "Office"; Reuters
 * bench: 10 bare heads ("Ministry", "Department") of "Foreign Ministry officials", "Labour Office President".
 */
import { opensSentenceOnly } from "../../lexicon/context-openers.js";
import { DEPARTMENT_NOUNS } from "../../lexicon/organization-nouns.js";
import { isTitleCased } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import type { TokenSpan } from "./spans.js";

/** Opening quotation marks and brackets a sentence may start with before its first word. */
const OPENERS: ReadonlySet<string> = new Set(['"', "“", "‘", "'", "("]);

/** Determiners the stop-word list lacks ("No Commission spokesman was available": Reuters bench). */
const DETERMINERS: ReadonlySet<string> = new Set(["no", "every", "neither", "either"]);

/** Whether `word` may open a body's name at a sentence's start (the file's comment). */
function isModifier(word: Token): boolean {
  if (word.kind !== "word" || !isTitleCased(word.text)) return false;
  const key = word.lower;
  return !opensSentenceOnly(key) && !DETERMINERS.has(key) && !key.endsWith("ly");
}

/** The spans of the sentence [first, end) with a body's name opening it made whole (the file's comment). */
export function openingBodySpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  first: number,
  end: number,
): TokenSpan[] {
  const start = OPENERS.has((tokens[first] as Token | undefined)?.text ?? "") ? first + 1 : first;
  if (start + 2 > end) return spans as TokenSpan[];
  const modifier = tokens[start] as Token;
  const head = tokens[start + 1] as Token;
  if (!DEPARTMENT_NOUNS.has(head.lower) || !isTitleCased(head.text) || head.start !== modifier.end + 1)
    return spans as TokenSpan[];
  if (!isModifier(modifier)) return spans as TokenSpan[];
  const opening = spans.findIndex((span) => span.end > start);
  const span = spans[opening];
  if (span !== undefined && span.first <= start + 1) {
    // The head alone, read as an organization: grown over the modifier.
    if (span.label !== "ORG" || span.first !== start + 1 || span.end !== start + 2)
      return spans as TokenSpan[];
    const out = spans.slice();
    out[opening] = { label: "ORG", first: start, end: start + 2 };
    return out;
  }
  // Read as nothing: a body's name only before a word in lower case ("Foreign Office minister", not "Box Office Mojo").
  const next = tokens[start + 2];
  if (next === undefined || next.kind !== "word" || next.text !== next.lower) return spans as TokenSpan[];
  const out = spans.slice();
  out.splice(opening < 0 ? spans.length : opening, 0, { label: "ORG", first: start, end: start + 2 });
  return out;
}
