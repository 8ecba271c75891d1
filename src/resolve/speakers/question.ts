/**
 * A quote that is a question put to someone ("Dana Roe was asked, “…”", "Roe was asked whether …: “…”"): the
 * words are the asker's, not the person asked. Extraction gives such a quote no speaker phrase; the narration
 * passes gave it to the sentence's subject (the person asked) or let it continue the speaker before. PolNeAR
 * train speaker 95.2 -> 95.3 (other quote and people figures unchanged); Reuters bench output unchanged.
 */
import { INDIRECT_QUESTION_WORDS, PASSIVE_AUXILIARIES } from "../../lexicon/attribution-phrases.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import type { QuoteSpeaker, Token } from "../../types.js";
import { insideQuote, personsBefore, type SpeakerContext } from "./context.js";

/** Tokens back from the quote within which the passive "asked" is looked for (its whether-clause included). */
const ASKED_WINDOW = 40;

/**
 * The token index of a passive "asked" whose clause holds a quote (a quotation opening right after its comma or
 * colon; a fragment anywhere in it, "was asked by Jo Lee whether the plan would risk “…”"), in the quote's
 * sentence, with no reporting verb between ("was asked about it and replied: “…”" is the answer), or null. Not
 * "was asked to …" (a request), nor a quote standing in a sentence of its own after "Roe was asked about the
 * plan." (Roe's answer), nor a quotation asking nothing after an indirect question (the answer).
 */
export function askedBefore(
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  quote: { start: number; text: string; partial: boolean },
): number | null {
  const at = tokenAt(tokens, quote.start);
  const fragment = quote.partial;
  if (at === 0 || (!fragment && !/^[,:]$/.test((tokens[at - 1] as Token).text))) return null;
  const sentence = sentences[spanAt(sentences, (tokens[at - 1] as Token).start)];
  if (sentence === undefined) return null;
  for (let k = at - 1; k > 0 && k >= at - ASKED_WINDOW; k--) {
    const token = tokens[k] as Token;
    if (token.start < sentence.start || /^[.!?;"“”]$/u.test(token.text)) return null;
    const word = token.lower;
    if (REPORTING_VERBS.has(word) && word !== "asked") return null;
    if (word !== "asked" || !passive(tokens, k)) continue;
    const next = tokens[k + 1]?.lower ?? "";
    if (next === "to") return null;
    // "Roe was asked whether she would run: “Not this year.”": after the question put in the writer's words, a
    // quotation that asks nothing is the answer.
    if (!fragment && !/\?\W*$/u.test(quote.text) && indirectQuestion(tokens, k + 1, at)) return null;
    return k;
  }
  return null;
}

/**
 * Whether an indirect question opens among the tokens [from, to) after "asked" ("by Jo Lee whether …"); not a
 * relative clause after a comma ("by Jo Lee, who hosts the show, “…”").
 */
function indirectQuestion(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (INDIRECT_QUESTION_WORDS.has((tokens[k] as Token).lower) && tokens[k - 1]?.text !== ",") return true;
  return false;
}

/**
 * The speaker of a question put to someone ("asked" at token `asked`): the person after "by" ("was asked by
 * host Jo Lee, “…”"), else a speaker with no name (the asker is unnamed, usually the reporter).
 */
export function asker(context: SpeakerContext, asked: number, quoteStart: number): QuoteSpeaker {
  const tokens = context.tokens;
  if (tokens[asked + 1]?.lower !== "by") return { name: null, mention: null };
  const by = tokens[asked + 1] as Token;
  const person = personsBefore(context, by.end, quoteStart).find((m) => !insideQuote(context, m.start));
  return person === undefined
    ? { name: null, mention: null }
    : { name: person.entity, mention: { start: person.start, end: person.end, text: person.text } };
}

/** Whether "asked" at token `k` is passive: a form of "be" or "get" before it, past one adverb ("was also asked"). */
function passive(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? "";
  if (PASSIVE_AUXILIARIES.has(before)) return true;
  return /ly$|^also$|^again$/.test(before) && PASSIVE_AUXILIARIES.has(tokens[k - 2]?.lower ?? "");
}
