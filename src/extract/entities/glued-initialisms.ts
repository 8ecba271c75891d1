/**
 * A country's initialism written without its last stop ("sales to the U.S rose", "U.K exports"), as wire text
 * writes it before a space or a line's end: the splitter cuts it "U." + "S", and the tagger read "U." as a place
 * named "U." and the letter after it as a people or a firm. Once a letter alone stopped being a place (index.ts),
 * such a country was not read at all. The two tokens are one place when the letters with the stop restored are a
 * country of the gazetteer ("u.s." → United States, "u.k."); readPlace names it so. Reuters bench: 66 mentions.
 */
import type { Token } from "../../types.js";
import type { Gazetteer } from "./gazetteer.js";
import { gluedInitialismKey } from "./places.js";
import { withSpanOver } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

/** The spans with each glued country initialism one place span, replacing what the tagger read on its tokens. */
export function gluedInitialismSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentFirst: number,
  segmentEnd: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = segmentFirst; i < segmentEnd - 1; i++) {
    if ((tokens[i] as Token).text.length !== 2) continue;
    if (gluedInitialismKey(tokens, i, i + 2, gaz) === null) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    // A longer name holding it ("[ORG U.S Steel Corp]") stays as read.
    const next = withSpanOver(current, { label: "LOC", first: i, end: i + 2 });
    if (next === null) continue;
    out = next;
    i++;
  }
  return out ?? (spans as TokenSpan[]);
}
