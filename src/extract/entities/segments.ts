/**
 * The units the tagger reads: sentences, further cut where a short line ends. A headline, a dateline
 * ("NEW YORK 1996-08-30") or a byline stands on a line of its own without final punctuation, and the
 * sentence splitter may glue it to the next line; tagging it apart keeps its capitals from being read as
 * part of the next sentence. Long lines are left whole: a hard-wrapped paragraph continues over its line breaks.
 */
import { COMPANY_FORMS } from "../../lexicon/organization-suffixes.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { isTitleCasedWithJoins } from "../../text/word-shape.js";
import type { Sentence, Token } from "../../types.js";
import { isKnownFirstName } from "./first-name.js";
import { gazetteer, Kind, PLACE_KINDS, wordKind } from "./gazetteer.js";
import { factsOf } from "./word-facts.js";

/** A line shorter than this that ends inside a sentence is a headline, dateline or byline, not a wrapped line. */
export const SHORT_LINE = 50;

export interface Segment {
  firstToken: number;
  endToken: number;
}

/** Offset of the last line break in text[from, to), or -1. Scans only the gap: linear over a document. */
function lineBreakIn(text: string, from: number, to: number): number {
  for (let at = to - 1; at >= from; at--) if (text.charCodeAt(at) === 10) return at;
  return -1;
}

/** A line ending a sentence ("... to raise taxes.", "... he said.\""). */
const SENTENCE_END = /[.!?]["'’”]?\s*$/u;

/**
 * Whether a short line ends inside a name that runs on over the line break, so the break is no segment end. The line's
 * last word and the next line's first are title-case words, the second no function word; the next line is a wrapped
 * one (no shorter than SHORT_LINE) or ends the sentence; and the name is a person's (the last word a first name, or
 * any name word after a person's title with no ordinary word after it: "Trade Minister Janusz\nKaczurba said",
 * "World Bank President Barber\nConable said"), a firm's (isCompanyNameAt) or a known place's (isPlaceAcross). A
 * wire's first line is short where its dateline was cut away, and a name wrapped there was two segments: Reuters,
 * 19,779 documents, 190 persons read as two and 105 read to the first name only. A heading or byline ends in a surname or a place, not a first name; a
 * list of names, one a line ("Milton Roy\nOhio Mattress Co"), has short lines after it, none ending a sentence.
 */
function endsInsideName(text: string, tokens: readonly Token[], first: number, at: number): boolean {
  const last = tokens[at - 1] as Token;
  const next = tokens[at] as Token;
  if (!isTitleCasedWithJoins(last.text) || !isTitleCasedWithJoins(next.text) || STOPWORDS.has(next.lower))
    return false;
  // One line break between them, not a paragraph's blank line.
  const secondBreak = text.indexOf("\n", text.indexOf("\n", last.end) + 1);
  if (secondBreak >= 0 && secondBreak < next.start) return false;
  const nextBreak = text.indexOf("\n", next.start);
  const nextLine = text.slice(next.start, nextBreak < 0 ? text.length : nextBreak);
  if (nextLine.length < SHORT_LINE && !SENTENCE_END.test(nextLine)) return false;
  if (isKnownFirstName(last.text, "alone") || isCompanyNameAt(tokens, at) || isPlaceAcross(tokens, at))
    return true;
  const title = at - 2 >= first ? (tokens[at - 2] as Token) : undefined;
  return (
    title !== undefined &&
    (wordKind(title.text) & Kind.title) !== 0 &&
    (wordKind(last.text) & Kind.title) === 0 &&
    !factsOf(next.text).common
  );
}

/**
 * Whether the line's last word and the next line's first are together a place the gazetteer knows ("the United\nStates",
 * "New\nZealand"): cut there, each half was read as a name of its own ("United" a firm, "States" a place) or as
 * nothing. Reuters at c82bd37: 34 records change, 30 better (countries, and firms and exchanges named for a place,
 * read whole), 3 neutral, 1 worse.
 */
function isPlaceAcross(tokens: readonly Token[], at: number): boolean {
  const key = `${(tokens[at - 1] as Token).lower} ${(tokens[at] as Token).lower}`;
  return ((gazetteer().phrases.get(key) ?? 0) & PLACE_KINDS) !== 0;
}

/** The most name words before a company's legal form at the start of a line ("Lambert Inc", "Steel Co Ltd"). */
const MOST_COMPANY_WORDS = 3;

/**
 * Whether the line starting at token `at` opens with one to three name words and a company's legal form: the rest of
 * a firm's name whose first words end the line before ("Drexel Burnham\nLambert Inc", "Merrell Dow\nPharmaceuticals
 * Inc"). Reuters: the first words of 30 such names were read as a person, of 131 as a firm of their own.
 */
function isCompanyNameAt(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i < tokens.length && i - at <= MOST_COMPANY_WORDS; i++) {
    const token = tokens[i] as Token;
    if (i > at && COMPANY_FORMS.has(token.lower)) return true;
    if (!isTitleCasedWithJoins(token.text)) return false;
  }
  return false;
}

/**
 * `turns`: where an interview's turns' words start (text/interview-turns.ts, sorted): the label before ("Q:",
 * "Tomasz Wierzbicki:") is a segment of its own, and the turn's first word opens a sentence ("Response times.", not
 * a firm "Response" after a name).
 */
export function segmentsOf(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  turns: readonly number[] = [],
): Segment[] {
  const segments: Segment[] = [];
  // Start of the current line, carried through the document (never searched backwards: linear time).
  let lineStart = 0;
  let lastEnd = 0;
  let turn = 0;
  for (const sentence of sentences) {
    let first = sentence.firstToken;
    for (let i = first; i < sentence.endToken; i++) {
      const token = tokens[i] as Token;
      while (turn < turns.length && (turns[turn] as number) < token.start) turn += 1;
      if (turns[turn] === token.start && i > first) {
        segments.push({ firstToken: first, endToken: i });
        first = i;
      }
      const lineBreak = lineBreakIn(text, lastEnd, token.start);
      if (lineBreak >= 0) {
        if (i > first && lastEnd - lineStart < SHORT_LINE && !endsInsideName(text, tokens, first, i)) {
          segments.push({ firstToken: first, endToken: i });
          first = i;
        }
        lineStart = lineBreak + 1;
      }
      lastEnd = token.end;
    }
    segments.push({ firstToken: first, endToken: sentence.endToken });
  }
  return segments;
}
