/**
 * Persons whose first name no list knows ("Ozias", "Tiihu", "Ferelith"): the tagger, which reads a first name's
 * identity and its gazetteer kinds, cuts such a name to its surname, or reads it with a party word before it as a
 * party, or reads a party's adherent and the name together as nothing. News of every country names such people
 * every day. Read after the tagger and name-contexts.ts; each rule is written for any country's names:
 * - a capitalized word right before a one-word person, with nothing between but a space, is its first name
 *   ("Juniper" + "Walker"): when it is no place, organization, people, title, date, party or function word, and
 *   not an ordinary word ("Previously Walker said") unless a known first name; not on a title-case line, not
 *   in a firm's name (before a company's form, after "<"). Capitalized particles before it join it too ("Van der").
 * - a party's adherent before two or three name words, read together as an organization or left out
 *   ("Republican Ozias Harper", "Democrat Imogen Frost"), is the person without the party word: not when a word
 *   of the rest is an organization's, a place's or an ordinary word ("Green Bay Packers", "Liberal Arts College").
 * - a company's form read alone as a person ("Corp", "Ltd") ends the firm's name the words before it make, and a
 *   name read right before those words opens it ("<Zorvex Holdings Corp>"): Reuters bench, about 120 records whose
 *   firm was no mention at all or a person "Corp".
 * Measured: CoNLL dev (seed 20261234) FIT unchanged by the first two rules (no such name there); invented rows of
 * 40 first names from many countries in 10 contexts, 144 → 84 of 400 names missed (the rest: whole names the
 * tagger reads as an organization or a place, and results lines).
 */
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { PARTY_DESCRIPTORS, ROLE_DESCRIPTORS } from "../../lexicon/name-descriptors.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import {
  COMPANY_FORMS,
  ORGANIZATION_PREFIXES,
  ORGANIZATION_SUFFIXES,
} from "../../lexicon/organization-suffixes.js";
import { PLACE_SUFFIXES } from "../../lexicon/place-suffixes.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { THING_SUFFIXES } from "../../lexicon/thing-suffixes.js";
import {
  isCapitalized,
  isInitial,
  isTitleCasedParts,
  startsCapitalThenLower,
} from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { isKnownFirstName } from "./first-name.js";
import { type Gazetteer, Kind, NOT_PERSON_KINDS } from "./gazetteer.js";
import { isTitleCaseLine } from "./person-span.js";
import { replaceSpans } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

/** A company's form after a name, in capitals: "S.A.", "NV", "KK", "SpA" ("Tiihu Hollis NV" is a firm). */
const FORM_IN_CAPITALS = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}\p{Ll}?\p{Lu}{1,2}$/u;

/** Kinds of a word that is no first name: a place's, an organization's, a people's, or a title ("Senator"). */
const NOT_FIRST_NAME_KINDS = NOT_PERSON_KINDS | Kind.title;

function kindOf(gaz: Gazetteer, text: string): number {
  return gaz.phrases.get(text.toLowerCase()) ?? 0;
}

/** Whether a word's own meaning rules it out as a name's word (an institution's, a place's, a thing's word). */
export function isNounOfThings(key: string): boolean {
  return (
    ORGANIZATION_NOUNS.has(key) ||
    ORGANIZATION_SUFFIXES.has(key) ||
    PLACE_SUFFIXES.has(key) ||
    THING_SUFFIXES.has(key)
  );
}

export function isCompanyForm(text: string): boolean {
  const key = text.toLowerCase();
  return COMPANY_FORMS.has(key) || ORGANIZATION_SUFFIXES.has(key) || FORM_IN_CAPITALS.test(text);
}

/**
 * Whether the word at `at` may be the first name of the one-word person after it: a name-shaped word no list
 * reads as anything else, one space before the person.
 */
