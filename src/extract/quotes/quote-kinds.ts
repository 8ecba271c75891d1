/**
 * What kind of quote a quoted span is, read from the attributions found around it: a direct quote (a statement
 * attributed before or after it, or a whole sentence continuing the previous speaker) or a partial one (a phrase
 * inside the writer's own sentence, "that “…”", scare quotes), and which attribution is its own.
 */
import { STANCE_VERBS } from "../../lexicon/attribution-phrases.js";
import { SENTENCE_GOES_ON_MARKS } from "../../lexicon/punctuation.js";
import type { Sentence, Token } from "../../types.js";
import type { Attribution } from "./attribution.js";
import { isCitedTitle } from "./cited-titles.js";
import { sentenceSubject } from "./clause-subjects.js";
import { contentOf, isTitleCasedSpan, type MarkedSpan } from "./marked-span.js";
import type { Paragraph } from "./paragraphs.js";
import { reportingClause } from "./reporting-clause.js";
import { introducesStatement, isHeading } from "./statements.js";
import { lower } from "./words.js";

/** Words from which an upper-case quote with its own attribution after it is a statement, not a fragment. */
const MIN_STATEMENT_WORDS = 8;
/** Words from which a lower-case quote after `X said,` is a statement cut at its start, not a phrase. */
const MIN_INTRODUCED_WORDS = 6;

/** Whether the sentence goes on past a closing mark with a comma or dash, inside or after it: `,”` `”,`. */
function continuesSentence(tokens: readonly Token[], closeToken: number): boolean {
  const inside = tokens[closeToken - 1]?.text ?? "";
  const after = tokens[closeToken + 1]?.text ?? "";
  return SENTENCE_GOES_ON_MARKS.has(inside) || SENTENCE_GOES_ON_MARKS.has(after);
}

/**
 * `‘After’: Ann Lee, pictured last month, says …`, `‘Before’ body: Ann, pictured in 2013`: one capitalized word in
 * quotes before a colon, or before one lower-case word and a colon, labels a photo caption (session 14: such labels
 * got the pictured person as speaker).
 */
