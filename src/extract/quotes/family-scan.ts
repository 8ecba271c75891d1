/**
 * Pairing one family's quotation marks, paragraph by paragraph: which mark closes which, quotes carried over
 * paragraphs that reopen with a mark, and quotes left open.
 */
import { QUOTE_MARKS, type QuoteFamily } from "../../lexicon/quote-marks.js";
import { firstAtLeast } from "../../text/token-at.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { QuoteMarkProblem as Diagnostic, Token } from "../../types.js";
import { lastSentenceEnd, reopensAfterLostBreak, statementOpen } from "./lost-breaks.js";
import { stopsOf } from "./mark-index.js";
import { roleOf, SPACE } from "./mark-roles.js";
import { fallbackClose, type MarkedSpan, markedSpan, type Pending } from "./marked-span.js";
import type { Paragraph } from "./paragraphs.js";

const isStraight = (mark: string): boolean => QUOTE_MARKS.get(mark)?.side === "either";

/** A mark opening a quote at token `i`: every key set, in one order, one hidden class for the stack's entries (see markedSpan). */
function pendingAt(token: Token, i: number, resumes: boolean): Pending {
  return {
    token: i,
    start: token.start,
    reopenings: [],
    fallback: null,
    innerSentenceClose: undefined,
    resumes,
  };
}

/**
 * The mark reopening a quote at the start of paragraph `p`: same family and same style as the mark that
 * opened it. A stray straight mark left open before a paragraph of “curly” quotes (a copy artefact) would
 * otherwise swallow the narration between them.
 */
function reopeningMark(
  tokens: readonly Token[],
  p: Paragraph,
  family: QuoteFamily,
  opener: Token,
): number | null {
  const token = tokens[p.first];
  if (token === undefined || QUOTE_MARKS.get(token.text)?.family !== family) return null;
  return isStraight(token.text) === isStraight(opener.text) ? p.first : null;
}

/**
 * For a quote left open at its paragraph's end (`“Let’s go.’ Tolland said`): the first mark of another
 * family after `open` that ends a sentence (right after . ! ? or , and before a space), when no other mark
 * comes before it. The quote then ends there instead of swallowing the narration after it.
 */
function closingMarkOfOtherFamily(
  text: string,
  tokens: readonly Token[],
  open: number,
  end: number,
  family: QuoteFamily,
): number | null {
  for (let i = open + 1; i < end; i++) {
    const token = tokens[i] as Token;
    const info = QUOTE_MARKS.get(token.text);
    if (info === undefined) continue;
    if (info.family === family) return null;
    const before = text[token.start - 1] ?? "";
    const after = text[token.end];
    if (/[.!?,]/.test(before) && (after === undefined || SPACE.test(after)) && i + 1 < end) return i;
    return null;
  }
  return null;
}

/**
 * Whether the mark at `start` opens a statement: a capital after it, and before it the text's or a line's start, a
 * sentence's end or a colon (`told activists: 'Labour have …`).
 */
function opensStatement(text: string, start: number, bodyStart: number): boolean {
  if (!isCapitalized(text.slice(start + 1, start + 2))) return false;
  const before = text.slice(Math.max(bodyStart, start - 3), start).trimEnd();
  return before === "" || /[\n.!?:]$/.test(before);
}

/**
 * Pairs the marks of one family, paragraph by paragraph, with a stack (linear in the number of marks).
 * `barriers` are spans of an outer family: a mark never pairs across one of their edges.
 */
