/**
 * The entity extraction stage: every mention of a person, country, place, organization or demonym in a
 * document, as a span with its type. Naming is resolve/names' job: a person's or organization's `entity` is
 * left as its surface text here.
 *
 * A perceptron tagger (tagger.ts, trained on news) finds the names; gazetteers then say what they are:
 * a LOC is a country (canonical name from world-countries) or a place (with its country), and a MISC that is
 * a demonym becomes a demonym of its country.
 */
import type { SplitDocument } from "../../text/split.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Document, Mention, Token } from "../../types.js";
import { abbreviatedOpenerSpans } from "./abbreviated-openers.js";
import { isAcronym } from "./acronyms.js";
import { isClubInResult } from "./clubs.js";
import { andCoJoined, loneCompanyFormsNamed, writtenFormsJoined } from "./company-forms.js";
import { compassPlaceSpans } from "./compass-places.js";
import {
  companyFormsJoined,
  looseSurnames,
  placesAsSurnames,
  settleNames,
  surnameMentions,
  typedMention,
  untaggedDemonyms,
} from "./document-names.js";
import { flagDocument } from "./document-view.js";
import { employerSpans } from "./employer-contexts.js";
import { namesEvent } from "./events.js";
import { firstNameMentions } from "./first-name-mentions.js";
import { type Gazetteer, gazetteer, Kind } from "./gazetteer.js";
import { gluedInitialismSpans } from "./glued-initialisms.js";
import { hyphenedFirstNameSpans } from "./hyphened-first-names.js";
import { extendInitials } from "./initials.js";
import { middleInitialSpans } from "./middle-initials.js";
import { contextSpans, type SettledNames } from "./name-contexts.js";
import { nameListSpans } from "./name-lists.js";
import { lazyWordPositions, nicknameSpans } from "./nicknames.js";
import { endAtLineBreak, endsAsNonPerson, isTitleCaseLine, personBounds } from "./person-span.js";
import { placeSpans } from "./place-names.js";
import { articleBefore, keyOf, readPlace } from "./places.js";
import { regnalSpans } from "./regnal.js";
import { fullNamesOfPersons, personsInResultLists } from "./result-lists.js";
import { scorecardSpans } from "./scorecards.js";
import { type Segment, segmentsOf } from "./segments.js";
import {
  joinFirstNames,
  joinInitials,
  joinParticles,
  personAfterTitle,
  rolePersons,
  spansOfTags,
  type TokenSpan,
  trimSpan,
} from "./spans.js";
import { withoutStorms } from "./storms.js";
import { loadTagger, readsPronounNear, tagTokens } from "./tagger.js";
import { titleAtStart, titleBefore } from "./title-phrases.js";
import { Flag } from "./token-view.js";
import { unknownFirstNameSpans } from "./unknown-first-names.js";
import { unknownNameContextSpans } from "./unknown-name-contexts.js";
import { factsOfTokens } from "./word-facts.js";

export { loadTagger };

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

/** One letter, with or without a stop. */
const LONE_LETTER = /^\p{L}\.?$/u;

