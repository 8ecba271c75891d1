/**
 * A speaker pronoun read as a careful reader reads it: from the sentence right before it, when that sentence
 * leaves one choice, before the document's salience (which a speaker quoted at length two sentences back wins).
 */
import { GENDERED_PRONOUNS } from "../../lexicon/pronouns.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import type { Mention, TextSpan } from "../../types.js";
import { insideQuote, personsBefore, type SpeakerContext } from "./context.js";

/** Subject pronouns that may open the sentence before a speaker pronoun and hand it their referent. */
const SUBJECT_PRONOUNS = new Set(["he", "she"]);

/**
 * The sentence before the speaker pronoun (the one holding `anchor - 1`, as for `subjectJustBefore`):
 * - opening with a subject pronoun of the same gender (`She said she would rather fund Dana Roe's race. “…,”
 *   she said`): that pronoun's referent, found by `resolveAt` where it stands, not the person named after it;
 * - else naming one person only, outside quotes, whose gender agrees (or is unknown, for a name in full)
 *   (`… listening to Director Jo Hale's statement. He called it “…”`): that person, even as a possessive or
 *   an object, over someone quoted further back.
 * Else null: the choice is salience's.
 */
export function previousSentenceReferent(
  context: SpeakerContext,
  pronoun: string,
  pronounStart: number,
  anchor: number,
  agreement: (candidate: string) => number,
  resolveAt: (span: TextSpan) => string | null,
): string | null {
  const sentence = context.sentences[spanAt(context.sentences, anchor - 1)];
  if (sentence === undefined || sentence.start >= anchor) return null;
  const tokens = context.tokens;
  const opener = tokens[tokenAt(tokens, sentence.start)];
  const word = opener?.text.toLowerCase() ?? "";
  if (
    opener !== undefined &&
    opener.start !== pronounStart &&
    SUBJECT_PRONOUNS.has(word) &&
    !insideQuote(context, opener.start)
  ) {
    if (GENDERED_PRONOUNS.get(word) !== GENDERED_PRONOUNS.get(pronoun)) return null;
    return resolveAt({ start: opener.start, end: opener.end, text: opener.text });
  }
  // One person named in the pronoun's own sentence is no antecedent: "Asked to rate Dana Roe's tenure, he
  // replied" (Reuters, 3 speakers went wrong so).
  if (sentence.end > pronounStart) return null;
  const end = Math.min(sentence.end, anchor);
  const persons = personsBefore(context, sentence.start, end);
  // The name a speaker phrase or the subjects gave the mention when fuller than the tagger's ("Representative
  // Dana" of "Dana Roe", "Dana" cut at a line break).
  const nameOf = (m: Mention): string =>
    context.subjects.findLast((c) => c.offset === m.start)?.name ??
    context.clauseSubjects.find((c) => c.offset === m.start)?.name ??
    m.entity;
  const names = new Set(persons.map(nameOf));
  if (names.size !== 1) return null;
  const name = [...names][0] as string;
  // As a subject or a source: opening a clause, before a reporting verb or after one ("…, said Jo Roe of
  // Acme. He added"); not an object or a possessive ("the stake bought from Roe", "advocated by Speaker Jo
  // Roe. He added": Reuters, 7 speakers went wrong so).
  if (!persons.some((m) => speaking(context, m))) return null;
  const fit = agreement(name);
  return fit === 1 || (fit > 0 && name.includes(" ")) ? name : null;
}

/** Whether a person mention is a clause's subject or a statement's source ("said Jo Roe", "according to Roe"). */
function speaking(context: SpeakerContext, m: Mention): boolean {
  if (context.clauseSubjects.some((c) => c.offset === m.start)) return true;
  const tokens = context.tokens;
  const at = tokenAt(tokens, m.start);
  const before = tokens[at - 1]?.text.toLowerCase() ?? "";
  // An attribution after the statement ("…, said Jo Roe of Acme."): not "said Roe had done well", "said Roe's
  // problem", "One trader said Roe, with …, deserves credit" (Reuters, 3 speakers went wrong so).
  if (REPORTING_VERBS.has(before)) return /^[,"”'’]$/u.test(tokens[at - 2]?.text ?? "");
  return before === "to" && tokens[at - 2]?.text.toLowerCase() === "according";
}
