/**
 * Two capitalized words with "&" between them are one organization's name ("Ernst & Young", "Procter & Gamble",
 * "Marks & Spencer", "Smith & Nephew"): an ampersand joins the names of a firm's founders or of a duo, never two
 * names of a sentence. The tagger (1996 Reuters, where such firms are written "and") read "Ernst" as a person and
 * "Young" as a MISC, or cut "Procter &" before the second name. The span is the word after "&", the capitalized
 * words before it (at most three, not a sentence's opening function word or day: "Morgan Stanley & Co"), and the
 * spans that hold them. Not a citation's authors (a year or a reference's number after them), not a title after
 * "&" (two persons), not a letter alone on either side ("Q & A"), not across a line break. Session 34 probe (BBC
 * business, 2004-05 style): "Ernst & Young audited the accounts" listed the person "Ernst".
 */
import { opensSentenceOnly } from "../../lexicon/context-openers.js";
import { PERSONAL_TITLES } from "../../lexicon/title-kinds.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { oneSpace } from "./particle-names.js";
import type { TokenSpan } from "./spans.js";

/** Whether token `at` is a capitalized word of two letters or more. */
function isNameWord(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return token !== undefined && token.kind === "word" && token.text.length > 1 && isCapitalized(token.text);
}

/** A year as a citation writes it ("2004", "2004a"). */
const YEAR = /^(?:1[89]|20)\d\d[a-z]?$/u;

/**
 * Whether the name ending before token `to` is a citation's authors ("Gries & Stefanowitsch (2004)", "(Smith &
 * Jones, 2010)", "Smith & Jones 2010"): a year within the two tokens after it. GUM train's academic articles: 11
 * people lost to such "firms" in a first version.
 */
function isCitation(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to]?.text ?? "";
  const after = tokens[to + 1]?.text ?? "";
  // A numbered reference too ("Carrano & Biewener [7]").
  return YEAR.test(next) || YEAR.test(after) || (next === "[" && /^\d+$/u.test(after));
}

/** The spans of the sentence [first, end) with each such name one organization (the file's comment). */
export function ampersandNameSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  first: number,
  end: number,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let p = first + 1; p < end - 1; p++) {
    if ((tokens[p] as Token).text !== "&" || !isNameWord(tokens, p - 1) || !isNameWord(tokens, p + 1))
      continue;
    if (!oneSpace(tokens, p - 1, p) || !oneSpace(tokens, p, p + 1)) continue;
    // Two persons, one of them titled ("Kermie Worm & Mr. Marbles").
    if (PERSONAL_TITLES.has((tokens[p + 1] as Token).lower.replace(/\.$/u, ""))) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    // The name's first word: back over the capitalized words before "&" ("Morgan Stanley & Co"), at most three.
    let start = p - 1;
    while (
      start > first &&
      p - 1 - start < 3 &&
      isNameWord(tokens, start - 1) &&
      oneSpace(tokens, start - 1, start)
    )
      start--;
    if (start === first && start < p - 1 && opensSentenceOnly((tokens[start] as Token).lower)) start++;
    // The spans holding a word of the name, and any between.
    let a = 0;
    while (a < current.length && (current[a] as TokenSpan).end <= start) a++;
    let b = a;
    while (b < current.length && (current[b] as TokenSpan).first <= p + 1) b++;
    const from = Math.min(start, (current[a] as TokenSpan | undefined)?.first ?? start);
    const to = Math.max(p + 2, (current[b - 1] as TokenSpan | undefined)?.end ?? p + 2);
    if (isCitation(tokens, to)) continue;
    const only = current[a];
    if (b - a === 1 && only?.label === "ORG" && only.first === from && only.end === to) continue;
    out = [...current.slice(0, a), { label: "ORG", first: from, end: to }, ...current.slice(b)];
  }
  return out ?? (spans as TokenSpan[]);
}
