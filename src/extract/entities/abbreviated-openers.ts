/**
 * A name opened by an abbreviated word ("St. Elvary", "Ste. Orlaine", "Mt. Tarven", "Ft. Corby") that the tagger
 * read as a span of that word alone: trained on CoNLL's "St" without its stop, it tags "St." as a place and leaves
 * the rest untagged or tags it apart ("[LOC St.] Elvary", "[LOC St.] [LOC Elvary]"). The abbreviation never names
 * anything alone, so it joins what follows: the span after it, which keeps its own label (an organization "St.
 * Joby Gold Corp", a saint "St. Orwin") unless it is MISC, or up to two untagged capitalized words; else the
 * whole takes the abbreviation's label ("[LOC St.] [MISC Elvary]"). Only across spaces or one wrapped line's break
 * (person-span.ts' endAtLineBreak then judges the break). Reuters bench (session 15): 26 mentions were the
 * abbreviation alone ("St.", "Ste.", "Mt."); of the 20 records the first version changed, read: 16 better, 4
 * neutral (a city's newspaper now one place; a surname after "St." one organization, as "St." was before; a
 * firm named for a saint a person, as the saint's word was before).
 */
import { ABBREVIATED_OPENERS } from "../../lexicon/place-openers.js";
import { isCapitalizedWord } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { replaceSpans } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

/** Most untagged words joined after the abbreviation ("St. Elvary", "Ste. Orlaine Pointe"). */
const MOST_WORDS = 2;

/** Whether only spaces and at most one line break lie between tokens a and b. */
function closeBy(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^\s+$/.test(gap) && gap.indexOf("\n") === gap.lastIndexOf("\n");
}

/** The spans with each lone abbreviated opener joined to the name after it. */
export function abbreviatedOpenerSpans(
  text: string,
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentEnd: number,
): TokenSpan[] {
  const joined = replaceSpans(spans, (span, s) => {
    const word = tokens[span.first] as Token;
    const from = span.end;
    const after = tokens[from];
    const next = spans[s + 1];
    if (
      span.end - span.first !== 1 ||
      from >= segmentEnd ||
      after === undefined ||
      !ABBREVIATED_OPENERS.has(word.lower) ||
      !/^\p{Lu}/u.test(word.text) ||
      !closeBy(text, word, after)
    )
      return null;
    if (next !== undefined && next.first === from) {
      // A name word read as MISC ("Elvary"): the abbreviation's own label says what the whole is. A person keeps
      // its label: a saint ("the church of St. Orwin": GUM train lost a person when the church's label won).
      const label = next.label === "MISC" ? span.label : next.label;
      return { spans: [{ label, first: span.first, end: next.end }], last: s + 1 };
    }
    const limit = Math.min(segmentEnd, next?.first ?? segmentEnd, from + MOST_WORDS);
    let end = from;
    while (
      end < limit &&
      isCapitalizedWord(tokens[end]) &&
      closeBy(text, tokens[end - 1] as Token, tokens[end] as Token)
    )
      end++;
    if (end === from) return null;
    return { spans: [{ label: span.label, first: span.first, end }], last: s };
  });
  return withUntaggedOpeners(text, joined, tokens);
}

/**
 * A span right after an untagged abbreviated opener with its stop ("Ste. [PER Therese]", "Mt. [PER Corvell]"):
 * the tagger never saw "Ste." (its training text writes "Ste" and the stop apart) and reads the name after it as
 * a person's. The opener joins the span, a place unless the span is an organization's ("Ste. Agathe Mills"). Not
 * "St.", a surname's word too ("Dana St. Claire"). Reuters bench (session 16): once "Ste." stopped ending a
 * sentence, a Quebec town's seven mentions were read as a person's first name without this.
 */
function withUntaggedOpeners(text: string, spans: TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  return replaceSpans(spans, (span, s) => {
    const opener = tokens[span.first - 1];
    const before = s > 0 ? (spans[s - 1] as TokenSpan) : undefined;
    if (
      opener === undefined ||
      !opener.text.endsWith(".") ||
      opener.text === "St." ||
      !/^\p{Lu}/u.test(opener.text) ||
      !ABBREVIATED_OPENERS.has(opener.lower) ||
      (before !== undefined && before.end >= span.first) ||
      !closeBy(text, opener, tokens[span.first] as Token)
    )
      return null;
    return {
      spans: [{ label: span.label === "ORG" ? "ORG" : "LOC", first: span.first - 1, end: span.end }],
      last: s,
    };
  });
}
