/**
 * A tagger span as mentions (extractMentions in index.ts calls it per span): its type read from the gazetteers,
 * a country extended to its official name, lone letters and capitalized ordinary words left out.
 */
import { PLACE_ONLY_OPENERS } from "../../lexicon/place-openers.js";
import { CITY_PREPOSITIONS } from "../../lexicon/prepositions.js";
import { PERSONAL_TITLES } from "../../lexicon/title-kinds.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Document, Mention, Token } from "../../types.js";
import { mentionAt } from "../mention.js";
import { isAcronym } from "./acronyms.js";
import { isClubInResult } from "./clubs.js";
import { typedMention } from "./document-names.js";
import { namesEvent } from "./events.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import { isPairedNames } from "./paired-names.js";
import { personAfterTitle } from "./person-joins.js";
import { endAtLineBreak, endsAsNonPerson, isPartyName, personBounds } from "./person-span.js";
import { articleBefore, keyOf, readPlace } from "./places.js";
import { isPluralGroup } from "./plural-groups.js";
import type { Segment } from "./segments.js";
import { type TokenSpan, trimSpan } from "./spans.js";
import { isInitialsNotTitle, titleAcrossStart, titleAtStart, titleBefore } from "./title-phrases.js";
import { Flag } from "./token-view.js";

/** Longest official country name ending in a tagged country, in tokens ("Republic of" + "Chile"). */
const MAX_COUNTRY_PREFIX = 4;

function mentionOf(
  doc: Document,
  tokens: readonly Token[],
  first: number,
  end: number,
): Omit<Mention, "type" | "entity"> {
  const start = (tokens[first] as Token).start;
  const stop = (tokens[end - 1] as Token).end;
  return { start, end: stop, text: doc.text.slice(start, stop) };
}

/** Extends a country name to the left when the words before it make a longer official name. */
function extendCountry(tokens: readonly Token[], span: TokenSpan, lowest: number, gaz: Gazetteer): number {
  for (let length = Math.min(MAX_COUNTRY_PREFIX, span.first - lowest); length >= 1; length--) {
    const first = span.first - length;
    if (!isCapitalized((tokens[first] as Token).text)) continue;
    if (gaz.countries.has(keyOf(tokens, first, span.end))) return first;
  }
  return span.first;
}

/**
 * In an ALL-CAPS headline capitals say nothing: a "name" made only of ordinary words that are not also
 * known first or last names ("PRESIDENT WARNS") is not a person.
 */
function onlyOrdinaryWords(tokens: readonly Token[], first: number, end: number, gaz: Gazetteer): boolean {
  for (let i = first; i < end; i++) {
    const key = (tokens[i] as Token).lower;
    if (!gaz.commonWords.has(key) || ((gaz.phrases.get(key) ?? 0) & (Kind.firstName | Kind.lastName)) !== 0)
      return false;
  }
  return true;
}

/** Capitals that kept a sentence's full stop. */
const SENTENCE_STOP_KEPT = /^\p{Lu}{2,6}\.$/u;

/** One letter, with or without a stop. */
const LONE_LETTER = /^\p{L}\.?$/u;

/** Kinds that make a name no region's alone: a person's name, a firm's. */
const NOT_REGION_ONLY = Kind.firstName | Kind.lastName | Kind.organization;

/**
 * Whether a person span is a region or a state the gazetteer knows, and nothing else it knows ("Zhejiang reported 40
 * cases"): a place. Session 31's world-news probe: 7 of 9 regions read as persons or organizations by a tagger that
 * knows 1996 Reuters. Not an organization span: CoNLL dev's county and provincial sides ("Essex", "Otago") are
 * organizations, and reading them as places cost LOC precision 94.3 -> 91.0 and ORG recall 80.9 -> 76.0.
 */
function isRegionRead(tokens: readonly Token[], span: TokenSpan, gaz: Gazetteer): boolean {
  if (span.label !== "PER" || span.end - span.first > 3) return false;
  // After a title only a person bears, a peer's territorial name ("Baroness Scotland", "Lady Scotland"): session
  // 34's probe (BBC politics) listed a Home Office minister as the place.
  const before = tokens[span.first - 1];
  if (before !== undefined && PERSONAL_TITLES.has(before.lower.replace(/\.$/u, ""))) return false;
  const kinds = gaz.phrases.get(keyOf(tokens, span.first, span.end)) ?? 0;
  return (kinds & NOT_REGION_ONLY) === 0 && (kinds & (Kind.region | Kind.state)) !== 0;
}

