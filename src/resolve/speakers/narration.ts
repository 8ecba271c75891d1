/**
 * Speakers the narration around a quote gives without a speaker phrase of its own kind: a first person inside
 * someone's quoted story, a colon after a sentence that names one person, an organization's "it".
 */
import { ORGANIZATION_NOUNS, STATEMENT_NOUNS } from "../../lexicon/organization-nouns.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { SENTENCE_END_MARKS } from "../../lexicon/punctuation.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import { isQuoteMarksOnly } from "../../text/word-shape.js";
import type { Quote, QuoteSpeaker, SpeakerPhrase, TextSpan, Token } from "../../types.js";
import { insideQuote, overlapping, personsBefore, type SpeakerContext } from "./context.js";
import { SUBJECT_TOKENS } from "./salience.js";

/** Whether an odd number of quote marks stands between a quote's end and `offset`: a quotation left open. */
function reopened(tokens: readonly Token[], quoteEnd: number, offset: number): boolean {
  let marks = 0;
  for (let k = tokenAt(tokens, quoteEnd); k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.start >= offset) break;
    if (isQuoteMarksOnly(token.text)) marks += 1;
  }
  return marks % 2 === 1;
}

/**
 * The quotes of a story someone tells inside a quotation (`'We were in the room,' recalls Carver. 'All of a
 * sudden … I said, 'Sorry, what?'. 'He said, 'No.''`): a quote whose pronoun speaker phrase stands inside a
 * quotation left open after the latest quote. `told` keeps them, so that they are never the teller.
 */
export class Stories {
  readonly told = new Set<Quote>();

  /**
   * A first-person speaker ("I said", "we told him") inside the open quotation is the teller: the speaker of
   * the latest quote not told inside a story. A column's own "I said" (no mark between) stays nobody's.
   */
  teller(tokens: readonly Token[], phrase: SpeakerPhrase, quotes: readonly Quote[]): QuoteSpeaker | null {
    if (phrase.kind !== "pronoun") return null;
    const latest = quotes.findLast((q) => !q.partial && q.end <= phrase.start);
    if (latest === undefined || !reopened(tokens, latest.end, phrase.start)) return null;
    this.nested = true;
    if (!/^(?:I|we|We)$/.test(phrase.text)) return null;
    const teller = quotes.findLast((q) => !q.partial && q.end <= phrase.start && !this.told.has(q));
    return teller === undefined || teller.speaker.name === null
      ? null
      : { ...teller.speaker, mention: phrase };
  }

  /** Whether the last phrase `teller` was asked about stood inside a story; reading it clears it. */
  private nested = false;

  took(quote: Quote): void {
    if (this.nested) this.told.add(quote);
    this.nested = false;
  }
}

/**
 * `On July 6, Jane Roe made the following comment: “…”`, `… here is how the panel scored this remark by Roe:
 * “…”`: a quote with no attribution of its own, opened right after a colon, is said by the one person the
 * sentence before the colon names (outside quotes); with two or more named, nobody is sure.
 */
export function colonIntroducer(context: SpeakerContext, quoteStart: number): QuoteSpeaker | null {
  const tokens = context.tokens;
  const colon = tokens[tokenAt(tokens, quoteStart) - 1];
  if (colon?.text !== ":") return null;
  const sentence = context.sentences[spanAt(context.sentences, colon.start)];
  if (sentence === undefined) return null;
  const persons = personsBefore(context, sentence.start, colon.start);
  const first = persons[0];
  if (first === undefined || persons.some((m) => m.entity !== first.entity)) return null;
  const mention: TextSpan = { start: first.start, end: first.end, text: first.text };
  return { name: first.entity, mention };
}

/**
 * `“…,” the space agency said in an update. … “Docking has been called off,” it said.`: "it" as a speaker is the
 * organization that spoke the latest quote with a speaker phrase. Not any organization named last: an "it" that
 * speaks is most often an email, a memo, a sign or a letter (PolNeAR train: 11 of 11 such were wrong).
 */
export function organizationAsIt(
  context: SpeakerContext,
  phrase: SpeakerPhrase,
  quotes: readonly Quote[],
): string | null {
  if (phrase.kind !== "pronoun" || !/^(?:it|It)$/.test(phrase.text)) return null;
  const reported = organizationReportedBefore(context, phrase);
  if (reported !== null) return reported;
  const latest = quotes.findLast((q) => !q.partial && q.speaker.mention !== null);
  const organization = latest?.speaker.name === null ? latest.speaker.organization : undefined;
  // An organization the document names, not a phrase kept for want of one ("the statement said": "statement").
  if (organization !== undefined && context.mentions.some((m) => m.entity === organization))
    return organization;
  return organizationSubject(context, phrase);
}

