/**
 * A first name that is also an ordinary word ("Earl", "Hope", "Faith", "Joy", "Rich"), left out of the person the
 * tagger read right after it: "Earl Hernández Ríos, who runs the union local" gave the person "Hernández Ríos"
 * (CoNLL train has "Earl" before a peer's name, and the tagger reads the word as a title). The word joins the
 * person when the first-name lexicon knows it beside a surname, it is no title or date word, the person's own
 * first word is no first name read alone ("Elder Martin Crow": the word before is a role), one space apart, with no
 * capitalized word before it but a title or a person's noun opening the sentence ("Glasgow Earl Hale" stays,
 * "Resident Earl Hale" joins), and, opening its sentence, it is no function
 * word ("Will Hale resign?"); no role's, calling's or party's word either side. Reuters bench (19,779 documents):
 * five names made whole ("Sen. Edward Zorinsky", "Mario M. Cuomo", "Drexel Burnham Lambert Inc").
 */
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { PARTY_DESCRIPTORS } from "../../lexicon/name-descriptors.js";
import { TOWN_PERSON_NOUNS } from "../../lexicon/person-nouns.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { isCapitalized, isTitleCased } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { isKnownFirstName } from "./first-name.js";
import { Kind, wordKind } from "./gazetteer.js";
import { isRoleNoun } from "./role-nouns.js";
import type { TokenSpan } from "./spans.js";

/** The spans, each person grown over an ordinary-word first name right before it (the file's comment). */
export function ordinaryFirstNameSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  sentenceStart: number,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s] as TokenSpan;
    const previousEnd = s > 0 ? (spans[s - 1] as TokenSpan).end : sentenceStart;
    if (span.label !== "PER" || span.first - 1 < previousEnd || !takesFirstName(tokens, span, sentenceStart))
      continue;
    out ??= spans.slice();
    out[s] = { label: "PER", first: span.first - 1, end: span.end };
  }
  return out ?? (spans as TokenSpan[]);
}

/** Whether the word right before the person `span` is its first name (the file's comment). */
function takesFirstName(tokens: readonly Token[], span: TokenSpan, sentenceStart: number): boolean {
  const first = tokens[span.first - 1] as Token;
  const name = tokens[span.first] as Token;
  if (first.kind !== "word" || name.start - first.end !== 1 || !isTitleCased(first.text)) return false;
  if (DATE_WORDS.has(first.lower) || !isKnownFirstName(first.text) || isKnownFirstName(name.text, "alone"))
    return false;
  // A role, a calling or a party before the name is no first name ("Lawyer F. Lee Bailey"), nor one before a
  // party's word the tagger took into the name ("Christian Democrat Andreotti"): Reuters bench, one of each.
  if (isRoleNoun(first.text) || PARTY_DESCRIPTORS.has(name.lower) || isRoleNoun(name.text)) return false;
  const at = span.first - 1;
  if (at === sentenceStart) return !STOPWORDS.has(first.lower);
  const before = tokens[at - 1] as Token;
  if (before.kind !== "word" || !isCapitalized(before.text) || (wordKind(before.text) & Kind.title) !== 0)
    return true;
  // A person's noun opening the sentence, capitalized there ("Resident Earl Dupree said"): session 30 lead's probe,
  // "Earl" cut off after "Resident" (kept after "Longtime resident").
  return at - 1 === sentenceStart && (isRoleNoun(before.text) || TOWN_PERSON_NOUNS.has(before.lower));
}