/** Kinds of a town's or a region's name. */
const TOWN_KINDS = Kind.city | Kind.bigCity | Kind.region | Kind.state;

/**
 * Whether a person span opening on a title is a town the gazetteer knows, after a preposition of place: "in Prince
 * George", "to Prince George" (British Columbia), not "with Prince George" (the royal). Session 34 probe (a Canadian
 * Press wildfire story): the town was the person "George".
 */
function isTitledTownRead(tokens: readonly Token[], span: TokenSpan, gaz: Gazetteer): boolean {
  if (span.label !== "PER" || span.end - span.first < 2 || span.end - span.first > 3) return false;
  if (((gaz.phrases.get((tokens[span.first] as Token).lower) ?? 0) & Kind.title) === 0) return false;
  if (!CITY_PREPOSITIONS.has(tokens[span.first - 1]?.lower ?? "")) return false;
  return ((gaz.phrases.get(keyOf(tokens, span.first, span.end)) ?? 0) & TOWN_KINDS) !== 0;
}

/**
 * Whether a person span of two or three words opens on a word that opens places' names and no person's ("Cape
 * Breton", "Fort Frances", "Port Hawkesbury"): session 34 probe (a Canadian Press storm story), "it reached Cape
 * Breton" listed a person.
 */
function isOpenedAsPlace(tokens: readonly Token[], span: TokenSpan): boolean {
  if (span.label !== "PER" || span.end - span.first < 2 || span.end - span.first > 3) return false;
  return PLACE_ONLY_OPENERS.has((tokens[span.first] as Token).lower);
}

