/**
 * The person after a role's constituency ("said Tory MP for Ashford Tom Roe") or a capitalized office's complement
 * ("said Secretary of State Tom Roe"): capitalized words that hold the place, then the person from a first name.
 */
import { UNNAMED_ONE_DETERMINERS } from "../../lexicon/attribution-phrases.js";
import { isFirstName } from "../../lexicon/first-names.js";
import { NAME_LINKS } from "../../lexicon/phrase-bounds.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { ROLE_HEADS } from "../../lexicon/speaker-roles.js";
import type { Token } from "../../types.js";
import { closesClause, nameRunFrom } from "./role-names.js";
import { headKind, isCapitalizedWord, isNameOrTitleWord, lower, type SpeakerPhrase } from "./words.js";

/**
 * `said Tory MP for Ashford Tom Roe.`, `Liberal MP for Ottawa Centre Ann Lee said`: a role for a constituency
 * (`for` at `forAt`), then capitalized words up to `end` that hold the place and then the person: the person
 * starts at the first known first name after at least one word of the place and runs to `end`. Null when no
 * first name splits them. Invented British and Canadian rows gave the quote to the role ("Tory MP").
 * A capitalized office's complement after "of" is read the same way (`said Secretary of State Tom Roe.`,
 * `said Chancellor of the Exchequer Ann Lee.`): before, the quote went to the office's first word, or nobody.
 */
export function personAfterConstituency(
  tokens: readonly Token[],
  forAt: number,
  end: number,
): SpeakerPhrase | null {
  const place = placeStart(tokens, forAt);
  if (place < 0) return null;
  for (let j = place; j < end; j++) if (!isPlaceWord(tokens[j]) && !innerLink(tokens, j, place)) return null;
  for (let j = place + 1; j < end - 1; j++)
    if (isFirstName((tokens[j] as Token).text)) return { first: j, end, kind: "name" };
  return null;
}

/**
 * Where the place after a role's "for" at `forAt` starts, or the complement after a capitalized office's "of" (past
 * a "the": "of the Exchequer"); -1 when no role stands before it.
 */
function placeStart(tokens: readonly Token[], forAt: number): number {
  const role = tokens[forAt - 1];
  if (headKind(role) !== "role" || isUnnamedOne(tokens, forAt - 1)) return -1;
  const w = lower(tokens[forAt]);
  if (w === "for") return forAt + 1;
  if (w !== "of" || !isCapitalizedWord(role) || !ROLE_HEADS.has(lower(role))) return -1;
  return lower(tokens[forAt + 1]) === "the" ? forAt + 2 : forAt + 1;
}

/** Lower-case modifiers a role may take after its determiner ("a senior spokesman"). */
const MAX_ROLE_MODIFIERS = 2;

/**
 * Whether the role at `role` is an unnamed one's ("A spokesman for", "a senior aide for"): it holds no constituency,
 * and a first name after its employer's first word is the employer's ("A spokesman for Oasis Academy Shirley Park
 * said": session 40 probe, a British school story, where "Shirley Park" had the quote).
 */
export function isUnnamedOne(tokens: readonly Token[], role: number): boolean {
  let k = role - 1;
  while (
    k > role - 1 - MAX_ROLE_MODIFIERS &&
    /^\p{Ll}+$/u.test(tokens[k]?.text ?? "") &&
    !UNNAMED_ONE_DETERMINERS.has(lower(tokens[k]))
  )
    k -= 1;
  return UNNAMED_ONE_DETERMINERS.has(lower(tokens[k]));
}

/** A word of a constituency or an office's complement: a name word, or a capitalized verb ("of State"). */
const isPlaceWord = (t: Token | undefined): boolean =>
  isNameOrTitleWord(t) || (isCapitalizedWord(t) && REPORTING_VERBS.has(lower(t)));

/**
 * A link word inside a complement, between its capitalized words (invented British rows: "Secretary of State for
 * Health Ann Lee said", "Governor of the Bank of England Ann Lee said" went to the office's first word, or nobody).
 */
function innerLink(tokens: readonly Token[], j: number, place: number): boolean {
  if (j <= place || !NAME_LINKS.has(lower(tokens[j]))) return false;
  const next = tokens[j + 1];
  return isPlaceWord(next) || (lower(next) === "the" && isPlaceWord(tokens[j + 2]));
}

/** `said Tory MP for Ashford Tom Roe.`: after a role at `forAt - 1`, the person past its constituency, closing the clause. */
export function nameAfterConstituency(
  tokens: readonly Token[],
  forAt: number,
  limit: number,
): SpeakerPhrase | null {
  const place = placeStart(tokens, forAt);
  if (place < 0 || !isPlaceWord(tokens[place])) return null;
  const run = nameRunFrom(tokens, place, limit);
  return closesClause(tokens, run, limit) ? personAfterConstituency(tokens, forAt, run.end) : null;
}
