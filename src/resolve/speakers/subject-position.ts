/**
 * Where a person's name stands as its clause's subject: after an introductory phrase, opening a clause
 * coordinated by "and" or "but", or before a reporting verb.
 */
import { cueAt, isTitleWord } from "../../extract/quotes/words.js";
import { NOUN_DETERMINERS, RELATIVE_PRONOUNS } from "../../lexicon/attribution-phrases.js";
import { IRREGULAR_PAST } from "../../lexicon/irregular-past.js";
import { NAME_APPOSITIVE_OPENERS } from "../../lexicon/phrase-bounds.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { VERB_AUXILIARIES } from "../../lexicon/verb-auxiliaries.js";
import { tokenAt } from "../../text/token-at.js";
import type { Token } from "../../types.js";
import { clauseStart } from "./noun-phrase.js";

const APPOSITIVE_TOKENS = 12;

/** The comma right before the name at token `at`, past a title ("…, Mr. Hale"), or -1. */
function commaBeforeName(tokens: readonly Token[], at: number): number {
  const before = isTitleWord(tokens[at - 1]) ? at - 2 : at - 1;
  return tokens[before]?.text === "," ? before : -1;
}

/**
 * "In a victory speech on Tuesday night, Mr. Frost struck a measured tone": a name after the comma closing an
 * introductory phrase, with a past-tense verb or an auxiliary right after it (or after an adverb: "Having resolved
 * his own situation, Penhallow will next week turn …"), is the main clause's subject.
 */
export function afterIntroduction(
  tokens: readonly Token[],
  at: number,
  end: number,
  sentenceStart: number,
): boolean {
  const before = commaBeforeName(tokens, at);
  if (before < 0) return false;
  // "…, Mr. Hale forcefully differed": an adverb may stand between the name and its verb.
  let next = tokenAt(tokens, end);
  if (/^\p{Ll}+ly$/u.test(tokens[next]?.text ?? "")) next += 1;
  const verb = tokens[next];
  if (verb === undefined || !/^\p{Ll}/u.test(verb.text)) return false;
  if (verb.text.endsWith("ed") || IRREGULAR_PAST.has(verb.text) || cueAt(tokens, next) !== null) return true;
  // An auxiliary only after the first comma of a sentence that opens with the introductory phrase: else the name
  // may open a clause inside another ("… recalled in 2008 that before Iowa, Brisco wasn't …", "… four years
  // later, Freddy was …", "Advisers argue that by month's end, Quenby will …": PolNeAR train, 5 speakers went
  // wrong so and 1 right; so, 1 right and 0 wrong).
  if (!VERB_AUXILIARIES.has(verb.text)) return false;
  for (let k = sentenceStart; k < before; k++) {
    const t = (tokens[k] as Token).text;
    if (t === "," || RELATIVE_PRONOUNS.has(t) || cueAt(tokens, k) !== null) return false;
  }
  return true;
}

/**
 * "The minority leader, Jo Roe, said …", "The secretary of the union, Ms Ann Lee, told …": a name set off by
 * commas right after the noun phrase opening its sentence (a determiner first, no mark within), with a lower-case
 * word (the verb, or an adverb before it) after its closing comma, is that phrase in other words: the clause's
 * subject. Session 39's probe (a Ghana budget story): a "what he called" fragment after such a sentence went to
 * the person named a paragraph before.
 */
export function appositiveToOpener(
  tokens: readonly Token[],
  at: number,
  end: number,
  sentenceStart: number,
): boolean {
  const before = commaBeforeName(tokens, at);
  if (before < 0 || before - sentenceStart < 2 || before - sentenceStart > APPOSITIVE_TOKENS) return false;
  if (!NOUN_DETERMINERS.has(tokens[sentenceStart]?.lower ?? "")) return false;
  for (let k = sentenceStart + 1; k < before; k++)
    if (/^\p{P}$/u.test((tokens[k] as Token).text)) return false;
  const after = tokenAt(tokens, end);
  return tokens[after]?.text === "," && /^\p{Ll}/u.test(tokens[after + 1]?.text ?? "");
}

/**
 * "… but neither will be sold and Whitlow now hopes to …": a name right after "and" (after a lower-case
 * word) or "but", with a lower-case word after it, opens that coordinated clause, as its subject.
 */
export function opensClause(
  tokens: readonly Token[],
  at: number,
  end: number,
  sentenceStart: number,
): boolean {
  if (at <= sentenceStart || clauseStart(tokens, at, sentenceStart) !== at) return false;
  // Not a subordinate clause's ("… predicted Republicans would win if Hale wins. “…,” he said") nor one
  // after an opening phrase's comma ("… before Iowa, Brisco wasn't treated as …"): PolNeAR train, 6 speakers
  // went wrong and 1 right so.
  if (!/^(?:and|but)$/.test(tokens[at - 1]?.text ?? "")) return false;
  const next = tokens[tokenAt(tokens, end)]?.text ?? "";
  return /^\p{Ll}/u.test(next) && !PREPOSITIONS.has(next) && next !== "and" && next !== "or";
}

/** Whether a reporting verb follows a name ending at `end`, after at most a comma-bounded appositive. */
export function reports(tokens: readonly Token[], end: number): boolean {
  const next = tokenAt(tokens, end);
  if (cueAt(tokens, next) !== null) return true;
  // Bound-checked: a name ending the document read past the tokens' end ("out of bounds" deopt, --trace-deopt).
  if (next >= tokens.length || !NAME_APPOSITIVE_OPENERS.has((tokens[next] as Token).text)) return false;
  // "Dana Whitlow of Acme University, said", "Ann Lee, 70, said", "Rick Dean (D-Ill.) said": the verb
  // after the appositive's closing comma or parenthesis.
  for (let k = next + 1; k < Math.min(tokens.length, next + APPOSITIVE_TOKENS); k++) {
    const t = (tokens[k] as Token).text;
    if (/^[.;:!?“”"]$/.test(t) && cueAt(tokens, k + 1) === null) return false;
    if (t === "," || t === ")") return cueAt(tokens, k + 1) !== null;
  }
  return false;
}
