import { PERSON_DESCRIPTORS } from "../../lexicon/person-nouns.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import { isQuoteMarksOnly } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";
import { overlapping, type SpeakerContext } from "./context.js";
import { possessive } from "./noun-phrase.js";

/**
 * A quote's speaker pronoun: the subject of the sentence right before the quote, when its gender agrees
 * (`Julie Tennant, CEO of …, said on Twitter that … “…,” she said`), however salient someone named
 * earlier is, unless another person who may be meant is named after that subject.
 */
export function subjectJustBefore(
  context: SpeakerContext,
  anchor: number,
  agreement: (candidate: string) => number,
): string | null {
  const sentence = context.sentences[spanAt(context.sentences, anchor - 1)];
  if (sentence === undefined) return null;
  const introduced = introducedLast(context, sentence, anchor);
  if (introduced !== null && agreement(introduced) === 1) return introduced;
  const subjects = context.clauseSubjects;
  for (let i = subjects.length - 1; i >= 0; i--) {
    const subject = subjects[i] as { offset: number; name: string };
    if (subject.offset >= anchor) continue;
    if (subject.offset < sentence.start) break;
    if (reportedClauseSubject(context.tokens, subject.offset)) continue;
    // A subject of unknown gender named in full ("Lee Marsh, director for the campaign, said …") counts as well:
    // PolNeAR train 6 of 6 changed speakers better. One word of unknown gender is as often a firm the tagger took
    // for a person ("said Daiwa could …", "of Merrill Lynch said"): Reuters 9 better, 9 worse with it, 7 / 0 without.
    const fit = agreement(subject.name);
    if (fit === 0 || (fit < 1 && !subject.name.includes(" "))) continue;
    // "Ashdown may prefer …, Pellham left the door open. He added:": another person of the gender named after
    // the subject leaves the choice to salience; not a preposition's object ("met with Pemberly") nor a name in a
    // list ("… the futures of nine players — Tom Pellow, Ray Dunn and Sam Weir — who …") nor a possessive ("Mr.
    // Varnum said, Mr. Frost's jabs were unacceptable").
    const rival = overlapping(context.mentions, { start: subject.offset + 1, end: anchor, text: "" }).some(
      (m) =>
        m.type === "person" &&
        m.start > subject.offset &&
        m.entity !== subject.name &&
        agreement(m.entity) > 0 &&
        !governed(context.tokens, m.start) &&
        !listed(context, m) &&
        !possessive(context.tokens, m.end) &&
        !afterArticle(context.tokens, m.start),
    );
    return rival ? null : subject.name;
  }
  return null;
}

/**
 * Whether a name opens the clause a reporting verb with a subject of its own governs ("He said Jo Roe “has not
 * done …”", "Ann Lee told Roe …"): the statement's topic or listener, never the next "he said"'s speaker, though
 * it stands among its sentence's first words. Not an attribution after a statement ("“…,” said Jo Roe", ", said
 * Roe"), where a mark or a comma stands before the verb. FIT sample of seed 20261252: a "he said" after "He
 * said NAME “…”" went to NAME.
 */
function reportedClauseSubject(tokens: readonly Token[], offset: number): boolean {
  const at = tokenAt(tokens, offset);
  if (!REPORTING_VERBS.has(tokens[at - 1]?.text ?? "")) return false;
  const before = tokens[at - 2]?.text;
  return before !== undefined && /^[\p{L}]/u.test(before);
}

/**
 * A person named for the first time at the end of the sentence right before a quote, with an appositive that
 * runs to the sentence's end (`… something that concerns Jane Roe, president of the Florida caucus.` then
 * `“…,” she said`): news introduces the next speaker so, wherever the name stands in the sentence.
 */
function introducedLast(
  context: SpeakerContext,
  sentence: { start: number; end: number },
  anchor: number,
): string | null {
  const inSentence = overlapping(context.mentions, { start: sentence.start, end: anchor, text: "" });
  const last = inSentence.findLast((m) => m.type === "person");
  if (last === undefined || context.people.get(last.entity)?.offsets[0] !== last.start) return null;
  const tokens = context.tokens;
  const after = tokenAt(tokens, last.end);
  // The appositive opens with the person's role ("president of …", "editor in chief of …"): not "an unarmed
  // teenager, during …" nor "who …" (PolNeAR train: 4 of 4 such speakers wrong), and the name is no appositive
  // itself ("his campaign manager, Jane Roe, and …").
  const role = tokens[after + 1]?.text ?? "";
  if (tokens[after]?.text !== "," || !(ROLE_TITLES.has(role) || PERSON_DESCRIPTORS.has(role))) return null;
  if (tokens[tokenAt(tokens, last.start) - 1]?.text === ",") return null;
  const end = Math.min(sentence.end, anchor);
  for (let k = after + 1; k < tokens.length && (tokens[k] as Token).start < end; k++) {
    if (isQuoteMarksOnly((tokens[k] as Token).text)) return null;
  }
  return last.entity;
}

/** Whether a preposition before a name makes it an object ("with Pemberly"; not "said Hatherley", a subject). */
export function governed(tokens: readonly Token[], offset: number): boolean {
  return PREPOSITIONS.has(tokens[tokenAt(tokens, offset) - 1]?.lower ?? "");
}

/**
 * Whether an article stands right before a name: "a Hale supporter", "the Brisco administration" use the name
 * as a modifier, never as a clause's subject (FIT sample of session 10: "a [name] supporter" took the pronoun
 * from the sentence's subject).
 */
export function afterArticle(tokens: readonly Token[], offset: number): boolean {
  return /^(?:a|an|the)$/i.test(tokens[tokenAt(tokens, offset) - 1]?.text ?? "");
}

/** Names a list joins with commas and "and": three or more persons in a row. */
const LIST_MIN = 3;

/** Whether a person mention stands in a list of persons ("Tom Pellow, Ray Dunn and Sam Weir"). */
function listed(context: SpeakerContext, mention: Mention): boolean {
  const persons = context.mentions.filter((m) => m.type === "person");
  const i = persons.indexOf(mention);
  const joined = (a: Mention | undefined, b: Mention | undefined): boolean => {
    if (a === undefined || b === undefined) return false;
    const tokens = context.tokens;
    const between = tokens.slice(tokenAt(tokens, a.end), tokenAt(tokens, b.start)).map((t) => t.text);
    return between.length >= 1 && between.length <= 2 && between.every((t) => t === "," || t === "and");
  };
  let from = i;
  while (from > 0 && joined(persons[from - 1], persons[from])) from -= 1;
  let to = i;
  while (to < persons.length - 1 && joined(persons[to], persons[to + 1])) to += 1;
  return to - from + 1 >= LIST_MIN;
}
