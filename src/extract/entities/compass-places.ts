/**
 * A place written with its compass point cut to an initial ("N. Korea", "S. Africa", "N. Ireland", "S. Carolina"),
 * as headlines, tables and datelines write it. The tagger reads the initial as a person's ("[PER S. Africa]") or
 * alone as an organization ("[ORG N.] Korea"). When the name written out ("north korea", "northern ireland") is a
 * country, region, US state or city of the gazetteer, the initial and the words after it are that place, and
 * readPlace names it as written out. Chosen from CoNLL dev FIT (seed 20261264): two such places in one headline
 * both missed; agency news of every decade abbreviates the Koreas, the Carolinas and Dakotas this way.
 */
import { COMPASS_INITIALS } from "../../lexicon/place-openers.js";
import type { Token } from "../../types.js";
import type { Gazetteer } from "./gazetteer.js";
import { compassPlaceKey } from "./places.js";
import { withSpanOver } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

/** The words a sentence must hold one of for compassPlaceSpans to read a place in it (sentence-cues.ts skips the others). */
export const COMPASS_PLACE_CUES: readonly Iterable<string>[] = [[...COMPASS_INITIALS.keys()]];

/** Most words after the initial ("S. Sudan", "N. Rhine Westphalia" would be two). */
const MOST_WORDS = 2;

/**
 * Whether a person span ends at token `end`. A function, not a closure in compassPlaceSpans' loop: a closure reading
 * the loop's index made V8 allocate a context for it at every token (4,000 Reuters documents: 23 MB).
 */
function personEndsAt(spans: readonly TokenSpan[], end: number): boolean {
  for (const s of spans) if (s.label === "PER" && s.end === end) return true;
  return false;
}

/** The spans with each compass initial and the place name after it one place span. */
export function compassPlaceSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentFirst: number,
  segmentEnd: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = segmentFirst; i < segmentEnd - 1; i++) {
    const text = (tokens[i] as Token).text;
    if (text.length !== 2 || !COMPASS_INITIALS.has((tokens[i] as Token).lower)) continue;
    // An initial right after a person's name or another initial is a middle initial ("Dana N. Korda", "J. N. Korda").
    if (i > segmentFirst && /^\p{Lu}\.$/u.test((tokens[i - 1] as Token).text)) continue;
    if (personEndsAt(out ?? spans, i)) continue;
    let end = 0;
    for (let n = Math.min(MOST_WORDS, segmentEnd - i - 1); n >= 1 && end === 0; n--)
      if (compassPlaceKey(tokens, i, i + 1 + n, gaz) !== null) end = i + 1 + n;
    if (end === 0) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    // A longer name holding the place ("[ORG N. Korea Central News Agency]") or running into it stays as read.
    const next = withSpanOver(current, { label: "LOC", first: i, end });
    if (next === null) continue;
    out = next;
    i = end - 1;
  }
  return out ?? (spans as TokenSpan[]);
}
