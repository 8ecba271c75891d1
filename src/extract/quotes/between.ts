/**
 * What may stand between a quote and the attribution after it, in styles the first rules missed: a translation
 * in parentheses (`“Kami menang,” (We won) Ahmad said`), a noun phrase before an appositive name (`added her
 * brother, Hemi Ngata`, `the Minister for Health, Mary Harney, said`), and a base-form verb that is a noun
 * (`”, state media quoted Li as saying`).
 */

import {
  DATE_WORDS,
  SPEAKER_DETERMINERS,
  UNNAMED_ONE_DETERMINERS,
} from "../../lexicon/attribution-phrases.js";
import { NAME_LINKS } from "../../lexicon/phrase-bounds.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { QUOTE_ATTRIBUTION_LINKS } from "../../lexicon/punctuation.js";
import { QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { COUNTED_TIME_UNITS } from "../../lexicon/time-phrases.js";
import type { Token } from "../../types.js";
import {
  cueAt,
  headKind,
  isCapitalizedWord,
  LOWER,
  lower,
  POSSESSIVES,
  type SpeakerPhrase,
} from "./words.js";

const BASE_NOUN_WORDS = 3;
const MAX_DESCRIBED_WORDS = 4;
/** Words after an unnamed person's calling that go on to place or describe them ("outside the count", "who lives"). */
const PLACING_WORDS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  "outside",
  "near",
  "inside",
  "who",
  // ("commented one underwriter away from the syndicate", Reuters.)
  "away",
  "here",
  "there",
]);

/** "her brother", "a close friend": a determiner and lower-case words up to a comma, as a role phrase. */
export function determinerPhrase(
  tokens: readonly Token[],
  from: number,
  limit: number,
): SpeakerPhrase | null {
  if (!SPEAKER_DETERMINERS.has(lower(tokens[from]))) return null;
  for (let k = from + 1; k < Math.min(limit, from + MAX_DESCRIBED_WORDS + 1); k++) {
    const t = tokens[k] as Token;
    if (t.text === ",") return k > from + 1 ? { first: from, end: k, kind: "role" } : null;
    if (t.kind !== "word" || !/^\p{Ll}/u.test(t.text)) return null;
  }
  return null;
}

/**
 * "said one former miner outside the count.", "said a retired teacher who lives nearby": after an inverted cue, "a",
 * "an", "one" or "another" and lower-case words up to punctuation, a preposition or "who": one unnamed person of a
 * calling no list of roles holds. Session 42 probe (the Brexit night in Sunderland): the miner's quote went to the
 * politician named before, then "the 58-year-old said" too.
 */
export function unnamedOnePhrase(
  tokens: readonly Token[],
  from: number,
  limit: number,
): SpeakerPhrase | null {
  if (!UNNAMED_ONE_DETERMINERS.has(lower(tokens[from]))) return null;
  let k = from + 1;
  while (k < limit && k - from <= MAX_DESCRIBED_WORDS) {
    const t = tokens[k] as Token;
    if (t.text === "-" && k > from + 1 && tokens[k + 1]?.kind === "word") {
      k += 1;
      continue;
    }
    if (t.kind !== "word" || !LOWER.test(t.text) || STOPWORDS.has(lower(t)) || PLACING_WORDS.has(lower(t)))
      break;
    // ("said a document issued by the party": a participle after the noun goes on to describe it.)
    if (k > from + 1 && /ed$/.test(t.text)) break;
    // ("said a week later", "said a day after": a time, not a person.)
    if (COUNTED_TIME_UNITS.has(lower(t)) || DATE_WORDS.has(lower(t))) return null;
    k += 1;
  }
  if (k === from + 1 || k - from > MAX_DESCRIBED_WORDS || /ly$/.test(lower(tokens[k - 1]))) return null;
  const next = tokens[k];
  // ("said a lot of people": a quantity.)
  if (lower(next) === "of") return null;
  const closes =
    k >= limit ||
    next === undefined ||
    next.kind === "punct" ||
    PLACING_WORDS.has(lower(next)) ||
    (k > from + 1 && /ed$/.test(next.text));
  return closes ? { first: from, end: k, kind: "role" } : null;
}

const MAX_TRANSLATION_TOKENS = 30;

/** The token after a parenthesis opening at `i` with no quote mark in it, or `i` itself. */
export function pastTranslation(tokens: readonly Token[], i: number, limit: number): number {
  if (tokens[i]?.text !== "(") return i;
  for (let k = i + 1; k < Math.min(limit, i + MAX_TRANSLATION_TOKENS); k++) {
    const t = tokens[k] as Token;
    if (QUOTE_MARKS.has(t.text) || t.text === "(") return i;
    if (t.text === ")") {
      let j = k + 1;
      while (j < limit && QUOTE_ATTRIBUTION_LINKS.has((tokens[j] as Token).text)) j += 1;
      return j;
    }
  }
  return i;
}
const MAX_COMPLEMENT_TOKENS = 5;