function isCaptionLabel(tokens: readonly Token[], span: MarkedSpan): boolean {
  if (!span.closed || span.closeToken !== span.openToken + 2) return false;
  const word = tokens[span.openToken + 1] as Token;
  if (word.kind !== "word" || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return false;
  const next = tokens[span.closeToken + 1];
  if (next?.text === ":") return true;
  return next?.kind === "word" && /^\p{Ll}+$/u.test(next.text) && tokens[span.closeToken + 2]?.text === ":";
}

/** The document a quoted span is read in: the same for each of its quotes, built once by analyse(). */
export interface QuoteDocument {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Each token's sentence (-1 for none). */
  sentenceOf: Int32Array;
  paragraphs: readonly Paragraph[];
}

/** The attributions read around a quoted span, as analyse() reads them. */
export interface QuoteAttributions {
  before: Attribution | null;
  after: Attribution | null;
  /** The attribution after the previous quote, when that quote was attributed after. */
  previousAfter: Attribution | null;
  /** A headline's label, the fragment's attribution when nothing else attributes it. */
  headlineLabel: Attribution | null;
}

/** Where a quoted span stands in its document: its paragraph, the span before it and the bounds of its sentence. */
export interface QuotePlace {
  /** The paragraph of the opening mark. */
  pi: number;
  span: MarkedSpan;
  /** The quoted span before this one, if any. */
  previous: MarkedSpan | undefined;
  /** Where the attribution before the quote is read from. */
  floor: number;
  /** Nothing of the quote's sentence before it (or only what belongs to no attribution). */
  leftEmpty: boolean;
  /** Nothing of the quote's sentence after it. */
  rightEmpty: boolean;
}

/** A quoted span's kind and attribution. */
export interface QuoteReading {
  attribution: Attribution | null;
  attributedAfter: boolean;
  partial: boolean;
  standalone: boolean;
}

/**
 * Decides whether the quoted span is a direct quote (a statement attributed by a cue before or after it, or a
 * whole sentence continuing the previous speaker) or a partial one (a phrase inside the writer's own sentence,
 * "that “…”", scare quotes), and which attribution is its own.
 */
export function readQuote(doc: QuoteDocument, place: QuotePlace, read: QuoteAttributions): QuoteReading {
  const { text, tokens, sentences, sentenceOf, paragraphs } = doc;
  const { pi, span, previous, floor, leftEmpty, rightEmpty } = place;
  const { before, after, previousAfter, headlineLabel } = read;
  // A photo caption's one-word label is nobody's words (the open list).
  if (isCaptionLabel(tokens, span))
    return { attribution: null, attributedAfter: false, partial: true, standalone: false };
  // A headline cited with its outlet and date (a "Sources" list) is a title, nobody's words.
  if (isCitedTitle(text, tokens, span))
    return { attribution: null, attributedAfter: false, partial: true, standalone: false };
  const paragraph = paragraphs[pi] as Paragraph;
  const content = contentOf(text, tokens, span);
  const lowerStart = /^[^\p{L}]*\p{Ll}/u.test(content);
  const contentWords = content.split(/\s+/).length;
  const sentenceLike = !lowerStart && (/[.!?…]$/.test(content) || contentWords >= 4);
  let attribution: Attribution | null = null;
  let attributedAfter = false;
  let partial = true;
  let standalone = false;
  const colonBefore = tokens[span.openToken - 1]?.text === ":";
  // `“We will,” he said, “win.”`: the second half may start in lower case.
  const splitHalf = before?.cue != null && before.cue.first === previousAfter?.cue?.first;
  // `She was blunt: “It’s over,” said Mr Ferris.`: a name with its verb right after the closing mark
  // names the speaker more surely than a pronoun, role or clause subject before the quote.
  const namedAfter =
    after?.speaker?.kind === "name" && after.cue !== null && !after.loose && !lowerStart && !splitHalf;
  if (namedAfter && before !== null && before.speaker?.kind !== "name") {
    attribution = after;
    attributedAfter = true;
    partial = false;
  } else if (
    before !== null &&
    (!lowerStart || splitHalf) &&
    (rightEmpty || after !== null || before.introduced || sentenceLike)
  ) {
    // `X said, “…”` / `X said: “…”` / `chanted “What curfew?”`
    attribution = before;
    partial = false;
  } else if ((leftEmpty || colonBefore) && after !== null) {
    // `“…,” X said` (and `X scolded him: “…,” she said`)
    attribution = after;
    attributedAfter = true;
    partial = false;
  } else if (
    (leftEmpty || span.resumes === true) &&
    rightEmpty &&
    !lowerStart &&
    !isHeading(text, paragraph, span, content)
  ) {
    // (A statement resumed after a caption pasted into it reads as one standing alone.)
    standalone = true;
    partial = false;
    // `Lee said the deal was done. “We are happy.”`: the speaker of the reported statement just before.
    const said = sentences[(sentenceOf[span.openToken - 1] ?? -1) as number];
    // (Not a quoted title: `Lee told ABC's “Morning Hour” that he would run. “…”`, session 16's brief.)
    const quoteBefore =
      previous !== undefined &&
      previous.closeToken >= (said?.firstToken ?? 0) &&
      !isTitleCasedSpan(tokens, previous);
    if (
      said !== undefined &&
      !quoteBefore &&
      said.firstToken >= (paragraphs[Math.max(0, pi - 1)] as Paragraph).first
    ) {
      attribution = reportingClause(tokens, said.firstToken, said.endToken, true);
      // `Whitlow plans to run the blog as a weekly diary. “I think …”`: the subject of the sentence
      // right before, when it is a name, not the speaker of a quote further back.
      const subject = attribution === null ? sentenceSubject(tokens, said.firstToken, said.endToken) : null;
      if (subject !== null)
        attribution = { cue: null, speaker: subject, end: said.endToken, subjectOnly: true };
    }
  } else if (after?.speaker != null && !after.loose && continuesSentence(tokens, span.closeToken)) {
    // A fragment inside the speaker's own sentence: `The plan is “dead,” Smith said.` (not a title:
    // `headed “Targets Set” Lawson told journalists`).
    attribution = after;
    // A whole statement after words with no sentence end before it (a photo caption run into the text,
    // flattened Daily Mail): `… during their winning run ‘The season has gone so quickly …,’ he told MUTV.`
    if (!lowerStart && contentWords >= MIN_STATEMENT_WORDS) {
      attributedAfter = true;
      partial = false;
    }
  } else if (before?.speaker != null && (before.cue === null || before.introduced)) {
    // `According to Smith, “the plan is dead.”` / `Smith said, “the plan is dead.”`
    attribution = before;
    // `He told supporters, “our nation is in trouble. Why sit there …?”`: a statement cut at its start but
    // introduced by a verb and a comma, running to its own sentence end, is direct. (Not after a parenthetical
    // attribution inside the writer's sentence: `A downturn, he said, “could be a good time …”`.)
    const speakerFirst = before.speaker.first;
    const parenthetical = tokens[speakerFirst - 1]?.text === "," && speakerFirst - 1 - floor > 1;
    if (
      !parenthetical &&
      before.cue !== null &&
      introducesStatement(tokens, before.cue.end) &&
      before.introduced === true &&
      rightEmpty &&
      /[.!?]$/.test(content) &&
      contentWords >= MIN_INTRODUCED_WORDS
    )
      partial = false;
  } else if (
    before?.speaker != null &&
    before.cue !== null &&
    !before.cue.participle &&
    rightEmpty &&
    /[.!?]$/.test(content) &&
    contentWords >= MIN_INTRODUCED_WORDS
  ) {
    // `He says “it’s too late to change course now.”`: a finite verb right before the mark (no comma, no
    // "that") and a statement running to its sentence's end is the statement quoted whole (live blogs).
    attribution = before;
    partial = false;
  } else if (partial && !isHeading(text, paragraph, span, content)) {
    // `Smith said the plan was “dead on arrival.”`: a fragment of the speaker's reported statement.
    attribution = reportingClause(tokens, floor, span.openToken);
    // (A so-called term is nobody's words, `said the so-called “reform” was a con`; nor a title after a verb of
    // praise or blame, `critics praised “The Long Night”`. Reuters: 4 so-called terms had got speakers from the
    // stance verbs; the issue asks that "the so-called “reform”" stay speakerless after any verb.)
    const cue = attribution?.cue;
    const stance = cue != null && STANCE_VERBS.has(lower(tokens[cue.first]));
    const soCalled = lower(tokens[span.openToken - 1]) === "so-called";
    if (soCalled || (stance && isTitleCasedSpan(tokens, span))) attribution = null;
  }
  if (partial && attribution === null) attribution = headlineLabel;
  return { attribution, attributedAfter, partial, standalone };
}
