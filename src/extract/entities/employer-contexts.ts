/**
 * A name read as a place or a person where the words around it say it is a firm: a market job's "at" or "with"
 * ("an analyst at Corbeau", "said analyst Dana Whitlow at Corbeau"), an office's or a holding's "of" or "in"
 * ("chief executive of Tessaro", "general manager of Tessaro", "a stake in Corvell"), or the firm's possessive
 * before its board or shares ("Tessaro's board"). The tagger, which reads two words either side, calls an unknown
 * one-word firm a place after "at" or "of" and a person before "'s". Only a name of at most three words that no
 * gazetteer knows as a place, and not a possessive after "at"/"of" ("an analyst at Dana Whitlow's firm"). CoNLL
 * dev FIT (seed 20261254): six (one firm five times after offices, one after "analyst X at").
 */
import {
  COMPANY_BEFORE,
  COMPANY_POSSESSIONS,
  FIRM_JOB_PREPOSITIONS,
  FIRM_JOBS,
} from "../../lexicon/employer-contexts.js";
import type { Token } from "../../types.js";
import type { Gazetteer } from "./gazetteer.js";
import { isKnownPlace, keyOf } from "./places.js";
import type { TokenSpan } from "./spans.js";

/** Longest name retyped, in words. */
const MOST_WORDS = 3;

const POSSESSIVE = /^['’]s$/u;

function lower(tokens: readonly Token[], at: number): string {
  return tokens[at]?.text.toLowerCase() ?? "";
}

/** Whether the words before the span say firm: "<job> at", "<job> <person> at", "<office> of", "stake in". */
function firmBefore(spans: readonly TokenSpan[], s: number, tokens: readonly Token[], from: number): boolean {
  const span = spans[s] as TokenSpan;
  const at = span.first - 1;
  if (at - 1 < from) return false;
  if (COMPANY_BEFORE.has(`${lower(tokens, at - 1)} ${lower(tokens, at)}`)) return true;
  if (!FIRM_JOB_PREPOSITIONS.has(lower(tokens, at))) return false;
  if (FIRM_JOBS.has(lower(tokens, at - 1))) return true;
  const person = spans[s - 1];
  return (
    person !== undefined &&
    person.label === "PER" &&
    person.end === at &&
    person.first - 1 >= from &&
    FIRM_JOBS.has(lower(tokens, person.first - 1))
  );
}

/** The spans with each firm this file reads retyped as an organization. */
export function employerSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentFirst: number,
  segmentEnd: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s] as TokenSpan;
    if (
      (span.label !== "LOC" && span.label !== "PER") ||
      span.end - span.first > MOST_WORDS ||
      isKnownPlace(keyOf(tokens, span.first, span.end), gaz)
    ) {
      out?.push(span);
      continue;
    }
    const possessive = span.end < segmentEnd && POSSESSIVE.test(tokens[span.end]?.text ?? "");
    const firm = possessive
      ? span.end + 1 < segmentEnd && COMPANY_POSSESSIONS.has(lower(tokens, span.end + 1))
      : firmBefore(spans, s, tokens, segmentFirst);
    if (!firm) {
      out?.push(span);
      continue;
    }
    out ??= spans.slice(0, s);
    out.push({ label: "ORG", first: span.first, end: span.end });
  }
  return out ?? (spans as TokenSpan[]);
}
