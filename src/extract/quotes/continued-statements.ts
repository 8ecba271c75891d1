/**
 * A quoted fragment that finishes a sentence opened only by an adverbial phrase (`In France, by contrast,
 * “claims … have less acceptance.”`) goes on with the statement of the sentence before it.
 */

import { LINKING_ADVERBS } from "../../lexicon/context-openers.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { CLAUSE_END_MARKS } from "../../lexicon/punctuation.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { VERB_AUXILIARIES } from "../../lexicon/verb-auxiliaries.js";
import { isEdForm } from "../../text/word-shape.js";
import type { Sentence, Token } from "../../types.js";
import type { Attribution } from "./attribution.js";
import { isTitleCasedSpan } from "./marked-span.js";
import type { Analysed } from "./quote-analysis.js";
import { reportingClause } from "./reporting-clause.js";
import { lower } from "./words.js";

/** Tokens the opener may hold: "In the north of the country, by contrast,". */
const MAX_OPENER_TOKENS = 10;

/** Whether `[from, to)` is an adverbial opener ending in a comma: no verb, only words, numbers and commas. */
function isAdverbialOpener(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > MAX_OPENER_TOKENS || tokens[to - 1]?.text !== ",") return false;
  const first = lower(tokens[from]);
  if (!PREPOSITIONS.has(first) && !LINKING_ADVERBS.has(first)) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.text === ",") continue;
    if (t.kind !== "word" && t.kind !== "number") return false;
    const w = lower(t);
    if (isEdForm(t.text) || VERB_AUXILIARIES.has(w) || REPORTING_VERBS.has(w)) return false;
  }
  return true;
}

/**
 * The attribution a fragment ending its sentence after an adverbial opener continues: the attribution of the
 * previous sentence's quote, else that sentence's main reporting clause (`Ann Lee said the plan was sound. In the
 * north, however, “the roads are not ready.”`). Session 14, FIT half of seed 20261241: such a fragment had no
 * speaker. Null when the fragment is not so placed.
 */
export function continuedStatement(
  tokens: readonly Token[],
  sentence: Sentence,
  before: Sentence | undefined,
  quote: Analysed,
  previous: Analysed | undefined,
): Attribution | null {
  if (before === undefined || !quote.span.closed) return null;
  const resumed = resumedStatement(tokens, sentence, before, quote, previous);
  if (resumed !== null) return resumed;
  // `Lee said the bill was “a muddle”. But that the board wants “a pause” …`: a reported clause going on.
  if (opensReportedClause(tokens, sentence, quote)) {
    const said = previous?.attribution;
    const inBefore = previous !== undefined && previous.span.openToken >= before.firstToken;
    return inBefore
      ? said?.speaker != null
        ? said
        : null
      : reportingClause(tokens, before.firstToken, before.endToken, true);
  }
  const end = Math.min(sentence.endToken, tokens.length);
  for (let k = quote.span.closeToken + 1; k < end; k++)
    if (!CLAUSE_END_MARKS.has(tokens[k]?.text ?? "")) return null;
  if (!isAdverbialOpener(tokens, sentence.firstToken, quote.span.openToken)) return null;
  if (previous !== undefined && previous.span.closeToken >= before.firstToken) {
    const said = previous.attribution;
    return said?.speaker != null && previous.span.openToken >= before.firstToken ? said : null;
  }
  return reportingClause(tokens, before.firstToken, before.endToken, true);
}

/**
 * The last quote before, past a title the writer quoted after it (`“…,” Lee said on CBC's “Evening Desk.” “Still, I
 * think …,” and then he hung up.`): the statement a resumed one goes on with (session 16's brief, continuations
 * across a title quote: such a quote had no speaker).
 */
export function statementBefore(tokens: readonly Token[], out: readonly Analysed[]): Analysed | undefined {
  const last = out.at(-1);
  if (
    last === undefined ||
    !last.partial ||
    last.attribution !== null ||
    !isTitleCasedSpan(tokens, last.span)
  )
    return last;
  return out.at(-2) ?? last;
}

/** Conjunctions before "that" opening a sentence that goes on with the reported clause before it. */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(["and", "but", "or"]);

/**
 * Whether the sentence opens with "But that" / "And that" before the quote, with no verb of its own before "that":
 * the writer goes on with the reported speech of the sentence before (British style; session 16, FIT half of seed
 * 20261261: such a fragment had no speaker).
 */
function opensReportedClause(tokens: readonly Token[], sentence: Sentence, quote: Analysed): boolean {
  const first = sentence.firstToken;
  return (
    CLAUSE_LINKS.has(lower(tokens[first])) &&
    lower(tokens[first + 1]) === "that" &&
    quote.span.openToken > first + 2
  );
}

/** Words from which a quote opening its sentence is a resumed statement rather than a term. */
const MIN_RESUMED_WORDS = 3;

/** Words after a quote's closing mark that finish its sentence with a phrase, not a verb: "of", "in", "and". */
const PHRASE_LINKS: ReadonlySet<string> = new Set(["and", "or"]);

/**
 * `“We will win,” Ms Ferris said. “There is no doubt about it” in the minds of voters.`: a statement opening the
 * sentence right after the speaker's quoted statement, cut by the writer's closing phrase (a preposition or "and"
 * after the mark), goes on with that statement (session 15, FIT half of seed 20261251: two such quotes had no
 * speaker). Not after a verb (`“Nobody believes it” was the reply`), not when the quote before is not in the
 * sentence before.
 */
function resumedStatement(
  tokens: readonly Token[],
  sentence: Sentence,
  before: Sentence,
  quote: Analysed,
  previous: Analysed | undefined,
): Attribution | null {
  if (previous === undefined || quote.span.openToken !== sentence.firstToken) return null;
  // (A statement, not a term: `“Cash” in portfolios usually means …` is the writer's gloss, Reuters.)
  let words = 0;
  for (let k = quote.span.openToken + 1; k < quote.span.closeToken; k++)
    if (tokens[k]?.kind === "word") words += 1;
  if (words < MIN_RESUMED_WORDS) return null;
  const first = tokens[quote.span.openToken + 1];
  if (first === undefined || !/^\p{Lu}/u.test(first.text)) return null;
  const next = lower(tokens[quote.span.closeToken + 1]);
  if (!PREPOSITIONS.has(next) && !PHRASE_LINKS.has(next)) return null;
  const said = previous.attribution;
  const previousLast = previous.parts.at(-1) ?? previous.span;
  if (said?.speaker == null || previous.partial) return null;
  return previous.span.openToken >= before.firstToken && previousLast.closeToken < sentence.firstToken
    ? said
    : null;
}