/**
 * The comma that closes a role phrase ending at `roleEnd`: right there, or after a short complement that a
 * preposition opens ("his best friend at college,", "the Minister for Health,"); -1 for none.
 */
export function complementComma(tokens: readonly Token[], roleEnd: number, limit: number): number {
  if (tokens[roleEnd]?.text === ",") return roleEnd;
  if (!PREPOSITIONS.has(lower(tokens[roleEnd]))) return -1;
  for (let k = roleEnd + 1; k < Math.min(limit, roleEnd + MAX_COMPLEMENT_TOKENS + 1); k++) {
    const t = tokens[k] as Token;
    if (t.text === ",") return k > roleEnd + 1 ? k : -1;
    if (t.kind !== "word") return -1;
  }
  return -1;
}

/** Tokens of a complement that names a body: "of the Velmora Chamber of Commerce and Industry". */
const MAX_BODY_COMPLEMENT_TOKENS = 9;

/**
 * `the head of the Velmora Chamber of Commerce, Jane Roe, said`: a complement longer than a short one whose words
 * after its preposition are capitalized words and their links only, a body's name (session 22, invented rows:
 * the quote went to "the head"). `[roleEnd, comma)`.
 */
function namedBodyComplement(tokens: readonly Token[], roleEnd: number, comma: number): boolean {
  if (comma - roleEnd > MAX_BODY_COMPLEMENT_TOKENS || !PREPOSITIONS.has(lower(tokens[roleEnd]))) return false;
  for (let k = roleEnd + 1; k < comma; k++) {
    const t = tokens[k] as Token;
    if (isCapitalizedWord(t)) continue;
    if (!NAME_LINKS.has(lower(t))) return false;
  }
  return isCapitalizedWord(tokens[comma - 1]);
}

/** A name at `name` in apposition to a role phrase ending at `roleEnd`: a comma, after a short complement. */
export function appositiveAfter(tokens: readonly Token[], roleEnd: number, name: number): boolean {
  if (tokens[name - 1]?.text !== "," || name - 1 < roleEnd) return false;
  if (name - 1 - roleEnd > MAX_COMPLEMENT_TOKENS && !namedBodyComplement(tokens, roleEnd, name - 1))
    return false;
  if (name - 1 === roleEnd) return true;
  if (!PREPOSITIONS.has(lower(tokens[roleEnd]))) return false;
  for (let k = roleEnd + 1; k < name - 1; k++) if ((tokens[k] as Token).kind !== "word") return false;
  return true;
}

/** A finite reporting verb within a noun phrase's few words after `from`, before any punctuation. */
export function verbSoonAfter(tokens: readonly Token[], from: number, limit: number): boolean {
  for (let c = from; c < Math.min(limit, from + BASE_NOUN_WORDS); c++) {
    if ((tokens[c] as Token).kind !== "word") return false;
    const cue = cueAt(tokens, c);
    if (cue !== null) return !cue.participle;
  }
  return false;
}
const MAX_POSSESSED_ROLE_TOKENS = 6;

/**
 * "'s" at `k`, or a plural's bare apostrophe joined to the word before: `said the Greens' leader, Jane Roe`
 * (invented British rows: the party was given the quote, not its leader named in apposition).
 */
function isPossessiveAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (POSSESSIVES.has(t.lower)) return true;
  const prev = tokens[k - 1];
  return (
    (t.text === "'" || t.text === "’") && prev !== undefined && prev.end === t.start && /s$/i.test(prev.text)
  );
}

/**
 * `said Acme's head of policy, Jane Roe.`, `said Lee's successor, Jane Roe.`: the comma after the lower-case
 * words a possessive at `from` opens, before the name in apposition that is the speaker (the caller asks for a
 * name there); null for none. Any noun: what someone's "successor", "rival", "team-mate" or "biographer" is, no
 * role list holds, and the quote went to the possessor (invented rows of session 21: 18 of 30 such nouns).
 */
export function possessedRoleComma(tokens: readonly Token[], from: number, limit: number): number | null {
  if (!isPossessiveAt(tokens, from)) return null;
  const comma = roleWordsComma(tokens, from + 1, limit, false);
  return comma < 0 ? null : comma;
}

/**
 * The comma after lower-case words from `from` with a role noun among them ("deputy leader,"), or with any
 * words when `needsRole` is false; -1 for none.
 */
export function roleWordsComma(
  tokens: readonly Token[],
  from: number,
  limit: number,
  needsRole = true,
): number {
  if (!LOWER.test(tokens[from]?.text ?? "")) return -1;
  let sawRole = !needsRole;
  for (let k = from; k < Math.min(limit, from + 1 + MAX_POSSESSED_ROLE_TOKENS); k++) {
    const t = tokens[k] as Token;
    if (t.text === ",") return sawRole ? k : -1;
    if (t.kind !== "word" || cueAt(tokens, k) !== null) return -1;
    if (headKind(t) === "role") sawRole = true;
  }
  return -1;
}
