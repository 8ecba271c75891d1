/**
 * Whether each quoted span is a direct quote or a partial one, and its attribution, read from the text
 * around it: where each span's attributions are read (here) and what they make of it (quote-kinds.ts).
 */
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { ROLE_HEADS } from "../../lexicon/speaker-roles.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Sentence, Token } from "../../types.js";
import type { Attribution } from "./attribution.js";
import { attributionAfter } from "./attribution-after.js";
import { attributionBefore } from "./attribution-before.js";
import { ABBREVIATION_END, bridges } from "./bridges.js";
import { creditBefore } from "./captions.js";
import type { MarkedSpan } from "./marked-span.js";
import { isQuotedNickname } from "./nicknames.js";
import { isDateline, type Paragraph } from "./paragraphs.js";
import { phraseEndingAt } from "./phrases.js";
import { type QuoteDocument, readQuote } from "./quote-kinds.js";
import { recapOwner } from "./recap-owners.js";
import { beforeLostAttribution } from "./statements.js";
import { labelledSpeaker } from "./wire-attributions.js";
import { lower } from "./words.js";

/** One quoted span with what the text around it says about it. */
export interface Analysed {
  span: MarkedSpan;
  paragraph: number;
  attribution: Attribution | null;
  /** The attribution came after the quote (`”, he said`): a following quote may continue it. */
  attributedAfter: boolean;
  partial: boolean;
  /** A whole-sentence quote with no attribution: it continues the previous speaker, if any. */
  standalone: boolean;
  /** Spans folded into this one (the second half of `“We will,” he said, “win.”`). */
  parts: MarkedSpan[];
}

function indexByToken<T extends { first: number; end: number }>(
  items: readonly T[],
  count: number,
): Int32Array {
  const index = new Int32Array(count).fill(-1);
  items.forEach((item, k) => {
    index.fill(k, item.first, item.end);
  });
  return index;
}

function hasWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).kind !== "punct") return true;
  return false;
}

/**
 * Reads around each quoted span where its attributions may stand (its sentence and paragraph up to the quotes
 * beside it, the attributions before and after it, a headline's label, a paragraph that introduces it) and
 * lets readQuote decide whether it is a direct or a partial quote and which attribution is its own.
 */
