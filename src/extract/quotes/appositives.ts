/**
 * A speaker before comma-delimited parts that stand between it and its verb: appositives ("Ann Lee, a
 * spokeswoman, said"), relative clauses ("Wike, who spoke …, said"), ages and places of origin ("Mr Smith, 45,
 * from Leeds, said").
 */
import {
  APPOSITIVE_PREPOSITIONS,
  CAPTION_POSITIONS,
  RELATIVE_PRONOUNS,
  SPEAKER_DETERMINERS,
} from "../../lexicon/attribution-phrases.js";
import { CLAUSE_RELATIVES } from "../../lexicon/clause-words.js";
import { IRREGULAR_PARTICIPLES } from "../../lexicon/irregular-past.js";
import { ORIGIN_PREPOSITIONS } from "../../lexicon/prepositions.js";
import { isPartyTag } from "../../text/party-tags.js";
import { isCapitalized, isEdForm } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { describesPerson, personBeforeEmployer } from "./employers.js";
import { phraseEndingAt, type SpeakerPhrase } from "./phrases.js";
import { skipAdverbsLeft } from "./speaker-gaps.js";
import { lower } from "./words.js";

/**
 * Tokens an appositive between a speaker and its verb may hold: "Tom Baxter, a longtime party strategist who
 * earlier in the year had tried to organize a rival campaign, said".
 */
export const MAX_APPOSITIVE_TOKENS = 30;

/** Whether the tokens [first, end) write a US lawmaker's party and state ("R-Ky.", "D-N.Y.": text/party-tags.ts). */
function isPartyTagBetween(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first > 4) return false;
  let written = "";
  for (let i = first; i < end; i++) written += (tokens[i] as Token).text;
  return isPartyTag(written);
}

/**
 * Whether token `k` ends a party tag that opens after a comma or a bracket ("Sen. Dana Lowe, D-Conn., was blunt:",
 * the tag's stop at `k`): its stop ends no clause.
 */
export function endsPartyTag(tokens: readonly Token[], k: number): boolean {
  for (let open = k - 1; open >= Math.max(0, k - 5); open--) {
    const text = (tokens[open] as Token).text;
    if (text === "," || text === "(") return isPartyTagBetween(tokens, open + 1, k + 1);
  }
  return false;
}

/** The phrase ending right before the comma at `k` (a person before an employer preferred). */
export function speakerBeforeComma(tokens: readonly Token[], k: number, floor: number): SpeakerPhrase | null {
  const inside = phraseEndingAt(tokens, skipAdverbsLeft(tokens, k - 1, floor), floor);
  return inside === null ? null : (personBeforeEmployer(tokens, inside, floor) ?? inside);
}

/**
 * `Wike, who spoke through his spokesman, Kelvin Ebiri, said`: a name in apposition at the end of a relative
 * clause is no subject; the name before the clause is. `comma` opens the name's part.
 */
function subjectBeforeRelative(tokens: readonly Token[], comma: number, floor: number): SpeakerPhrase | null {
  let open = comma - 1;
  while (open >= floor && comma - open < MAX_APPOSITIVE_TOKENS && tokens[open]?.text !== ",") open -= 1;
  if (open < floor || tokens[open]?.text !== "," || !RELATIVE_PRONOUNS.has(lower(tokens[open + 1])))
    return null;
  const subject = phraseEndingAt(tokens, open - 1, floor);
  return subject?.kind === "name" ? subject : null;
}

/**
 * `Ann Lee, a pollster who works with Acme Futures, a think tank, said`: whether `phrase` ends a relative clause
 * opened after the comma before it (its object: the speaker is further left). Session 14, FIT half of seed
 * 20261241: two such quotes went to the organization in the clause.
 */
function endsRelativeClause(tokens: readonly Token[], phrase: SpeakerPhrase, floor: number): boolean {
  for (let k = phrase.first - 1; k >= floor && phrase.first - k <= MAX_APPOSITIVE_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (t.text === ",") return false;
    if (CLAUSE_RELATIVES.has(lower(t)) && k < phrase.first - 1) return true;
  }
  return false;
}

/**
 * `Tom Roe, 61, of Ashford, Kent, said`, `Ann Lee, of Red Deer, Alta., said`: the segment `(comma, segmentEnd)` is
 * a region (one to three capitalized words, a period of its short form) closing a place of origin, not the
 * speaker (invented British and Canadian rows: the county or province was given the quote).
 */
