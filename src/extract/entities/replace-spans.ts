/**
 * The walk the span passes after the tagger share (abbreviated openers, places after surnames, organizations'
 * places, datelines, unknown first names, hyphened first names, unknown names in a person's context, middle
 * initials, employers): each reads the spans in order and may put new spans in the place of one or a few. The list
 * is copied only at the first change: most sentences' spans leave every pass unchanged, and the pass then returns
 * its input as it is.
 */
import type { TokenSpan } from "./spans.js";

/** What a pass reads at one span: the spans it puts in the place of the spans from that one to `last`. */
export interface SpanReplacement {
  /** The new spans, in order. */
  readonly spans: readonly TokenSpan[];
  /** The index of the last input span they replace: the span read, or a later one they cover too. */
  readonly last: number;
  /** Whether they also take the place of the span written just before (a firm's first word read apart). */
  readonly withPrevious?: boolean;
}

/**
 * A pass's reading of span `s`, given the span written just before it (the input's, or a replacement): null keeps
 * the span as it is.
 */
export type SpanReading = (
  span: TokenSpan,
  s: number,
  previous: TokenSpan | undefined,
) => SpanReplacement | null;

/**
 * The spans with each replacement `read` makes; the input itself when it makes none. `head`, with `from`: the spans
 * a pass already wrote in the place of spans 0 to `from - 1` (a dateline's place over the first spans).
 */
export function replaceSpans(
  spans: readonly TokenSpan[],
  read: SpanReading,
  head: TokenSpan[] | null = null,
  from = 0,
): TokenSpan[] {
  let out = head;
  for (let s = from; s < spans.length; s++) {
    const span = spans[s] as TokenSpan;
    const replacement = read(span, s, out === null ? spans[s - 1] : out[out.length - 1]);
    if (replacement === null) {
      out?.push(span);
      continue;
    }
    out ??= spans.slice(0, s);
    if (replacement.withPrevious === true) out.pop();
    for (const next of replacement.spans) out.push(next);
    s = replacement.last;
  }
  return out ?? (spans as TokenSpan[]);
}

/**
 * The spans with `span` in the place of those inside its tokens, in order; null when a span runs across one of its
 * edges (a longer name holding it, "[ORG U.S Steel Corp]", or one running into it stays as read). The insertion the
 * passes that read tokens rather than spans share (compass places, glued initialisms, nicknames).
 */
export function withSpanOver(current: readonly TokenSpan[], span: TokenSpan): TokenSpan[] | null {
  const { first, end } = span;
  if (current.some((s) => s.first < end && first < s.end && (s.first < first || s.end > end))) return null;
  return withSpanInPlace(current, span);
}

/**
 * The spans with `span` in the place of every span sharing a token with it, one running across its edges too: for
 * a frame that decides its items' bounds whatever the tagger read (a line-up's players, line-ups.ts: a span across
 * a comma between two players, "[ORG Fenn, Lusby]", is no name).
 */
export function withSpanInPlace(current: readonly TokenSpan[], span: TokenSpan): TokenSpan[] {
  const { first, end } = span;
  const out = current.filter((s) => s.end <= first || s.first >= end);
  out.push(span);
  return out.sort((a, b) => a.first - b.first);
}
