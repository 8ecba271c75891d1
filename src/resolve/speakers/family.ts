/**
 * Kinship and age as a speaker: "his son said", "the relieved father said", "the 45-year-old said", resolved to
 * the person the document ties that family noun or age to ("his son, Louis Roe, 37", "Frank Roe, the sailor's
 * father,", "Karen Walsh, 45,").
 */

import { CLAUSE_BREAKS } from "../../lexicon/phrase-bounds.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { FAMILY_ROLES } from "../../lexicon/speaker-roles.js";
import { tokenAt } from "../../text/token-at.js";
import type { QuoteSpeaker, TextSpan, Token } from "../../types.js";
import { insideQuote, lastOffsetBefore, type SpeakerContext } from "./context.js";
import type { PersonFacts } from "./people.js";

/**
 * The person a kinship phrase names: the latest before it holding that family noun whose gender agrees, or
 * null when the document ties the noun to nobody (then "the father said" stays nobody's, as before).
 */
export function byKin(context: SpeakerContext, span: TextSpan): QuoteSpeaker | null {
  const words = span.text.toLowerCase().split(/[\s’']+/);
  const noun = words.findLast((w) => FAMILY_ROLES.has(w));
  if (noun === undefined) return null;
  const gender = FAMILY_ROLES.get(noun) ?? null;
  let best: { facts: PersonFacts; last: number } | null = null;
  for (const facts of context.people.values()) {
    if (!facts.roles.has(noun)) continue;
    if (gender !== null && facts.gender !== null && facts.gender !== gender) continue;
    const last = lastOffsetBefore(facts, span.start);
    if (last >= 0 && (best === null || last > best.last)) best = { facts, last };
  }
  return best === null ? null : { name: best.facts.name, mention: span };
}

/**
 * "Karen Walsh, aged 45,", "Karen Walsh, who is 45,", "Karen Walsh, a 45-year-old nurse,": the age given in apposition;
 * also a birthday's ("Faye, who turned 44 on Monday,": session 42 probe, Senegal's election, where "the 44-year-old
 * said" went to the outgoing president).
 */
const AGE_AFTER =
  /^(?:,? ?aged (\d{1,3})(?![\d-])|, who (?:is|was|turned|turns|has turned) (\d{1,3})(?![\d-])|, an? (\d{1,3})-year-old\b)/;

/**
 * "45-year-old Karen Walsh", "the 34-year-old Canadian striker Karen Walsh": an age before the name, with at most
 * two describers between that are no verb, preposition or conjunction ("a 45-year-old man told Karen Walsh" gives
 * her no age).
 */
const AGE_BEFORE = /(\d{1,3})-year-old((?: [\p{L}-]+){0,2})$/u;

/** Whether tokens `k` to `k + 2` write an age as the tokenizer cuts it: "78", "-", "year-old". */
export function writtenAgeAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.kind === "number" && tokens[k + 1]?.text === "-" && tokens[k + 2]?.lower === "year-old";
}

/** The age the words around a person mention (or a speaker phrase) give that person (FIT sample of seed 20261252's invented variants). */
function ageOf(tokens: readonly Token[], m: TextSpan): string | null {
  const after = tokenAt(tokens, m.end);
  if (/^[,(]$/.test(tokens[after]?.text ?? "") && /^\d{1,3}$/.test(tokens[after + 1]?.text ?? ""))
    return (tokens[after + 1] as Token).text;
  // The tokenizer may split "45-year-old" at its hyphens: the words joined, hyphens closed up.
  const words = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(" ")
      .replace(/ ?- ?/g, "-");
  const appositive = AGE_AFTER.exec(words(after, after + 8));
  if (appositive !== null) return appositive[1] ?? appositive[2] ?? appositive[3] ?? null;
  const at = tokenAt(tokens, m.start);
  const before = AGE_BEFORE.exec(words(Math.max(0, at - 9), at));
  if (before === null) return null;
  const describers = (before[2] ?? "").trim().split(" ").filter(Boolean);
  const plain = describers.every(
    (w) =>
      !PREPOSITIONS.has(w) && !REPORTING_VERBS.has(w) && !CLAUSE_BREAKS.has(w) && !/^\p{Ll}+ed$/u.test(w),
  );
  return plain ? (before[1] as string) : null;
}

/**
 * The latest person before `before` whom the document gives `age` ("45"), null when nobody is; and the persons given
 * another age.
 */
function agedBefore(
  context: SpeakerContext,
  age: string,
  before: number,
): { found: string | null; aged: Set<string> } {
  let found: string | null = null;
  const aged = new Set<string>();
  for (const m of context.mentions) {
    if (m.start >= before) break;
    if (m.type !== "person") continue;
    const given = ageOf(context.tokens, m);
    if (given === age) found = m.entity;
    else if (given !== null) aged.add(m.entity);
  }
  return { found, aged };
}

/**
 * The person the document gave the age that the words around a speaker phrase give it ("the 36-year-old Serb", as
 * "45-year-old Karen Walsh" gives a mention its age), or null.
 */
export function personOfPhraseAge(context: SpeakerContext, span: TextSpan): string | null {
  const age = ageOf(context.tokens, span);
  return age === null ? null : agedBefore(context, age, span.start).found;
}

/**
 * "the 45-year-old said": the latest person before it whom the document gives that age, as "Karen Walsh, 45,",
 * "Karen Walsh (45)" or "45-year-old Karen Walsh"; when nobody is given it, the most salient person named in the
 * narration (not inside a quote: "“Could Dana Roe sing it?” the 43-year-old wrote" is not Roe) whom the document gives
 * no other age. `stated`: only the person given that age (an unnamed person spoke just before: resolve.ts).
 */
export function byAge(context: SpeakerContext, span: TextSpan, stated = false): QuoteSpeaker {
  const age = /\b(\d{1,3})-year-old\b/.exec(span.text)?.[1];
  if (age === undefined) return { name: null, mention: span };
  const { found, aged } = agedBefore(context, age, span.start);
  if (found !== null || stated) return { name: found, mention: span };
  const name = context.salience.best(
    span.start,
    (candidate) => (aged.has(candidate) || context.people.get(candidate)?.notPerson ? 0 : 1),
    (offset) => insideQuote(context, offset),
  );
  return { name, mention: span };
}