function regionAfterOrigin(
  tokens: readonly Token[],
  comma: number,
  segmentEnd: number,
  floor: number,
): boolean {
  if (segmentEnd - comma - 1 < 1 || segmentEnd - comma - 1 > 4) return false;
  for (let k = comma + 1; k < segmentEnd; k++) {
    const t = tokens[k] as Token;
    if (!(t.kind === "word" && isCapitalized(t.text)) && !(t.text === "." && k > comma + 1)) return false;
  }
  let open = comma - 1;
  while (open >= floor && comma - open <= 5 && tokens[open]?.text !== ",") open -= 1;
  if (open < floor || tokens[open]?.text !== "," || !ORIGIN_PREPOSITIONS.has(lower(tokens[open + 1])))
    return false;
  for (let k = open + 2; k < comma; k++) if (!isCapitalized(tokens[k]?.text ?? "")) return false;
  return open + 2 < comma;
}

/**
 * The speaker before the comma at `k` that ends one or more comma-delimited parts before a verb: step back over
 * each such part (at most three), else the phrase right before the comma; null for none.
 */
export function speakerBeforeAppositives(
  tokens: readonly Token[],
  k: number,
  floor: number,
): SpeakerPhrase | null {
  // Appositives or relative clauses between speaker and verb: ", who ..., said" / ", a spokesman, said" /
  // "Mr Smith, 45, from Leeds, said": step back over each such comma-delimited part.
  let segmentEnd = k;
  for (let hops = 0; hops < 3; hops++) {
    let comma = segmentEnd - 1;
    while (comma >= floor && comma > segmentEnd - MAX_APPOSITIVE_TOKENS && tokens[comma]?.text !== ",")
      comma -= 1;
    if (comma < floor || tokens[comma]?.text !== ",") break;
    if (regionAfterOrigin(tokens, comma, segmentEnd, floor)) {
      segmentEnd = comma;
      continue;
    }
    const opener = lower(tokens[comma + 1]);
    // "Mike Dunn, pastor of the Grace Church and a Schaefer supporter, said": a segment that ends in a
    // noun for a person describes the one before it.
    const endsInPerson = phraseEndingAt(tokens, segmentEnd - 1, comma + 1)?.kind === "role";
    if (
      !endsInPerson &&
      !RELATIVE_PRONOUNS.has(opener) &&
      !SPEAKER_DETERMINERS.has(opener) &&
      !APPOSITIVE_PREPOSITIONS.has(opener) &&
      !(CAPTION_POSITIONS.has(opener) && comma + 2 === segmentEnd) &&
      tokens[comma + 1]?.kind !== "number" &&
      // "Alexandria Ocasio-Cortez, D-N.Y., tweeted": a lawmaker's party and state (session 31).
      !isPartyTagBetween(tokens, comma + 1, segmentEnd) &&
      // "Ann Lee, chief executive of the Lumber Union, said", British style without "the".
      !describesPerson(tokens, comma + 1, segmentEnd) &&
      // "Ann Lee, prosecuting, said", "The letter, seen by the Ledgerton Courier, reads": a participle's clause.
      !/^\p{Ll}+(?:ed|ing|en)$/u.test(tokens[comma + 1]?.text ?? "") &&
      !IRREGULAR_PARTICIPLES.has(tokens[comma + 1]?.text ?? "")
    ) {
      const relative = subjectBeforeRelative(tokens, comma, floor);
      if (relative !== null) return relative;
      break;
    }
    // ("Sen. Rick Dean (D-Ill.), noting …, said": past the parenthesis.)
    const before = phraseEndingAt(tokens, skipAdverbsLeft(tokens, comma - 1, floor), floor);
    // (`The memo, edited by Dana Roe, the group's analyst, says`: the agent of a participle between commas is
    // not the subject; the phrase before that participle's comma is. FIT half of seed 20261221.)
    const agent =
      before !== null &&
      lower(tokens[before.first - 1]) === "by" &&
      isEdForm(tokens[before.first - 2]?.text ?? "") &&
      tokens[before.first - 3]?.text === ",";
    // (Its employer's or home place's person: "Sen. Jo Roe of Idaho, the floor manager, called it “…”" is Roe's,
    // as "Jo Roe of Idaho said" is. Session 40 probe, a 1964 wire story: the fragment had no speaker.)
    if (before !== null && !agent && !endsRelativeClause(tokens, before, floor))
      return personBeforeEmployer(tokens, before, floor) ?? before;
    segmentEnd = comma;
  }
  return speakerBeforeComma(tokens, k, floor);
}
