/**
 * The author of a statement that speaks ("her statement said", "Roe's letter read", "the email read" after "Roe
 * sent an email"): the person the document names as its sender. Nobody when it names none.
 */

import { PASSIVE_AUXILIARIES } from "../../lexicon/attribution-phrases.js";
import { ISSUING_VERBS } from "../../lexicon/organization-nouns.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { tokenAt } from "../../text/token-at.js";
import type { Mention, SpeakerPhrase, TextSpan, Token } from "../../types.js";
import { insideQuote, overlapping, personNamed, type SpeakerContext } from "./context.js";
import { possessive } from "./noun-phrase.js";
import { byPronoun } from "./pronoun.js";
import { governed } from "./speaker-subject.js";

/** Sentences back from a "the statement said" where "X issued a statement" may stand. */
const ISSUED_SENTENCES_BACK = 2;

/**
 * The person whose statement the phrase names by a possessive ("Roe's letter", "her statement": the pronoun's
 * referent, as for a speaker), else for "the <noun>" the subject of a sentence shortly before that gave that noun
 * with "a" or "an" ("Tom Reyes issued a statement on Friday. “…,” the statement said"). FIT sample of seed
 * 20261252 and session 14's CHECK errors: such statements went to nobody though the text names who sent them.
 */
export function statementAuthor(context: SpeakerContext, span: SpeakerPhrase): string | null {
  const tokens = context.tokens;
  const first = tokenAt(tokens, span.start);
  const opener = tokens[first] as Token | undefined;
  if (opener === undefined) return null;
  if (/^(?:his|her|His|Her)$/.test(opener.text)) {
    const pronoun: TextSpan = { start: opener.start, end: opener.end, text: opener.text };
    return byPronoun(context, pronoun, false, span.start, true, 1).name;
  }
  const owner = overlapping(context.mentions, span).find(
    (m) =>
      m.type === "person" &&
      m.start === span.start &&
      /^['’]s?$/u.test(tokens[tokenAt(tokens, m.end)]?.text ?? ""),
  );
  if (owner !== undefined) return personNamed(context, owner.entity) ?? owner.entity;
  // Only "the <noun>": "the campaign's statement" is the campaign's.
  const last = tokenAt(tokens, span.end) - 1;
  if (!/^(?:the|The)$/.test(opener.text) || last !== first + 1) return null;
  return issuer(context, (tokens[last] as Token).lower, span.start);
}

/** The subject of a sentence shortly before `before` that writes "a <noun>" / "an <noun>" (outside quotes). */
function issuer(context: SpeakerContext, noun: string, before: number): string | null {
  const tokens = context.tokens;
  const sentences = context.sentences;
  let s = sentences.findLastIndex((x) => x.start <= before);
  for (let back = 0; s >= 0 && back <= ISSUED_SENTENCES_BACK; s--, back++) {
    const sentence = sentences[s] as { start: number; end: number };
    const end = Math.min(sentence.end, before);
    for (
      let k = tokenAt(tokens, sentence.start);
      k < tokens.length && (tokens[k] as Token).start < end;
      k++
    ) {
      const token = tokens[k] as Token;
      // "Roe emailed supporters …, telling them, “…” The email goes on": the noun's own verb sent it (FIT sample
      // of session 16: a campaign aide's email spoke for nobody). Not "was emailed".
      if (isVerbOf(token.text, noun) && !insideQuote(context, token.start)) {
        if (PASSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? "")) continue;
        const sender = subjectBefore(context, sentence.start, token.start);
        if (sender !== undefined) return personNamed(context, sender.entity) ?? sender.entity;
        continue;
      }
      if (token.lower !== noun || !/^(?:a|an)$/i.test(tokens[k - 1]?.text ?? "")) continue;
      if (insideQuote(context, token.start)) continue;
      // An active verb of sending right before ("Roe issued a statement", "sent out an email"): not "Roe was
      // sent an email", "a letter to Roe".
      const verb = tokens[k - 2]?.lower === "out" ? k - 3 : k - 2;
      // "Jo Roe said in a statement": the person right before the reporting verb.
      if (tokens[k - 2]?.lower === "in" && REPORTING_VERBS.has(tokens[k - 3]?.text ?? "")) {
        const reporter = tokens[k - 4];
        const person = context.mentions.find((m) => m.type === "person" && m.end === reporter?.end);
        if (person !== undefined && !insideQuote(context, person.start))
          return personNamed(context, person.entity) ?? person.entity;
        continue;
      }
      if (!ISSUING_VERBS.has(tokens[verb]?.lower ?? "")) continue;
      if (PASSIVE_AUXILIARIES.has(tokens[verb - 1]?.lower ?? "")) continue;
      const subject = subjectBefore(context, sentence.start, (tokens[verb] as Token).start);
      if (subject !== undefined) return personNamed(context, subject.entity) ?? subject.entity;
    }
  }
  return null;
}

/** "emailed" for "email", "tweeted" for "tweet", "texted" for "text": the past tense a statement's noun makes. */
function isVerbOf(word: string, noun: string): boolean {
  return word.length === noun.length + 2 && word.toLowerCase() === `${noun}ed`;
}

/** The first person named in [start, end) outside quotes and no preposition's object: the clause's subject. */
function subjectBefore(context: SpeakerContext, start: number, end: number): Mention | undefined {
  const named = overlapping(context.mentions, { start, end, text: "" });
  const first = named.find((m) => m.end <= end && !insideQuote(context, m.start));
  // ("Roe's campaign sent an email": the campaign's, not Roe's.)
  if (
    first?.type !== "person" ||
    governed(context.tokens, first.start) ||
    possessive(context.tokens, first.end)
  )
    return undefined;
  return first;
}
