/**
 * Kinship and age as a speaker: "his son said", "the relieved father said", "the 45-year-old said", resolved to
 * the person the document ties that family noun or age to ("his son, Louis Roe, 37", "Frank Roe, the sailor's
 * father,", "Karen Walsh, 45,").
 */
import { FAMILY_ROLES } from "../../lexicon/speaker-roles.js";
import { tokenAt } from "../../text/token-at.js";
import type { QuoteSpeaker, TextSpan, Token } from "../../types.js";
import { lastOffsetBefore, type SpeakerContext } from "./context.js";
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
 * "Karen Walsh, aged 45,", "Karen Walsh, who is 45,", "Karen Walsh, a 45-year-old nurse,": the age given in the
 * words right after the name (FIT sample of seed 20261252's invented variants; session 14's CHECK: 2 age nouns
 * went to the most salient person).
 */
function ageAfter(tokens: readonly Token[], after: number, agePhrase: RegExp): boolean {
  const words = tokens
    .slice(after, after + 8)
    .map((t) => t.text)
    .join(" ")
    .replace(/ ?- ?/g, "-");
  return agePhrase.test(words);
}

/** The phrases of ageAfter for one age, made once per age noun (not per person mention before it). */
function agePhraseOf(age: string): RegExp {
  return new RegExp(
    `^(?:(?:, )?aged ${age}(?![\\d-])|, who (?:is|was) ${age}(?![\\d-])|, an? ${age}-year-old\\b)`,
  );
}

/**
 * "the 45-year-old said": the latest person before it whom the document gives that age, as "Karen Walsh, 45,",
 * "Karen Walsh (45)" or "45-year-old Karen Walsh"; null when nobody is given it.
 */
export function byAge(context: SpeakerContext, span: TextSpan): QuoteSpeaker | null {
  const age = /\b(\d{1,3})-year-old\b/.exec(span.text)?.[1];
  if (age === undefined) return null;
  const tokens = context.tokens;
  const agePhrase = agePhraseOf(age);
  let found: string | null = null;
  for (const m of context.mentions) {
    if (m.start >= span.start) break;
    if (m.type !== "person") continue;
    const after = tokenAt(tokens, m.end);
    // The tokenizer may split "45-year-old" at its hyphens: the words right before the name, joined.
    const at = tokenAt(tokens, m.start);
    const before = tokens
      .slice(Math.max(0, at - 5), at)
      .map((t) => t.text)
      .join("");
    const given =
      (/^[,(]$/.test(tokens[after]?.text ?? "") && tokens[after + 1]?.text === age) ||
      before.endsWith(`${age}-year-old`) ||
      ageAfter(tokens, after, agePhrase);
    if (given) found = m.entity;
  }
  return found === null ? null : { name: found, mention: span };
}
