/** Split quotes joined: `“We will,” he said, “win.”` is one quote in two parts. */
import type { Token } from "../../types.js";
import { bridges } from "./bridges.js";
import type { Analysed } from "./quote-analysis.js";

/** Joins `“We will,” he said, “win.”` (and `… he said. “It’s going…”`) into one quote. */
export function mergeSplitQuotes(tokens: readonly Token[], analysed: Analysed[]): Analysed[] {
  const out: Analysed[] = [];
  for (const a of analysed) {
    const prev = out.at(-1);
    const last = prev?.parts.at(-1) ?? prev?.span;
    if (
      prev !== undefined &&
      last !== undefined &&
      prev.attributedAfter &&
      prev.attribution !== null &&
      prev.parts.length === 0 &&
      !a.partial &&
      a.paragraph === prev.paragraph &&
      (a.standalone ||
        (a.attribution !== null && a.attribution.cue?.first === prev.attribution.cue?.first)) &&
      bridges(tokens, prev.attribution.end, a.span.openToken)
    ) {
      prev.parts.push(a.span);
      continue;
    }
    out.push(a);
  }
  return out;
}
