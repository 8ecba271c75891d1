/**
 * The noun phrase around a person's name: role nouns in an appositive after it, whether the words before it
 * keep a role and the name in one phrase, and where the clause the name opens starts.
 */
import { RELATIVE_PRONOUNS } from "../../lexicon/attribution-phrases.js";
import { CLAUSE_OPENERS, ROLE_PHRASE_WORDS } from "../../lexicon/phrase-bounds.js";
import { ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";

const APPOSITIVE_TOKENS = 8;

/**
 * Whether a token in [from, to) holds a comma, period, colon or semicolon. A loop rather than
 * slice/map/join: the mapped array of an empty slice has another elements kind, and collectPeople's optimized
 * code was thrown away for it twice per 1,500 documents ("wrong map" in --trace-deopt).
 */
export function punctuationBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/[.,;:]/.test((tokens[k] as Token).text)) return true;
  return false;
}

/**
 * Role nouns in an appositive right after a name ("Rob Ball, the shadow chancellor, said", "Jane Doe, a
 * spokeswoman for Acme,"): the words up to the next comma or sentence end, two-word roles too.
 */
export function appositiveRoles(tokens: readonly Token[], nameEnd: number): string[] {
  const after = pastHomePlace(tokens, nameEnd);
  // Bound-checked reads: past the tokens' end they were "out of bounds" deopts (--trace-deopt).
  if (after >= tokens.length || (tokens[after] as Token).text !== ",") return [];
  const roles: string[] = [];
  for (let k = after + 1; k < Math.min(tokens.length, after + 1 + APPOSITIVE_TOKENS); k++) {
    const w = (tokens[k] as Token).lower;
    if (/^[,.;:!?]$/.test(w)) break;
    // Not a role in a relative clause after the name ("Roe, who hopes to become mayor,": PolNeAR train, a later
    // "the <party> leader" went to such a Roe). "Roe, who is the mayor," still says whose office it is. (Stopping at a preposition too, "Roe, an aide to the governor,", was withdrawn: it changed no
    // FIT quote, and in the CHECK sample it took from "Roe, is currently part of <club> manager Poe's staff" the
    // role that happened to make Roe the right speaker of a later "the <club> assistant manager".)
    if (w === "who" && /^(?:is|was)$/.test(tokens[k + 1]?.lower ?? "")) {
      k += 1;
      continue;
    }
    if (RELATIVE_PRONOUNS.has(w)) break;
    const pair = `${w} ${k + 1 < tokens.length ? (tokens[k + 1] as Token).lower : ""}`;
    if (ROLE_TITLES.has(pair)) roles.push(pair);
    if (ROLE_TITLES.has(w)) roles.push(w);
  }
  return roles;
}

/** Capitalized words a lawmaker's state or a delegate's country may take after "of" ("of Illinois", "of New York"). */
const HOME_PLACE_TOKENS = 3;

/**
 * The token after "of <Place>" following a name at `at` ("Senator Jo Roe of Illinois, the Republican leader,"), else
 * `at`: the appositive after the home place is the person's (session 40 probe, a 1964 wire story: the leader's
 * quote went to nobody).
 */
function pastHomePlace(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== "of") return at;
  let k = at + 1;
  while (k < at + 1 + HOME_PLACE_TOKENS && isCapitalized(tokens[k]?.text ?? "")) k += 1;
  return k > at + 1 ? k : at;
}

/** Whether tokens [from, to) are all capitalized words, titles, role nouns or commas: one noun phrase. */
export function phraseRunsTo(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = (tokens[k] as Token).text;
    if (t === "," || isCapitalized(t) || ROLE_TITLES.has(t.toLowerCase()) || t === "'s" || t === "’s")
      continue;
    return false;
  }
  return true;
}

/** Whether tokens [from, to) keep a role and the name after them in one noun phrase (see phraseRunsTo). */
export function roleRunsTo(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!ROLE_PHRASE_WORDS.has((tokens[k] as Token).lower) && !phraseRunsTo(tokens, k, k + 1)) return false;
  }
  return true;
}

/**
 * Where the clause the name at token `at` opens starts: the sentence's start or the last comma, colon or dash,
 * with nothing but capitalized words, titles, role nouns and determiners between; -1 when a verb or preposition
 * comes between (it governs the name).
 */
export function clauseStart(tokens: readonly Token[], at: number, sentenceStart: number): number {
  for (let k = at - 1; k >= sentenceStart; k--) {
    const t = (tokens[k] as Token).text;
    if (t === "," || t === ":" || t === "—" || t === "--" || CLAUSE_OPENERS.has(t.toLowerCase()))
      return k + 1;
    // "…, and Quenby aimed her speech": "and" opens a clause, but not inside a name ("Phillips and Drew said").
    if ((t === "and" || t === "or") && !isCapitalized(tokens[k - 1]?.text ?? "")) return k + 1;
    if (isCapitalized(t) || ROLE_TITLES.has(t.toLowerCase()) || /^(?:the|a|an|'s|’s)$/i.test(t)) continue;
    // An opening quote mark or bracket ("“[Hale] should stay in until he …").
    if (/^[“"‘'([]+$/u.test(t)) continue;
    return -1;
  }
  return sentenceStart;
}

/** Whether a possessive mark follows a name ending at `end` ("Frost's jabs"). */
export function possessive(tokens: readonly Token[], end: number): boolean {
  return /^['’]s?$/u.test(tokens[tokenAt(tokens, end)]?.text ?? "");
}
