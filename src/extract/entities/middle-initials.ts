/**
 * A name word, one initial and a name word ("Ozias K. Harlow") are one person: a middle initial between two
 * name-shaped words is how news writes a person, and almost never an organization or a place. The tagger, which
 * does not know an unknown first name, splits such a name into two organizations or reads only "K. Harlow".
 * Measured on invented rows (40 first names from many countries, none known to a list, × 10 contexts; session
 * 14's check, scripts/eval/ner-invented-names.ts): "with an initial" missed 32 of 40 before the rule.
 * Not when the tagger read more than the three words as one name ("Ozias K. Harlow Library"), not before another
 * capitalized word or a company's form, not after a capitalized word that is no title, not on a title-case line,
 * and neither word a place's, an organization's, a people's or an institution's word unless a first-name list has
 * the first ("Chad K. Ogilvie"). Two initials written together take a known first name (isTwoInitialsName).
 */
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { isCapitalized, isTitleCasedParts } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { isKnownFirstName } from "./first-name.js";
import { type Gazetteer, Kind, NOT_PERSON_KINDS } from "./gazetteer.js";
import { isTitleCaseLine } from "./person-span.js";
import { replaceSpans } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";
import { isCompanyForm, isNounOfThings } from "./unknown-first-names.js";

/**
 * One middle initial, or two written together ("Ozias K. Harlow", "Ozias K.T. Harlow"): US news writes some
 * presidents and many others so ("Dana R.J." then the surname), which the tagger cut into a lone first name
 * and a place (news FIT half, session 18: 3 documents).
 */
const MIDDLE_INITIALS = /^(?:\p{Lu}\.){1,2}$/u;
const isMiddleInitials = (text: string): boolean => MIDDLE_INITIALS.test(text);

function kindOf(gaz: Gazetteer, text: string): number {
  return gaz.phrases.get(text.toLowerCase()) ?? 0;
}

/** Whether the tokens at `a` and `a + 1` are one space apart. */
function oneSpace(text: string, tokens: readonly Token[], a: number): boolean {
  const left = tokens[a] as Token;
  const right = tokens[a + 1] as Token;
  return right.start - left.end === 1 && text[left.end] === " ";
}

/** Whether a word may be a person's name word here: name-shaped, and no other kind of word by any list. */
export function isPersonWord(word: string, first: boolean, gaz: Gazetteer): boolean {
  if (!isTitleCasedParts(word)) return false;
  const key = word.toLowerCase();
  if (STOPWORDS.has(key) || isNounOfThings(key) || isCompanyForm(word)) return false;
  if (first && isKnownFirstName(word)) return true;
  if ((kindOf(gaz, key) & (NOT_PERSON_KINDS | Kind.title)) !== 0) return false;
  const ordinary = gaz.commonWords.has(key) || gaz.ordinaryWords.has(key);
  return !ordinary || (kindOf(gaz, key) & (Kind.firstName | Kind.lastName)) !== 0;
}

/**
 * Two initials between two words are a person's only after a known first name that names no place ("Washington
 * D.C." is the city), and before a surname that may be a town's name too ("Dana R.J." then a surname that is a
 * city's) but no country's, state's, region's, organization's or title's.
 */
function isTwoInitialsName(gaz: Gazetteer, first: string, last: string): boolean {
  if (!isTitleCasedParts(first) || !isKnownFirstName(first) || (kindOf(gaz, first) & NOT_PERSON_KINDS) !== 0)
    return false;
  if (isPersonWord(last, false, gaz)) return true;
  if (!isTitleCasedParts(last) || (kindOf(gaz, last) & (NOT_PERSON_KINDS & ~Kind.city)) !== 0) return false;
  const key = last.toLowerCase();
  return !(STOPWORDS.has(key) || isNounOfThings(key) || isCompanyForm(last) || gaz.ordinaryWords.has(key));
}

/** Whether tokens `at`..`at + 2` are a name word, an initial and a name word, apart from the words around them. */
function isNameWithInitial(
  text: string,
  tokens: readonly Token[],
  at: number,
  segmentFirst: number,
  segmentEnd: number,
  gaz: Gazetteer,
): boolean {
  if (at + 3 > segmentEnd) return false;
  const initial = (tokens[at + 1] as Token).text;
  if (!isMiddleInitials(initial) || !oneSpace(text, tokens, at) || !oneSpace(text, tokens, at + 1))
    return false;
  if (initial.length > 2) {
    if (!isTwoInitialsName(gaz, (tokens[at] as Token).text, (tokens[at + 2] as Token).text)) return false;
  } else {
    if (!isPersonWord((tokens[at] as Token).text, true, gaz)) return false;
    if (!isPersonWord((tokens[at + 2] as Token).text, false, gaz)) return false;
  }
  const after = tokens[at + 3];
  if (at + 3 < segmentEnd && after !== undefined && (isCapitalized(after.text) || isCompanyForm(after.text)))
    return false;
  const before = tokens[at - 1];
  if (
    at > segmentFirst &&
    before !== undefined &&
    isCapitalized(before.text) &&
    before.end === (tokens[at] as Token).start - 1
  )
    return (kindOf(gaz, before.text) & Kind.title) !== 0;
  return true;
}

/** The spans with the three-word persons this file reads, the tagger's spans inside them replaced. */
export function middleInitialSpans(
  text: string,
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentFirst: number,
  segmentEnd: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let titleCase: boolean | null = null;
  return replaceSpans(spans, (span, s, previous) => {
    // The name's first word is the span's first, or the word right before a span opening on the initial.
    const at = isMiddleInitials((tokens[span.first] as Token).text) ? span.first - 1 : span.first;
    if (
      at < segmentFirst ||
      (previous !== undefined && previous.end > at) ||
      (span.label === "PER" && span.first === at && span.end === at + 3) ||
      !isNameWithInitial(text, tokens, at, segmentFirst, segmentEnd, gaz)
    )
      return null;
    // Every span of the tagger's over the three words lies inside them.
    let last = s;
    while (last + 1 < spans.length && (spans[last + 1] as TokenSpan).first < at + 3) last++;
    if ((spans[last] as TokenSpan).end > at + 3) return null;
    titleCase ??= isTitleCaseLine(tokens, segmentFirst, segmentEnd, gaz);
    if (titleCase) return null;
    return { spans: [{ label: "PER", first: at, end: at + 3 }], last };
  });
}
