import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { COMPANY_FORMS, ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import type { Token } from "../../types.js";
import type { Segment } from "./segments.js";

/**
 * A lone word in capitals in a sentence in mixed case is an acronym, an organization's ("the ARI", "GATT"), though
 * the tagger read it as a person, as it reads "Ari": CoNLL dev FIT had four, and 17 of the 20 such "persons"
 * most frequent on the Reuters bench were (the rest, headline words).
 */
const ACRONYM = /^\p{Lu}{2,}$/u;

function aloneOnLine(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const breakBefore = before === undefined || text.slice(before.end, token.start).includes("\n");
  return breakBefore && (after === undefined || text.slice(token.end, after.start).includes("\n"));
}

/**
 * Whether token i is such an acronym: not a company's form cut off its name ("AG", "PLC", Swedish "AB") and not a line's lone
 * word (a wire's sign-off, "REUTER") or in a segment of fewer than three tokens (a continuation mark).
 */
export function isAcronym(text: string, tokens: readonly Token[], i: number, sentence: Segment): boolean {
  const token = tokens[i] as Token;
  if (
    !ACRONYM.test(token.text) ||
    sentence.endToken - sentence.firstToken < 3 ||
    aloneOnLine(text, tokens, i)
  )
    return false;
  const key = token.text.toLowerCase();
  return !COMPANY_FORMS.has(key) && !ORGANIZATION_SUFFIXES.has(key) && !NAME_PARTICLES.has(key);
}