export function analyse(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  paragraphs: readonly Paragraph[],
  spans: readonly MarkedSpan[],
): Analysed[] {
  // No quote, no token index: the two Int32Arrays of every document took 0.7-0.9% of a Reuters --jobs 1
  // profile, and three documents in four there have no quote.
  if (spans.length === 0) return [];
  // Filled here, not from a mapped copy of the sentences (map's array is HOLEY once this function is
  // optimized, and indexByToken met both kinds: "wrong map").
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k] as Sentence;
    sentenceOf.fill(k, s.firstToken, s.endToken);
  }
  const paragraphOf = indexByToken(paragraphs, tokens.length);
  const doc: QuoteDocument = { text, tokens, sentences, sentenceOf, paragraphs };
  const out: Analysed[] = [];
  let previousAfter: Attribution | null = null;
  spans.forEach((span, k) => {
    if (!hasWord(tokens, span.openToken + 1, span.closed ? span.closeToken : span.closeToken + 1)) return;
    if (isQuotedNickname(tokens, span)) return;
    const pi = paragraphOf[span.openToken] as number;
    const paragraph = paragraphs[pi] as Paragraph;
    const previous = spans[k - 1];
    const next = spans[k + 1];
    const sentence = sentences[sentenceOf[span.openToken] as number];
    let floor = Math.max(sentence?.firstToken ?? paragraph.first, paragraph.first);
    // A scare-quoted fragment earlier in the sentence does not cut it: `He called them “unworkable,”
    // adding: “We will oppose them.”` still reaches back to "He".
    const last = out.at(-1);
    // Nor one of a reported statement: `She stated that ‘… no leniency’ adding ‘I accept …’` reaches "She".
    const fragmentBefore =
      last?.span === previous &&
      last?.partial === true &&
      (last.attribution === null || last.attribution.end <= (previous as MarkedSpan).openToken);
    if (previous !== undefined && previous.closeToken >= floor && !fragmentBefore)
      floor = previous.closeToken + 1;
    const closeSentence = sentences[sentenceOf[span.closeToken] as number];
    let limit = Math.min(
      paragraphs[paragraphOf[span.closeToken] as number]?.end ?? tokens.length,
      tokens.length,
    );
    if (next !== undefined && next.openToken < limit) limit = next.openToken;
    const sentenceEnd = Math.min(closeSentence?.endToken ?? limit, limit);

    // `“…,” Lee said in Eastbridge, N.Y. “…”`: the sentence splitter keeps an abbreviation's period inside the
    // sentence, so only the previous quote's attribution stands before this one, as after "Lee said.".
    const pastAttribution =
      previousAfter !== null &&
      last?.span === previous &&
      previousAfter.end <= span.openToken &&
      ABBREVIATION_END.test(tokens[span.openToken - 1]?.text ?? "") &&
      bridges(tokens, previousAfter.end, span.openToken);
    const leftEmpty =
      pastAttribution ||
      creditBefore(tokens, span.openToken, floor) ||
      !hasWord(tokens, floor, span.openToken) ||
      (floor === paragraph.first && isDateline(tokens, floor, span.openToken));
    const rightEmpty = !hasWord(tokens, span.closeToken + 1, sentenceEnd);
    const after = span.closed ? attributionAfter(tokens, span.closeToken, limit) : null;
    let before = leftEmpty ? null : attributionBefore(tokens, span.openToken, floor, limit);
    // A headline's label (`Hale: ‘We will stay the course’`) sums up a statement the story quotes, if
    // at all, in other words: in PolNeAR train such quotes are not annotated (17 of 17 read).
    // The label still names whose words the headline's fragment sums up.
    let headlineLabel: Attribution | null = null;
    if (before?.labelled === true && pi === 0) {
      headlineLabel = before;
      before = null;
    }
    // `Orrin: Bridge Plan ‘Beyond Repair,’ Wants Inquiry`: the headline's label names whose words its fragment
    // quotes further on too (session 15, FIT half of seed 20261251: such a fragment had no speaker).
    if (pi === 0 && headlineLabel === null)
      headlineLabel = labelBefore(tokens, paragraph.first, span.openToken);
    // `Tech boss: “…”`, `Rovers boss Gavin Roe: “…”`: a headline's label may be a role, or a name after one.
    if (pi === 0 && headlineLabel === null && tokens[span.openToken - 1]?.text === ":")
      headlineLabel = roleLabel(tokens, paragraph.first, span.openToken - 1);
    if (leftEmpty && span.openToken === paragraph.first && pi > 0) {
      // A quote paragraph introduced by the previous one: "The New York Times reports:".
      const prev = paragraphs[pi - 1] as Paragraph;
      if (tokens[prev.end - 1]?.text === ":") {
        const intro = sentences[sentenceOf[prev.end - 1] as number];
        before = attributionBefore(
          tokens,
          prev.end,
          Math.max(intro?.firstToken ?? prev.first, prev.first),
          prev.end,
        );
        // (A label is the quote's own line's: "Detail:" alone heads what follows.)
        if (before?.labelled === true) before = null;
      }
    }
    const reading = readQuote(
      doc,
      { pi, span, previous, floor, leftEmpty, rightEmpty },
      { before, after, previousAfter, headlineLabel },
    );
    const { attributedAfter, partial, standalone } = reading;
    let attribution = reading.attribution;
    // `“…”` ¶ `That was the verdict of Gavin Roe`: a quote closing its paragraph, named by the next one.
    const nextParagraph = paragraphs[pi + 1];
    if (standalone && nextParagraph !== undefined && span.closeToken === paragraph.end - 1)
      attribution = recapOwner(tokens, nextParagraph) ?? attribution;
    // `“We were never told.” So says Dana Roe, …` in one paragraph: a quote opening its paragraph, named by the
    // sentence right after it. Without it the quote went on the previous speaker (s28's probe of invented
    // articles: 28 of 28 such quotes wrong at 16b0fa0).
    else if (
      standalone &&
      span.openToken === paragraph.first &&
      span.closeToken < paragraph.end - 1 &&
      isCapitalized(tokens[span.closeToken + 1]?.text ?? "")
    )
      attribution = recapOwner(tokens, { first: span.closeToken + 1, end: paragraph.end }) ?? attribution;
    // `“It was chaos,” said Omar Roe. “People ran.` and the paragraph ends with no mark: the second half of a
    // split quote, left open, ends at its paragraph's end (not dropped as a stray mark is).
    // (Only one running to its paragraph's end: one cut where another mark opens is the teller's story, `'… stood
    // up. I said, 'Are you sure?'`, which resolve/speakers reads as a quotation left open.)
    const openSecondHalf =
      standalone &&
      previousAfter !== null &&
      last?.span === previous &&
      last?.paragraph === pi &&
      span.closeToken === paragraph.end - 1;
    previousAfter = attributedAfter ? attribution : null;
    if (!span.closed && attribution === null && !openSecondHalf) return;
    const kept = openSecondHalf && !span.closed ? (beforeLostAttribution(tokens, span) ?? span) : span;
    out.push({ span: kept, paragraph: pi, attribution, attributedAfter, partial, standalone, parts: [] });
  });
  return out;
}