/**
 * `Acme Advocates of Ohio sharply criticized the move, which it described as “…”`: the organization that is the
 * subject of the "it"'s own sentence (its first mention, opening the sentence), or of the sentence before when
 * the "it" opens its own (FIT sample of session 11). Only an organization opening the sentence: a memo or a
 * letter that speaks as "it" opens its sentence itself.
 */
function organizationSubject(context: SpeakerContext, phrase: SpeakerPhrase): string | null {
  const at = spanAt(context.sentences, phrase.start);
  const sentence = context.sentences[at];
  if (sentence === undefined) return null;
  const opening = (s: { start: number; end: number }, end: number): string | null => {
    const first = overlapping(context.mentions, { start: s.start, end, text: "" })[0];
    if (first === undefined || first.type !== "organization" || insideQuote(context, first.start))
      return null;
    const tokens = context.tokens;
    return tokenAt(tokens, first.start) - tokenAt(tokens, s.start) <= SUBJECT_TOKENS ? first.entity : null;
  };
  const own = opening(sentence, phrase.start);
  if (own !== null) return own;
  const before = context.sentences[at - 1];
  const described = describedOrganization(context, sentence, before);
  if (described !== null) return described;
  const opensOwn = tokenAt(context.tokens, phrase.start) === tokenAt(context.tokens, sentence.start);
  if (before === undefined) return null;
  if (opensOwn) return opening(before, before.end);
  return afterOpeningQuote(context, sentence, phrase) ? sourceLast(context, before) : null;
}

/** Words that may stand between an organization and its reporting verb: "Acme also said", "Acme has said". */
const BEFORE_VERB = /^(?:also|has|had|later|earlier|then|further)$/;

/**
 * `Acme said profits fell. “We expect a better half,” it said.`: an "it" right after a quote opening its sentence
 * is the organization that opens the sentence before as the subject of a reporting verb ("Acme said", "Acme also
 * told"), even when an earlier quote had another speaker: the organization that spoke last (invented probe,
 * session 27: 24 of 24 such "it" had no organization). Only a reporting verb: after "Acme received a letter." the
 * "it" that speaks is the letter.
 */
function organizationReportedBefore(context: SpeakerContext, phrase: SpeakerPhrase): string | null {
  const at = spanAt(context.sentences, phrase.start);
  const sentence = context.sentences[at];
  const before = context.sentences[at - 1];
  if (sentence === undefined || before === undefined || !afterOpeningQuote(context, sentence, phrase))
    return null;
  const first = overlapping(context.mentions, { start: before.start, end: before.end, text: "" })[0];
  if (first === undefined || first.type !== "organization" || insideQuote(context, first.start)) return null;
  const tokens = context.tokens;
  if (tokenAt(tokens, first.start) - tokenAt(tokens, before.start) > SUBJECT_TOKENS) return null;
  let verb = tokenAt(tokens, first.end);
  if (BEFORE_VERB.test(tokens[verb]?.lower ?? "")) verb += 1;
  const word = tokens[verb];
  return word !== undefined && word.end <= before.end && REPORTING_VERBS.has(word.text) ? first.entity : null;
}

/**
 * Whether only a quote (and its closing punctuation) stands before the "it" in its sentence: `“…,” it added`.
 */
function afterOpeningQuote(
  context: SpeakerContext,
  sentence: { start: number; end: number },
  phrase: SpeakerPhrase,
): boolean {
  const tokens = context.tokens;
  const at = tokenAt(tokens, phrase.start);
  const first = tokenAt(tokens, sentence.start);
  if (at === first || !isQuoteMarksOnly(tokens[first]?.text ?? "")) return false;
  for (let k = first; k < at; k++) {
    const token = tokens[k] as Token;
    if (!isQuoteMarksOnly(token.text) && !/^[,.!?]$/.test(token.text) && !insideQuote(context, token.start))
      return false;
  }
  return true;
}

/**
 * `… fell near the border posts”, said Acme News. “…”, it added`: the organization a sentence ends on as the
 * source of its statement, named right after a reporting verb that follows a comma or a quotation mark. FIT sample
 * of seed 20261252: a news agency's "it added" after a statement extraction had not found went to nobody.
 */