export function scanFamily(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  bodyStart: number,
  family: QuoteFamily,
  outer: boolean,
  marks: readonly number[],
  barrierEdges: ReadonlySet<number>,
  report: (offset: number, message: string, severity: Diagnostic["severity"]) => void,
): MarkedSpan[] {
  const stops = stopsOf(marks, barrierEdges);
  const spans: MarkedSpan[] = [];
  let carried: Pending | null = null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi] as Paragraph;
    const stack: Pending[] = [];
    // The last outermost quote closed in this paragraph, which a stray close of its family may end instead.
    let lastClosed: { pending: Pending; index: number; close: number } | null = null;
    let skipToken = -1;
    if (carried !== null) {
      stack.push(carried);
      skipToken = p.first;
      carried = null;
    }
    // Only marks and barrier edges do anything here: the tokens between them are skipped.
    for (let k = firstAtLeast(stops, p.first); k < stops.length && (stops[k] as number) < p.end; k++) {
      const i = stops[k] as number;
      const token = tokens[i] as Token;
      if (barrierEdges.has(i)) {
        // Unclosed marks of this family inside an outer quote are dropped (apostrophes, mostly).
        stack.length = 0;
        continue;
      }
      if (i === skipToken) continue;
      const info = QUOTE_MARKS.get(token.text);
      if (info === undefined || info.family !== family) continue;
      const role = roleOf(text, token, bodyStart, family, stack.length > 0);
      if (role === "open" && family === "single" && outer) closeFragments(text, token, stack, spans, tokens);
      const cut = role === "open" && family === "single" && outer ? lastSentenceEnd(tokens, stack, i) : null;
      if (role === "open" && reopensAfterLostBreak(text, token, family, outer, stack, spans.at(-1))) {
        (stack.at(-1) as Pending).reopenings.push(token.start);
      } else if (cut !== null && statementOpen(text, stack, spans.at(-1))) {
        // `‘… or whatever! A photo caption here ‘Hopefully, …’`: a statement left open (its close lost with
        // a paragraph break, a caption pasted after it) ends at its last sentence end; this mark opens anew.
        spans.push(markedSpan(family, stack.pop() as Pending, cut, tokens, false));
        stack.push(pendingAt(token, i, true));
      } else if (role === "open") {
        stack.push(pendingAt(token, i, false));
      } else if (role === "weak-close") {
        const top = stack.at(-1);
        if (top !== undefined && top.fallback === null) top.fallback = i;
      } else if (role === "close") {
        const top = stack.pop();
        if (top === undefined) {
          if (
            outer &&
            lastClosed !== null &&
            lastClosed.index === spans.length - 1 &&
            innerQuoteLeftOpen(
              text,
              tokens,
              marks,
              bodyStart,
              family,
              lastClosed.pending.token,
              lastClosed.close,
            )
          ) {
            // `“He said ‘we will look at it” and nothing happened,” said Lee.`: the first close ended the
            // quote nested in it, typed with the outer family's mark; the quote goes on to this one.
            report(token.start, "inner quotation closed by a mark of the outer kind", "info");
            spans[lastClosed.index] = markedSpan(family, lastClosed.pending, i, tokens, true);
            lastClosed = null;
            continue;
          }
          if (family !== "single")
            report(token.start, "closing quotation mark without an opening one", "warning");
          continue;
        }
        spans.push(markedSpan(family, top, i, tokens, true));
        lastClosed = stack.length === 0 ? { pending: top, index: spans.length - 1, close: i } : null;
        const around = stack.at(-1);
        if (outer && around !== undefined && /[.!?…]/u.test(text[token.start - 1] ?? ""))
          around.innerSentenceClose = i;
      }
    }
    // Marks left open at the paragraph's end: an inner one with an apostrophe-like close uses it; the
    // outermost continues when the next paragraph reopens with a mark of the same family (a quote over
    // several paragraphs), or is cut at this paragraph's end.
    while (stack.length > 0) {
      const top = stack.pop() as Pending;
      const next = paragraphs[pi + 1];
      const reopen =
        stack.length === 0 && next !== undefined
          ? reopeningMark(tokens, next, family, tokens[top.token] as Token)
          : null;
      // `Howard said: 'Labour have lost control. The Tories' plan …\n\n'We will …'`: a statement reopened in
      // the next paragraph goes on past a possessive's apostrophe; a fragment ('the yes men' today) ends there.
      if (top.fallback !== null && !(reopen !== null && opensStatement(text, top.start, bodyStart))) {
        spans.push(markedSpan(family, top, fallbackClose(top), tokens, true));
        continue;
      }
      if (reopen !== null) {
        top.fallback = null;
        top.reopenings.push((tokens[reopen] as Token).start);
        carried = top;
        continue;
      }
      if (family === "single") continue;
      if (stack.length > 0) {
        report(top.start, "opening quotation mark never closed; ignored", "warning");
        continue;
      }
      const otherClose = closingMarkOfOtherFamily(text, tokens, top.token, p.end, family);
      if (otherClose !== null) {
        report(top.start, "quotation mark closed by a mark of another kind", "info");
        spans.push(markedSpan(family, top, otherClose, tokens, true));
        continue;
      }
      report(
        top.start,
        "opening quotation mark never closed; quote cut at the end of its paragraph",
        "warning",
      );
      spans.push(markedSpan(family, top, p.end - 1, tokens, false));
    }
  }
  return spans;
}

/**
 * Whether a quote of the other family (double inside single, single inside double) opens between the marks
 * `open` and `close` and is still open at `close`: that close then ended the nested quote with the wrong mark.
 */
function innerQuoteLeftOpen(
  text: string,
  tokens: readonly Token[],
  marks: readonly number[],
  bodyStart: number,
  family: QuoteFamily,
  open: number,
  close: number,
): boolean {
  const inner: QuoteFamily = family === "double" ? "single" : "double";
  let depth = 0;
  for (let k = firstAtLeast(marks, open + 1); k < marks.length && (marks[k] as number) < close; k++) {
    const token = tokens[marks[k] as number] as Token;
    if (QUOTE_MARKS.get(token.text)?.family !== inner) continue;
    const role = roleOf(text, token, bodyStart, inner, depth > 0);
    if (role === "open") depth += 1;
    else if ((role === "close" || role === "weak-close") && depth > 0) depth -= 1;
  }
  return depth > 0;
}

/**
 * `the 'utterly absurd' inquiry. Mr Penrose said: 'The …`, `dubbed 'The Wanderers' contributed to a
 * 'troubling …`: outer single quotes do not nest in themselves, so quotes still open with a possessive-like
 * close end there when another opens; not a statement whose paragraph break was lost right before this mark
 * (`'We enjoy each others' company. 'I realised …` goes on).
 */
function closeFragments(
  text: string,
  token: Token,
  stack: Pending[],
  spans: MarkedSpan[],
  tokens: readonly Token[],
): void {
  const afterSentence = /[.!?…][ \t]+$/u.test(text.slice(Math.max(0, token.start - 4), token.start));
  for (let top = stack.at(-1); top?.fallback != null; top = stack.at(-1)) {
    if (afterSentence && isCapitalized(text.slice(top.start + 1, top.start + 2))) return;
    stack.pop();
    spans.push(markedSpan("single", top, fallbackClose(top), tokens, true));
  }
}
