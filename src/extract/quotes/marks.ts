/** The quote scan: every quoted stretch of a document's body, from its quotation marks. */
import { QUOTE_MARKS, type QuoteFamily } from "../../lexicon/quote-marks.js";
import type { QuoteMarkProblem as Diagnostic, Token } from "../../types.js";
import { scanFamily } from "./family-scan.js";
import { markTokens } from "./mark-index.js";
import { roleOf } from "./mark-roles.js";
import type { MarkedSpan } from "./marked-span.js";
import type { Paragraph } from "./paragraphs.js";

export interface MarkScan {
  spans: MarkedSpan[];
  diagnostics: Diagnostic[];
}

const MAX_DIAGNOSTICS = 20;

/** Counts opening marks per family to tell American (“double”) from British (‘single’) outer quotes. */
function outerFamily(
  tokens: readonly Token[],
  marks: readonly number[],
  text: string,
  bodyStart: number,
  headlineEnd: number,
): QuoteFamily {
  let doubles = 0;
  let singles = 0;
  let first: QuoteFamily | null = null;
  let firstBelowHeadline: QuoteFamily | null = null;
  for (const i of marks) {
    const token = tokens[i] as Token;
    const info = QUOTE_MARKS.get(token.text);
    if (info === undefined || info.family === "guillemet") continue;
    if (roleOf(text, token, bodyStart, info.family, false) !== "open") continue;
    first ??= info.family;
    if (i >= headlineEnd) firstBelowHeadline ??= info.family;
    if (info.family === "double") doubles += 1;
    else singles += 1;
  }
  // A tie (`'He told me "get out",' said Ann.`: one of each): the family that opens first is the outer one,
  // below the first paragraph if it can (American headlines quote with single marks, their text with double).
  if (singles === doubles && first !== null) return firstBelowHeadline ?? first;
  return singles > doubles ? "single" : "double";
}

/** Keeps outermost spans only (a nested quote belongs to the quote around it); linear after sorting. */
function outermost(spans: MarkedSpan[]): MarkedSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MarkedSpan[] = [];
  let reach = -1;
  for (const s of spans) {
    if (s.start >= reach) {
      kept.push(s);
      reach = s.end;
    }
  }
  return kept;
}

/**
 * Every quoted stretch of the body: the outer quote family first, then the inner one (which may not pair
 * across the outer quotes' marks), then guillemets; nested quotes are folded into the quote around them.
 */
export function scanQuoteMarks(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  bodyStart: number,
  documentId: string,
): MarkScan {
  const diagnostics: Diagnostic[] = [];
  let suppressed = 0;
  const report = (offset: number, message: string, severity: Diagnostic["severity"]): void => {
    if (diagnostics.length < MAX_DIAGNOSTICS)
      diagnostics.push({ document: documentId, offset, message, severity });
    else suppressed += 1;
  };
  const marks = markTokens(tokens);
  const outer = outerFamily(tokens, marks, text, bodyStart, paragraphs[1]?.first ?? 0);
  const inner: QuoteFamily = outer === "double" ? "single" : "double";
  const outerSpans = scanFamily(text, tokens, paragraphs, bodyStart, outer, true, marks, new Set(), report);
  const edges = new Set<number>();
  for (const s of outerSpans) {
    edges.add(s.openToken);
    edges.add(s.closeToken);
  }
  const innerSpans = scanFamily(text, tokens, paragraphs, bodyStart, inner, false, marks, edges, report);
  const guillemets = scanFamily(
    text,
    tokens,
    paragraphs,
    bodyStart,
    "guillemet",
    false,
    marks,
    new Set(),
    report,
  );
  if (suppressed > 0) {
    diagnostics.push({
      document: documentId,
      offset: bodyStart,
      message: `${suppressed} more quotation mark problems not listed`,
      severity: "info",
    });
  }
  return { spans: outermost([...outerSpans, ...innerSpans, ...guillemets]), diagnostics };
}
