/**
 * Kinship and age as a speaker: "his son said", "the relieved father said", "the 45-year-old said", resolved to
 * the person the document ties that family noun or age to ("his son, Louis Roe, 37", "Frank Roe, the sailor's
 * father,", "Karen Walsh, 45,").
 */
import { FAMILY_ROLES } from "../../lexicon/speaker-roles.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { QuoteSpeaker, TextSpan, Token } from "../../types.js";
import { lastOffsetBefore, type SpeakerContext } from "./context.js";
import type { PersonFacts } from "./people.js";

/** Determiners that open a kinship appositive ("Frank Roe, the boy's father", "Ann Lee, his widow"). */
const KIN_OPENERS = /^(?:the|a|an|his|her|their|its)$/i;
const KIN_TOKENS = 5;

/**
 * The family nouns an appositive right after a name gives that person (`after`: the token after the name):
 * "Frank Roe, the boy's father," or "Ann Lee, his widow,", opened by a determiner or a possessive name
 * ("Tom Hart, Jane's father"), not a relative clause ("Jane Roe, whose son …": the son is someone else).
 */
export function kinAfter(tokens: readonly Token[], after: number): string[] {
  // Bound-checked: a name ending the document read past the tokens' end, an "out of bounds" deopt (--trace-deopt).
  if (after + 1 >= tokens.length || (tokens[after] as Token).text !== ",") return [];
  const first = (tokens[after + 1] as Token).text;
  const possessive =
    isCapitalized(first) && after + 2 < tokens.length && /^['’]s$/.test((tokens[after + 2] as Token).text);
  if (!KIN_OPENERS.test(first) && !possessive) return [];
  const kin: string[] = [];
  for (let k = after + 1; k < Math.min(tokens.length, after + 1 + KIN_TOKENS); k++) {
    const w = (tokens[k] as Token).text.toLowerCase();
    if (/^[,.;:!?()]$/.test(w)) break;
    if (FAMILY_ROLES.has(w)) kin.push(w);
  }
  return kin;
}

/** The family noun of the other side ("son" → "father"/"mother"), by the possessive's gender; the same noun for siblings. */
const CONVERSE_KIN: ReadonlyMap<string, readonly [male: string, female: string]> = new Map([
  ["son", ["father", "mother"]],
  ["daughter", ["father", "mother"]],
  ["father", ["son", "daughter"]],
  ["mother", ["son", "daughter"]],
  ["husband", ["husband", "wife"]],
  ["wife", ["husband", "wife"]],
  ["brother", ["brother", "sister"]],
  ["sister", ["brother", "sister"]],
]);

/**
 * What "his son" makes the one "his" stands for: a father ("his son" → "father", "her son" → "mother"), or
 * null for a family noun without a clear converse.
 */
export function kinOfPossessor(noun: string, possessive: Token): string | null {
  const pair = CONVERSE_KIN.get(noun);
  if (pair === undefined) return null;
  return /^his$/i.test(possessive.text) ? pair[0] : pair[1];
}

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
function ageAfter(tokens: readonly Token[], after: number, age: string): boolean {
  const words = tokens
    .slice(after, after + 8)
    .map((t) => t.text)
    .join(" ")
    .replace(/ ?- ?/g, "-");
  return (
    new RegExp(`^(?:, )?aged ${age}(?![\\d-])`).test(words) ||
    new RegExp(`^, who (?:is|was) ${age}(?![\\d-])`).test(words) ||
    new RegExp(`^, an? ${age}-year-old\\b`).test(words)
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
      ageAfter(tokens, after, age);
    if (given) found = m.entity;
  }
  return found === null ? null : { name: found, mention: span };
}
