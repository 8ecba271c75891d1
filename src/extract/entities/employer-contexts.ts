/**
 * A name read as a place or a person where the words around it say it is a firm: a market job's "at" or "with"
 * ("an analyst at Corbeau", "said analyst Dana Whitlow at Corbeau"), an office's or a holding's "of" or "in"
 * ("chief executive of Tessaro", "general manager of Tessaro", "a stake in Corvell"), or the firm's possessive
 * before its board or shares ("Tessaro's board"). The tagger, which reads two words either side, calls an unknown
 * one-word firm a place after "at" or "of" and a person before "'s". Only a name of at most three words that no
 * gazetteer knows as a place, no company suffix alone ("Inc"; a suffix read apart right after joins the firm:
 * "[PER Acme] [ORG Plc]" is "[ORG Acme Plc]"), and not a possessive after "at"/"of" ("an analyst at Dana Whitlow's firm").
 * CoNLL dev FIT (seed 20261254): four fixed (one firm three times after offices, one after "analyst X at"; a
 * broker's firm named like a person, which CoNLL's gold calls a person, lost).
 */
import {
  COMPANY_BEFORE,
  COMPANY_POSSESSIONS,
  FIRM_JOB_PERSON_PREPOSITIONS,
  FIRM_JOB_PREPOSITIONS,
  FIRM_JOBS,
} from "../../lexicon/employer-contexts.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { isCapitalizedWord } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import type { Gazetteer } from "./gazetteer.js";
import { type SettledNames, textOf } from "./name-contexts.js";
import { isKnownPlace, keyOf } from "./places.js";
import { replaceSpans } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

/** Longest name retyped, in words. */
const MOST_WORDS = 3;

const POSSESSIVE = /^['’]s$/u;

/** Words joining a firm's partners: the possessive after them belongs to the whole firm ("Dana and Lee's board"). */
const PARTNERS: ReadonlySet<string> = new Set(["and", "&"]);

function lower(tokens: readonly Token[], at: number): string {
  return tokens[at]?.lower ?? "";
}

/** Whether the span is one company suffix ("Inc", "Plc"). */
function isSuffixSpan(span: TokenSpan, tokens: readonly Token[]): boolean {
  return span.end - span.first === 1 && ORGANIZATION_SUFFIXES.has(lower(tokens, span.first));
}

/**
 * Whether the words before the span say firm: "<job> at", "<job> <person> at" (or "of"), "<office> of", "stake in".
 */
function firmBefore(spans: readonly TokenSpan[], s: number, tokens: readonly Token[], from: number): boolean {
  const span = spans[s] as TokenSpan;
  const at = span.first - 1;
  if (at - 1 < from) return false;
  if (COMPANY_BEFORE.has(`${lower(tokens, at - 1)} ${lower(tokens, at)}`)) return true;
  if (!FIRM_JOB_PERSON_PREPOSITIONS.has(lower(tokens, at))) return false;
  if (FIRM_JOB_PREPOSITIONS.has(lower(tokens, at)) && FIRM_JOBS.has(lower(tokens, at - 1))) return true;
  const person = spans[s - 1];
  return (
    person !== undefined &&
    person.label === "PER" &&
    person.end === at &&
    person.first - 1 >= from &&
    FIRM_JOBS.has(lower(tokens, person.first - 1)) &&
    !isNamedForPerson(tokens, person, span)
  );
}

/**
 * Whether the firm's span opens with the person's first word: a firm named for the person before it ("analyst Dana
 * Whitlow of Dana Whitlow and Associates"), whose name the firm's reading would take from the person (Reuters
 * bench: 1 such analyst; "analyst Dana Smith of Smith Barney" is read).
 */
function isNamedForPerson(tokens: readonly Token[], person: TokenSpan, firm: TokenSpan): boolean {
  return lower(tokens, person.first) === lower(tokens, firm.first);
}

/**
 * The spans with each firm this file reads retyped as an organization; its name goes into `settled`, so the
 * document's other mentions of it read as persons or places follow (document-names.ts settleNames).
 */
export function employerSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentFirst: number,
  segmentEnd: number,
  gaz: Gazetteer,
  settled: SettledNames,
): TokenSpan[] {
  return replaceSpans(spans, (span, s) => {
    if (
      (span.label !== "LOC" && span.label !== "PER") ||
      span.end - span.first > MOST_WORDS ||
      isKnownPlace(keyOf(tokens, span.first, span.end), gaz) ||
      ORGANIZATION_SUFFIXES.has(lower(tokens, span.first))
    )
      return null;
    const possessive = span.end < segmentEnd && POSSESSIVE.test(tokens[span.end]?.text ?? "");
    const firm = possessive
      ? span.end + 1 < segmentEnd &&
        COMPANY_POSSESSIONS.has(lower(tokens, span.end + 1)) &&
        !PARTNERS.has(lower(tokens, span.first - 1))
      : firmBefore(spans, s, tokens, segmentFirst);
    if (!firm) return null;
    // A company suffix read apart right after ("[LOC Xyvision] [ORG Inc]") is the firm's name's end; capitalized
    // words the tagger left untagged right after are the rest of the firm's name ("[PER Pemberly] Hotel Corp",
    // "[PER Corvell] Bank AG"; Reuters bench: 4 records were cut to the first word without them).
    const next = spans[s + 1];
    let end = span.end;
    let last = s;
    if (next !== undefined && next.first === span.end && isSuffixSpan(next, tokens)) {
      end = next.end;
      last++;
    } else {
      const limit = Math.min(segmentEnd, next?.first ?? segmentEnd, span.end + MOST_WORDS);
      while (end < limit && isCapitalizedWord(tokens[end])) end++;
    }
    const firmSpan: TokenSpan = { label: "ORG", first: span.first, end };
    settled.set(textOf(tokens, firmSpan), "firm");
    return { spans: [firmSpan], last };
  });
}