/**
 * A headline's label before the colon at `colon` that names a role (`Tech boss:`, `Acme chief executive:`) or a
 * name after a role and its owner (`Rovers boss Gavin Roe:`), opening the headline: the role phrase or the
 * name, as a label. British headline style; labelledSpeaker takes a name alone. Invented headlines: such a
 * headline's quote had no speaker.
 */
function roleLabel(tokens: readonly Token[], first: number, colon: number): Attribution | null {
  if (colon - first > MAX_LABEL_TOKENS) return null;
  const phrase = phraseEndingAt(tokens, colon - 1, first);
  if (phrase === null || phrase.end !== colon) return null;
  const label = { cue: null, end: colon + 1, introduced: true, labelled: true };
  if (phrase.kind === "role" && phrase.first === first) return { ...label, speaker: phrase };
  if (phrase.kind !== "name" || phrase.first === first) return null;
  // Right before the name a role word, before it only capitalized words (the owner): "Rovers boss". Not a
  // title-cased preposition: `Acme Chairman On Whitlow:` is the chairman's words on Whitlow (CHECK diff).
  if (!ROLE_HEADS.has(lower(tokens[phrase.first - 1]))) return null;
  for (let k = first; k < phrase.first - 1; k++) {
    const word = tokens[k] as Token;
    if (!isCapitalized(word.text) || PREPOSITIONS.has(word.lower)) return null;
  }
  return { ...label, speaker: phrase };
}

/** Tokens a headline's label may take before its colon: "Senator Dana Whitlow:". */
const MAX_LABEL_TOKENS = 5;

/** The label `Name:` opening the headline paragraph before a quote further on in it, if any. */
function labelBefore(tokens: readonly Token[], first: number, open: number): Attribution | null {
  for (let c = first + 1; c < open && c - first <= MAX_LABEL_TOKENS; c++) {
    if (tokens[c]?.text !== ":") continue;
    if (c + 1 === open) return null;
    const speaker = labelledSpeaker(tokens, c, first);
    return speaker === null || speaker.first !== first
      ? null
      : { cue: null, speaker, end: c + 1, introduced: true, labelled: true };
  }
  return null;
}