export function mentionsOfSpan(
  doc: Document,
  tokens: readonly Token[],
  sentence: Segment,
  raw: TokenSpan,
  headline: boolean,
  titleCase: boolean,
  gaz: Gazetteer,
): Mention | null {
  const read =
    isRegionRead(tokens, raw, gaz) || isTitledTownRead(tokens, raw, gaz) || isOpenedAsPlace(tokens, raw)
      ? { label: "LOC" as const, first: raw.first, end: raw.end }
      : raw;
  const titled = personAfterTitle(read, tokens, gaz);
  // Spans built as literals of the same keys, not spreads: a spread's copy has a map of its own, and the readers
  // of spans were deoptimized for a "wrong map" when the other came (--trace-deopt).
  const trimmed = trimSpan(
    {
      label: titled.label,
      first: titled.first,
      end: endAtLineBreak(doc.text, tokens, titled.first, titled.end),
    },
    tokens,
  );
  if (trimmed === null) return null;
  const other = trimmed.label === "PER" ? endsAsNonPerson(tokens, trimmed.first, trimmed.end) : null;
  if (other === "thing") return null;
  if (other !== null) {
    return typedMention(doc, tokens, trimmed.first, trimmed.end, other, null);
  }
  if (trimmed.label === "PER" && isPartyName(tokens, trimmed.first, trimmed.end, gaz))
    return typedMention(doc, tokens, trimmed.first, trimmed.end, "organization", null);
  if (trimmed.label === "PER") {
    const bounds = personBounds(tokens, trimmed.first, trimmed.end, titleCase, gaz);
    const span = { label: trimmed.label, first: bounds.first, end: bounds.end };
    let first = span.first + titleAtStart(tokens, span, gaz);
    // Initials in capitals the tagger left out ("MS" of "MS Dhanraj"): the name's, not a title (title-phrases.ts).
    if (first === span.first && first > sentence.firstToken && isInitialsNotTitle(tokens, first - 1)) first--;
    // A title that opens before the span and ends inside it ("Tan" + "Sri Azman Harun"): all of it the title.
    const across = first === span.first ? titleAcrossStart(tokens, span, sentence.firstToken, gaz) : null;
    if (across !== null) first += across.inside;
    if (headline && onlyOrdinaryWords(tokens, first, span.end, gaz)) return null;
    if (!headline && span.end - first === 1 && isAcronym(doc.text, tokens, first, sentence)) {
      const acronym = typedMention(doc, tokens, first, span.end, "organization", null);
      // The sentence's stop that its last word kept ("by the SEC.") is no part of the acronym.
      if (first + 1 === sentence.endToken && SENTENCE_STOP_KEPT.test(acronym.text))
        return mentionAt(acronym.start, acronym.end - 1, acronym.text.slice(0, -1), "organization");
      return acronym;
    }
    const title = across ?? titleBefore(tokens, first, sentence.firstToken, gaz);
    if (
      title === null &&
      first === span.first &&
      span.end - first === 1 &&
      isPairedNames(doc.text, tokens, first, gaz)
    )
      return typedMention(doc, tokens, first, span.end, "organization", null);
    if (
      title === null &&
      first === span.first &&
      span.end - first === 1 &&
      isPluralGroup(doc.text, tokens, first)
    )
      return null;
    const mention = typedMention(doc, tokens, first, span.end, "person", null);
    if (first > span.first && across === null) mention.title = mentionOf(doc, tokens, span.first, first).text;
    else if (title !== null) mention.title = title.text;
    return mention;
  }
  const span = trimmed;
  if (span.label === "LOC") {
    // A letter alone ("S and P", "U. Marsh", "the F / A-18", a club's "(V)") names no place: CoNLL dev FIT (seed
    // 20261264) 3 false places; Reuters 591 "S" of "S/P" read as places or a demonym.
    if (span.end - span.first === 1 && LONE_LETTER.test((tokens[span.first] as Token).text)) return null;
    let first = span.first;
    if (gaz.countries.has(keyOf(tokens, first, span.end)))
      first = extendCountry(tokens, span, sentence.firstToken, gaz);
    first += articleBefore(tokens, { first, end: span.end }, gaz);
    if (!headline && !titleCase && namesEvent(tokens, first, span.end)) return null;
    const mention = typedMention(doc, tokens, first, span.end, "place", null);
    const reading = readPlace(tokens, first, span.end, mention.text, gaz);
    if (
      reading.type === "place" &&
      isClubInResult(doc.text, tokens, first, span.end, sentence.firstToken, sentence.endToken, gaz)
    )
      return typedMention(doc, tokens, first, span.end, "organization", null);
    mention.type = reading.type;
    mention.entity = reading.entity;
    return mention;
  }
  if (span.label === "ORG") {
    // A letter glued after a stop ("<ACMZ.Z>", "<ORVL.F>": a ticker's exchange code, "S.A.Y") names no firm.
    // Reuters bench: 149 one-letter firms, most of them such codes.
    const previous = tokens[span.first - 1];
    if (
      span.end - span.first === 1 &&
      LONE_LETTER.test((tokens[span.first] as Token).text) &&
      previous !== undefined &&
      previous.end === (tokens[span.first] as Token).start &&
      previous.text.endsWith(".")
    )
      return null;
    return typedMention(doc, tokens, span.first, span.end, "organization", null);
  }
  const demonym = gaz.demonyms.get(keyOf(tokens, span.first, span.end));
  return demonym === undefined ? null : typedMention(doc, tokens, span.first, span.end, "demonym", demonym);
}

/**
 * A lone capitalized ordinary word opening a sentence or a quotation and followed by a lower-case word ("Nice weather
 * brought ...", "Reading the report, ...") is read as the word, not a name: capitals there carry no signal.
 * Unless the document also capitalizes it mid-sentence ("Brown threw ..." after "Lachlan Brown").
 */
export function isCapitalizedCommonWord(
  tokens: readonly Token[],
  span: TokenSpan,
  flags: number,
  gaz: Gazetteer,
): boolean {
  if (span.end - span.first !== 1 || (flags & Flag.seenTitle) !== 0) return false;
  if ((flags & Flag.initial) === 0) return false;
  const word = (tokens[span.first] as Token).text;
  const next = tokens[span.end];
  if (next === undefined || next.kind !== "word" || isCapitalized(next.text) || /^['’]/.test(next.text))
    return false;
  return gaz.commonWords.has(word.toLowerCase()) && !gaz.countries.has(word.toLowerCase());
}
