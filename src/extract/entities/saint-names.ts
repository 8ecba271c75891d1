/**
 * A place's name with "St." or "Ste." inside ("Fort St. James", "Fort St. John"): the tagger (1996 Reuters) ended a
 * span at the abbreviation's stop and opened another on the saint's name, so "Fort St." and "John" were two places.
 * A span that ends on the abbreviation, one space before the next span, is one name with it, of the first span's
 * kind (of the second's when the first is a MISC: "St." + "Jude Medical Inc" on the Reuters bench). Session 34
 * probe (a Canadian Press wildfire story): "near Fort St. James, B.C." listed "Fort St." and "James".
 */
import type { Token } from "../../types.js";
import type { TokenSpan } from "./spans.js";

/** The abbreviations of "saint" written with their stop ("St.", "Ste."), as tokens. */
const SAINT = /^(?:St|Ste)\.$/u;

/** The spans with each pair cut at a saint's abbreviation made one span (the file's comment). */
export function saintNameSpans(spans: readonly TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let s = 1; s < spans.length; s++) {
    const current: readonly TokenSpan[] = out ?? spans;
    const before = current[s - 1];
    const after = current[s];
    if (before === undefined || after === undefined || before.end !== after.first || before.label === "PER")
      continue;
    const abbreviation = tokens[before.end - 1] as Token;
    if (!SAINT.test(abbreviation.text) || (tokens[after.first] as Token).start !== abbreviation.end + 1)
      continue;
    out = [
      ...current.slice(0, s - 1),
      { label: before.label === "MISC" ? after.label : before.label, first: before.first, end: after.end },
      ...current.slice(s + 1),
    ];
    s--;
  }
  return out ?? (spans as TokenSpan[]);
}