function sourceLast(context: SpeakerContext, sentence: { start: number; end: number }): string | null {
  const tokens = context.tokens;
  const named = overlapping(context.mentions, { start: sentence.start, end: sentence.end, text: "" });
  const last = named.at(-1);
  if (last === undefined || last.type !== "organization" || insideQuote(context, last.start)) return null;
  const at = tokenAt(tokens, last.start);
  const verb = tokens[at - 1]?.text ?? "";
  if (!REPORTING_VERBS.has(verb) || !/^(?:,|["“”'’]+)$/u.test(tokens[at - 2]?.text ?? "")) return null;
  const end = tokenAt(tokens, last.end);
  return SENTENCE_END_MARKS.has(tokens[end]?.text ?? "") ? last.entity : null;
}

/**
 * `Dana Roe leads a charity called Acme Relief. The group seeks …, which it calls “…”`: a sentence opening with
 * "the" and an organization's noun ("the group", "the company") names the organization that opens the sentence
 * before (its subject), else the one organization that sentence names, last and after any person (FIT sample of
 * session 13: such an "it" had no speaker; Reuters: with any organization named last, one was the object of "to
 * buy … of" a firm whose subject the tagger had cut).
 */
function describedOrganization(
  context: SpeakerContext,
  sentence: { start: number; end: number },
  before: { start: number; end: number } | undefined,
): string | null {
  const tokens = context.tokens;
  const first = tokenAt(tokens, sentence.start);
  if (before === undefined || !/^(?:the|The)$/.test(tokens[first]?.text ?? "")) return null;
  if (!ORGANIZATION_NOUNS.has(tokens[first + 1]?.lower ?? "")) return null;
  if (STATEMENT_NOUNS.has(tokens[first + 1]?.lower ?? "")) return null;
  const named = overlapping(context.mentions, { start: before.start, end: before.end, text: "" }).filter(
    (m) => !insideQuote(context, m.start),
  );
  const opening = named[0];
  if (
    opening?.type === "organization" &&
    tokenAt(tokens, opening.start) - tokenAt(tokens, before.start) <= SUBJECT_TOKENS
  )
    return opening.entity;
  const organizations = new Set(named.filter((m) => m.type === "organization").map((m) => m.entity));
  const last = named.at(-1);
  return organizations.size === 1 && last?.type === "organization" ? last.entity : null;
}

/**
 * `“…,” Brisco said. On “Face the Nation,” Sen. Jane Roe, who …, called young voters tired of bigotry. “…”`: a
 * quote standing alone after a sentence whose first person (not a preposition's object nor a possessive) is
 * someone other than the speaker it would continue is that person's (or, as a possessive, the author of the
 * statement the sentence opens with); a sentence naming that speaker keeps them.
 */
export function narrationSubject(
  context: SpeakerContext,
  continued: string | null,
  from: number,
  quoteStart: number,
): QuoteSpeaker | null {
  const sentence = context.sentences[spanAt(context.sentences, quoteStart - 1)];
  if (sentence === undefined || sentence.start < from) return null;
  const end = Math.min(sentence.end, quoteStart);
  const persons = personsBefore(context, sentence.start, end);
  const first = persons[0];
  if (first === undefined || persons.some((m) => m.entity === continued)) return null;
  // The person is the sentence's subject ("Hale delivered a snappy retort:"), not someone a hat, a sign or
  // a message is about (PolNeAR train: "… wore a hat reading, “…”", "a man yelled" after "when Rivas thanked").
  if (!context.clauseSubjects.some((s) => s.offset === first.start)) return null;
  const tokens = context.tokens;
  const at = tokenAt(tokens, first.start);
  if ([1, 2, 3].some((back) => PREPOSITIONS.has(tokens[at - back]?.lower ?? ""))) return null;
  // A possessive only of the statement quoted ("Jo Roe's first tweet that day was brief. “…”": FIT
  // sample of session 14), not of anything else ("Roe's victory was …").
  const after = tokenAt(tokens, first.end);
  if (/^['’]s$/.test(tokens[after]?.text ?? "")) {
    const owned = [1, 2].some((k) => STATEMENT_NOUNS.has(tokens[after + k]?.lower ?? ""));
    if (!owned) return null;
  }
  return { name: first.entity, mention: { start: first.start, end: first.end, text: first.text } };
}
