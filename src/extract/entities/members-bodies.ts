/**
 * A body named by its members' plural possessive ("the Kelowna Teachers' Association", "Ontario Nurses' Association",
 * "Prince George District Teachers' Association"): one organization. The tagger, trained on Reuters where such
 * names are rare, cut the name at the apostrophe and read the words before as a place or nothing and the body's word
 * as an organization alone; a speaker phrase "said <name> president Tanya Kaiser" then named the organization
 * "Association" and lost the person (session 30 lead's web-page probe, an invented teachers' strike story).
 * The capitalized words before the possessive (up to five, one space apart, not a sentence's opening function word),
 * a plural ending in a lower-case "s" right before the apostrophe, then one word of MEMBERS_BODY_WORDS.
 */
import { MEMBERS_BODY_WORDS } from "../../lexicon/organization-suffixes.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { startsCapitalThenLower } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import type { TokenSpan } from "./spans.js";

/** At most this many words of the members' name ("Prince George District Teachers"). */
const MOST_WORDS = 5;

/** The spans with each members' body read as one organization (the file's comment). */
export function membersBodySpans(
  text: string,
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  firstToken: number,
  endToken: number,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = firstToken + 1; i + 1 < endToken; i++) {
    const mark = tokens[i] as Token;
    if (mark.text !== "'" && mark.text !== "’") continue;
    const plural = tokens[i - 1] as Token;
    const body = tokens[i + 1] as Token;
    if (plural.end !== mark.start || body.start !== mark.end + 1 || text[mark.end] !== " ") continue;
    if (!startsCapitalThenLower(plural.text) || !/\p{Ll}s$/u.test(plural.text)) continue;
    if (!startsCapitalThenLower(body.text) || !MEMBERS_BODY_WORDS.has(body.lower)) continue;
    // A person's full name the tagger read before the apostrophe is the party's leader, no members' plural ("Geert
    // Wilders' Party for Freedom": session 41 probe, a Dutch election; the leader was missing). Not a plural alone
    // read as a person ("The Socialist General [Workers]' Union": Reuters bench).
    if (spans.some((span) => span.label === "PER" && span.end === i && span.end - span.first >= 2)) continue;
    let first = i - 1;
    while (
      first > firstToken &&
      i - first < MOST_WORDS &&
      startsCapitalThenLower((tokens[first - 1] as Token).text) &&
      (tokens[first] as Token).start - (tokens[first - 1] as Token).end === 1
    )
      first--;
    // "The Ontario Nurses' Association": a sentence's opening function word is no part of the name.
    while (first < i - 1 && STOPWORDS.has((tokens[first] as Token).lower)) first++;
    out = withSpan(out ?? spans, first, i + 2);
  }
  return out ?? (spans as TokenSpan[]);
}

/** The spans with [first, end) as one organization, over the spans inside it or crossing its start. */
function withSpan(spans: readonly TokenSpan[], first: number, end: number): TokenSpan[] {
  const out: TokenSpan[] = [];
  let start = first;
  let placed = false;
  for (const span of spans) {
    if (span.end <= first || span.first >= end) {
      if (!placed && span.first >= end) {
        out.push({ label: "ORG", first: start, end });
        placed = true;
      }
      out.push(span);
      continue;
    }
    // A span crossing the end is another reading of the words after: left as it was, the body not read.
    if (span.end > end) return spans as TokenSpan[];
    start = Math.min(start, span.first);
  }
  if (!placed) out.push({ label: "ORG", first: start, end });
  return out;
}
