/**
 * Kinship in the words around a name, read while the resolver collects a document's people (people.ts):
 * the family nouns an appositive gives a person ("Frank Roe, the boy's father,") and the converse noun a
 * possessive makes ("his son" → "father"). Apart from family.ts, which resolves "his son said" with the
 * resolver's context, so that people.ts does not import the context that imports it.
 */
import { FAMILY_ROLES } from "../../lexicon/speaker-roles.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";

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
    const w = (tokens[k] as Token).lower;
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