function mentionsOfSpan(
  doc: Document,
  tokens: readonly Token[],
  sentence: Segment,
  raw: TokenSpan,
  headline: boolean,
  titleCase: boolean,
  gaz: Gazetteer,
): Mention | null {
  const titled = personAfterTitle(raw, tokens, gaz);
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
  if (trimmed.label === "PER") {
    const bounds = personBounds(tokens, trimmed.first, trimmed.end, titleCase, gaz);
    const span = { label: trimmed.label, first: bounds.first, end: bounds.end };
    const first = span.first + titleAtStart(tokens, span, gaz);
    if (headline && onlyOrdinaryWords(tokens, first, span.end, gaz)) return null;
    if (!headline && span.end - first === 1 && isAcronym(doc.text, tokens, first, sentence))
      return typedMention(doc, tokens, first, span.end, "organization", null);
    const title = titleBefore(tokens, first, sentence.firstToken, gaz);
    const mention = typedMention(doc, tokens, first, span.end, "person", null);
    if (first > span.first) mention.title = mentionOf(doc, tokens, span.first, first).text;
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
function isCapitalizedCommonWord(
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

/**
 * Which tokens of the document a span covers (extractMentions' scratch, grown to the longest document; it holds
 * nothing between calls): a typed array of more than 64 bytes lives outside V8's heap and costs 8-12 times a
 * small one's time to make, and one per document was a quarter of extractMentions' own samples.
 */
let coveredTokens = new Uint8Array(4096);

/** The document's mention spans in text order; a person's or organization's `entity` is its text until resolve/names names it. */
export function extractMentions(doc: Document, split: SplitDocument): Mention[] {
  const { tokens } = split;
  if (tokens.length === 0) return [];
  const sentences = segmentsOf(doc.text, tokens, split.sentences);
  const gaz = gazetteer();
  const facts = factsOfTokens(tokens);
  const view = flagDocument(facts, sentences, readsPronounNear());
  const flags = view.flags;
  const mentions: Mention[] = [];
  if (coveredTokens.length < tokens.length)
    coveredTokens = new Uint8Array(Math.max(tokens.length, 2 * coveredTokens.length));
  const covered = coveredTokens.fill(0, 0, tokens.length);
  const headlineSpans: { span: TokenSpan; mention: Mention | null }[] = [];
  const settled: SettledNames = new Map();
  const looseWords: number[] = [];
  const wordPositions = lazyWordPositions(tokens);
  // A callback, not a for-of loop in this body: with the loop here every span rule was inlined into
  // extractMentions, which TurboFan then compiled 7 times (1,016 ms) and deoptimized 6 times over a Reuters run,
  // against 3 times (176 ms) and 2 with the callback (--trace-opt --trace-deopt, --jobs 1).
  sentences.forEach((sentence) => {
    const tags = tagTokens(view, sentence.firstToken, sentence.endToken);
    const joined = joinInitials(
      joinFirstNames(
        joinParticles(spansOfTags(tags, sentence.firstToken), tokens),
        tokens,
        sentence.firstToken,
        gaz,
      ),
      tokens,
      gaz,
    );
    const tagged = rolePersons(
      regnalSpans(extendInitials(joined, tokens, doc.text, sentence.endToken, gaz), tokens, gaz),
      tokens,
      gaz,
    );
    const unknown = unknownFirstNameSpans(
      doc.text,
      contextSpans(
        doc.text,
        placeSpans(
          doc.text,
          gluedInitialismSpans(
            compassPlaceSpans(
              abbreviatedOpenerSpans(doc.text, tagged, tokens, sentence.endToken),
              tokens,
              sentence.firstToken,
              sentence.endToken,
              gaz,
            ),
            tokens,
            sentence.firstToken,
            sentence.endToken,
            gaz,
          ),
          tokens,
          sentence.endToken,
          gaz,
          sentence.firstToken,
        ),
        tokens,
        sentence.firstToken,
        sentence.endToken,
        gaz,
        settled,
      ),
      tokens,
      sentence.firstToken,
      sentence.endToken,
      gaz,
    );
    // Session 14's readings, each on the one before's spans: a hyphened first name, unknown name words in a person's context, a middle
    // initial, a scorecard's dismissals, a list of names.
    const hyphened = hyphenedFirstNameSpans(doc.text, unknown, tokens, sentence.endToken, gaz);
    const contexts = unknownNameContextSpans(hyphened, tokens, sentence.firstToken, sentence.endToken, gaz);
    const initials = middleInitialSpans(
      doc.text,
      contexts,
      tokens,
      sentence.firstToken,
      sentence.endToken,
      gaz,
    );
    const scorecards = scorecardSpans(initials, tokens, sentence.firstToken, sentence.endToken);
    const listed = nicknameSpans(
      nameListSpans(scorecards, tokens, sentence.firstToken, sentence.endToken, gaz),
      tokens,
      sentence.firstToken,
      sentence.endToken,
      gaz,
      wordPositions,
    );
    // Session 15: a firm named by the words around it (an analyst's "at", an office's "of", "'s board").
    const spans = employerSpans(listed, tokens, sentence.firstToken, sentence.endToken, gaz, settled);
    // Only a span reads it: a sentence without one (4,086 of 11,765 in the first 1,500 Reuters documents) skips it.
    const titleCase =
      spans.length > 0 && isTitleCaseLine(tokens, sentence.firstToken, sentence.endToken, gaz);
    for (const span of spans) {
      covered.fill(1, span.first, span.end);
      if (span.label === "MISC" && span.end - span.first === 1) looseWords.push(span.first);
      const spanFlags = flags[span.first] as number;
      if (isCapitalizedCommonWord(tokens, span, spanFlags, gaz)) continue;
      const headline = (spanFlags & Flag.headline) !== 0;
      const mention = mentionsOfSpan(doc, tokens, sentence, span, headline, titleCase, gaz);
      if (headline && span.label !== "PER" && span.end - span.first > 1) {
        headlineSpans.push({ span, mention });
      } else if (mention !== null) mentions.push(mention);
    }
  });
  if (settled.size > 0) settleNames(mentions, settled);
  mentions.push(...untaggedDemonyms(doc, tokens, facts, covered, gaz));
  mentions.push(...surnameMentions(doc, tokens, facts, covered, headlineSpans, mentions));
  mentions.push(...firstNameMentions(doc, tokens, facts, covered, mentions));
  if (looseWords.length > 0) mentions.push(...looseSurnames(doc, tokens, looseWords, mentions, gaz));
  placesAsSurnames(mentions);
  personsInResultLists(doc.text, mentions, gaz);
  fullNamesOfPersons(mentions, gaz);
  withoutStorms(doc.text, mentions);
  mentions.sort((a, b) => a.start - b.start);
  companyFormsJoined(doc.text, mentions);
  writtenFormsJoined(doc.text, mentions, gaz);
  andCoJoined(doc.text, mentions);
  loneCompanyFormsNamed(doc.text, mentions);
  return mentions;
}
