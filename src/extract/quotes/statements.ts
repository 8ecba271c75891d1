/**
 * Whether a quoted span is a statement, and where it ends, in the cases the main reading in ./index.ts leaves
 * open: a heading in quotation marks, a lower-case statement a reporting verb introduces (`He told supporters,
 * “our nation is …”`), and a statement whose closing mark was lost before its own attribution.
 */
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { SENTENCE_END_MARKS } from "../../lexicon/punctuation.js";
import { INTRODUCING_ADVERBS } from "../../lexicon/speaker-adverbs.js";
import { isLyAdverb } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { attributionAfter } from "./attribution-after.js";
import type { MarkedSpan } from "./marked-span.js";
import type { Paragraph } from "./paragraphs.js";

const MAX_LOST_ATTRIBUTION_TOKENS = 8;

/**
 * `“… with a profit, he said.` and the paragraph ends: a quote whose closing mark was lost before its own
 * attribution ends at the comma before it, not past "he said".
 */
export function beforeLostAttribution(tokens: readonly Token[], span: MarkedSpan): MarkedSpan | null {
  const stop = span.closeToken;
  if (!SENTENCE_END_MARKS.has(tokens[stop]?.text ?? "")) return null;
  for (let c = stop - 1; c > span.openToken + 1 && stop - c <= MAX_LOST_ATTRIBUTION_TOKENS; c--) {
    if ((tokens[c] as Token).text !== ",") continue;
    const tail = attributionAfter(tokens, c, stop);
    if (tail?.cue == null || tail.speaker === null || tail.loose || tail.end !== stop) return null;
    // Key by key in markedSpan's order, not a spread copy (another hidden class: see markedSpan).
    return {
      family: span.family,
      openToken: span.openToken,
      closeToken: c,
      start: span.start,
      end: (tokens[c] as Token).end,
      closed: true,
      reopenings: span.reopenings,
      resumes: span.resumes,
    };
  }
  return null;
}

/**
 * Whether what follows a cue up to the comma before a quote leaves the cue introducing it (`said, “`, `said in a
 * statement, “`, `told a House panel, “`, `said today, “`), not a clause that the quote finishes (`said its growth,
 * “which includes …”`, `said the prices of these stocks, “look cheap”`).
 */
export function introducesStatement(tokens: readonly Token[], afterCue: number): boolean {
  const next = tokens[afterCue];
  if (next === undefined || next.text === "," || next.text === ":") return true;
  const w = next.lower;
  const cue = (tokens[afterCue - 1] as Token).lower;
  return (
    PREPOSITIONS.has(w) ||
    DATE_WORDS.has(w) ||
    INTRODUCING_ADVERBS.has(w) ||
    isLyAdverb(next.text) ||
    cue === "told" ||
    cue === "tells" ||
    cue === "tell"
  );
}

/** A short title-case quote alone in its paragraph is a heading ("‘All Hands On Deck.’"), not speech. */
export function isHeading(text: string, paragraph: Paragraph, span: MarkedSpan, content: string): boolean {
  if (span.openToken !== paragraph.first || span.closeToken !== paragraph.end - 1) return false;
  const words = content.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 8) return false;
  const capitalized = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalized / words.length >= 0.6 && text.slice(span.start, span.end).length < 80;
}