function isUnknownFirstName(
  text: string,
  tokens: readonly Token[],
  at: number,
  segmentFirst: number,
  gaz: Gazetteer,
): boolean {
  const word = tokens[at] as Token;
  const next = tokens[at + 1] as Token;
  if (!isTitleCasedParts(word.text) || next.start - word.end !== 1 || text[word.end] !== " ") return false;
  const key = word.lower;
  if (STOPWORDS.has(key) || DATE_WORDS.has(key) || isNounOfThings(key) || ORGANIZATION_PREFIXES.has(key))
    return false;
  if (PARTY_DESCRIPTORS.has(key) || ROLE_DESCRIPTORS.has(key)) return false;
  if ((kindOf(gaz, key) & NOT_FIRST_NAME_KINDS) !== 0) return false;
  // An ordinary word, or ordinary words hyphened, is a first name only when a list says so ("Will", "Rose"):
  // "Previously Walker said", "the Farm Bill", "End-Day Backlog" (Reuters bench).
  const ordinary = (part: string): boolean => gaz.commonWords.has(part) || gaz.ordinaryWords.has(part);
  if ((ordinary(key) || key.split("-").every(ordinary)) && !isKnownFirstName(word.text)) return false;
  // Not in a firm's name: after "<" (wire copy's company brackets) or before a company's form.
  const before = tokens[at - 1];
  const after = tokens[at + 2];
  if (before?.text === "<" || (after !== undefined && isCompanyForm(after.text))) return false;
  if (at === segmentFirst || /^["“‘'(]$/.test(before?.text ?? "")) return true;
  // A capitalized word before it belongs to another name or a title: "Acme Holdings Walker" is no person's name.
  return before === undefined || before.end === word.start || !isCapitalized(before.text);
}

/** Whether a span's tokens from `first` are two or three name words of a person (a middle initial allowed). */
function isPersonNameRest(tokens: readonly Token[], first: number, end: number, gaz: Gazetteer): boolean {
  if (end - first < 2 || end - first > 3) return false;
  for (let i = first; i < end; i++) {
    const text = (tokens[i] as Token).text;
    if (i > first && i < end - 1 && isInitial(text)) continue;
    const key = text.toLowerCase();
    if (!isTitleCasedParts(text) || isNounOfThings(key) || (kindOf(gaz, key) & NOT_FIRST_NAME_KINDS) !== 0)
      return false;
    if (
      (gaz.commonWords.has(key) || gaz.ordinaryWords.has(key)) &&
      (kindOf(gaz, key) & (Kind.firstName | Kind.lastName)) === 0
    )
      return false;
  }
  return true;
}

/**
 * Where a company's name ends by the form the tagger read alone as a person begins ("Cyclops" + "Corp"): up to
 * three capitalized words right before it, one space apart; `at` itself when the word there is no company form.
 */
/** Whether the token at `at` comes one space after the token before it. */
function oneSpaceBefore(text: string, tokens: readonly Token[], at: number): boolean {
  const word = tokens[at - 1] as Token;
  return (tokens[at] as Token).start - word.end === 1 && text[word.end] === " ";
}

function companyNameStart(text: string, tokens: readonly Token[], at: number, lowest: number): number {
  if (!COMPANY_FORMS.has((tokens[at] as Token).lower)) return at;
  let first = at;
  while (first > lowest && at - first < 3) {
    const word = tokens[first - 1] as Token;
    if (!isCapitalized(word.text) || STOPWORDS.has(word.lower)) break;
    if (!oneSpaceBefore(text, tokens, first)) break;
    first--;
  }
  return first;
}

/**
 * Where a person's name opening on a capitalized particle begins ("Van der" + "Holst", "De la" + "Fuente"), the
 * tagger having read only the surname: up to three particles right before it, one space apart, the first one
 * capitalized and not after another capitalized word; `at` itself when there are none. CoNLL dev FIT: one.
 */
function particlesStart(text: string, tokens: readonly Token[], at: number, lowest: number): number {
  let first = at;
  while (
    first > lowest &&
    at - first < 3 &&
    NAME_PARTICLES.has((tokens[first - 1] as Token).lower) &&
    oneSpaceBefore(text, tokens, first)
  )
    first--;
  if (first === at || !/^\p{Lu}\p{Ll}*$/u.test((tokens[first] as Token).text)) return at;
  const before = tokens[first - 1];
  return before !== undefined && isCapitalized(before.text) ? at : first;
}

/** The spans with this file's readings. */
export function unknownFirstNameSpans(
  text: string,
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentFirst: number,
  segmentEnd: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let titleCase: boolean | null = null;
  return replaceSpans(spans, (span, s, previous) => {
    const before = previous?.end ?? segmentFirst;
    const particles = span.label === "PER" ? particlesStart(text, tokens, span.first, before) : span.first;
    if (particles < span.first)
      return { spans: [{ label: "PER", first: particles, end: span.end }], last: s };
    if (
      span.label === "PER" &&
      span.end - span.first === 1 &&
      span.first - 1 >= before &&
      isTitleCasedParts((tokens[span.first] as Token).text)
    ) {
      const first = companyNameStart(text, tokens, span.first, before);
      if (first < span.first) {
        // A name read right before the words is the firm's first word ("Prudential" + "Investment Corp",
        // "Brenda" + "Mines Ltd": Reuters bench).
        const withPrevious =
          first === before && previous !== undefined && oneSpaceBefore(text, tokens, first);
        const firm: TokenSpan = { label: "ORG", first: withPrevious ? previous.first : first, end: span.end };
        return { spans: [firm], last: s, withPrevious };
      }
      if (isUnknownFirstName(text, tokens, span.first - 1, segmentFirst, gaz)) {
        titleCase ??= isTitleCaseLine(tokens, segmentFirst, segmentEnd, gaz);
        if (!titleCase) return { spans: [{ label: "PER", first: span.first - 1, end: span.end }], last: s };
      }
    } else {
      const party = (tokens[span.first] as Token).text;
      if (
        PARTY_DESCRIPTORS.has(party.toLowerCase()) &&
        startsCapitalThenLower(party) &&
        isPersonNameRest(tokens, span.first + 1, span.end, gaz)
      )
        return { spans: [{ label: "PER", first: span.first + 1, end: span.end }], last: s };
    }
    return null;
  });
}
