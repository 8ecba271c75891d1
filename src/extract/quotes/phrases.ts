import { DATE_WORDS, RELATIVE_PRONOUNS, SPEAKER_DETERMINERS } from "../../lexicon/attribution-phrases.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { ROLE_HEADS } from "../../lexicon/speaker-roles.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import type { Token } from "../../types.js";

import {
  headKind,
  isCapitalizedRole,
  isCapitalizedWord,
  isLoneSurnameBeforeCue,
  isNameWord,
  isParticle,
  isPersonNoun,
  isPronoun,
  isSurnameAfterName,
  isTitleWord,
  LOWER,
  lower,
  MAX_PHRASE_TOKENS,
  POSSESSIVES,
  type SpeakerPhrase,
} from "./words.js";

export {
  type CuePhrase,
  cueAt,
  isCapitalizedWord,
  isPersonNoun,
  isPronoun,
  type SpeakerPhrase,
} from "./words.js";
/**
 * The speaker phrase that ends at token `last` (inclusive), reading leftwards no further than `floor`:
 * a pronoun, a name ("President Hassan Rouhani", "The New York Times"), or a determiner phrase around a
 * role or organization noun ("the Iranian president", "a spokesman", "the ministry").
 */
export function phraseEndingAt(tokens: readonly Token[], last: number, floor: number): SpeakerPhrase | null {
  const t = tokens[last];
  if (t === undefined || last < floor) return null;
  if (isPronoun(t)) return { first: last, end: last + 1, kind: "pronoun" };
  if (
    isNameWord(t) ||
    (t.kind === "word" && /^\p{Lu}[\p{L}.]*\.$/u.test(t.text)) ||
    (last - 1 >= floor && isSurnameAfterName(tokens, last)) ||
    isLoneSurnameBeforeCue(tokens, last)
  ) {
    let first = last;
    while (first - 1 >= floor && last - first < MAX_PHRASE_TOKENS) {
      const prev = tokens[first - 1] as Token;
      const joined = prev.end === (tokens[first] as Token).start;
      if (isNameWord(prev) || isParticle(prev) || (joined && prev.text === "-")) first -= 1;
      else if (prev.text === "The" && first - 1 >= floor) {
        first -= 1;
        break;
      } else break;
    }
    if (first === last && NAME_PARTICLES.has(t.text)) return null;
    if (isCapitalizedRole(tokens, first, last)) return { first: first - 1, end: last + 1, kind: "role" };
    return {
      first,
      end: last + 1,
      kind: /[A-Za-z]/.test(t.text) && ORGANIZATION_NOUNS.has(lower(t)) ? "organization" : "name",
    };
  }
  const kind = headKind(t);
  if (kind === null) return null;
  // Leftwards through modifiers ("the Azeri", "White House", "Iran’s foreign") to a determiner.
  let first = last;
  for (let j = last - 1; j >= floor && last - j < MAX_PHRASE_TOKENS; j--) {
    const prev = tokens[j] as Token;
    const w = lower(prev);
    if (SPEAKER_DETERMINERS.has(w)) {
      first = j;
      break;
    }
    // "the 48-year-old mother": an age is a modifier too.
    if (prev.kind === "number" || (prev.text === "-" && joinedToNeighbours(tokens, j))) {
      first = j;
      continue;
    }
    if (prev.kind !== "word" || REPORTING_VERBS.has(w) || RELATIVE_PRONOUNS.has(w)) break;
    if (STOPWORDS.has(w) && w !== "’s" && w !== "'s" && !isCapitalizedWord(prev)) break;
    first = j;
  }
  return { first, end: last + 1, kind };
}

/**
 * A name that follows lower-case role words at `from` ("spokesman Josh Earnest", "chief executive Ann
 * Lee"), read no further than `limit`; null when no role noun leads to a name.
 */
function nameAfterRole(tokens: readonly Token[], from: number, limit: number): SpeakerPhrase | null {
  let j = from;
  // "Florida’s Rick Wilson", "Clinton’s top aide Jake Sullivan": the possessor is not the speaker.
  const mark = tokens[j];
  const possessive =
    POSSESSIVES.has(lower(mark)) ||
    // "Nikko Securities' Okamoto": a plural's bare apostrophe, joined to it.
    ((mark?.text === "'" || mark?.text === "’") &&
      /[sS]$/.test(tokens[j - 1]?.text ?? "") &&
      tokens[j - 1]?.end === mark.start);
  if (possessive) j += 1;
  const firstRoleWord = j;
  let sawPerson = false;
  for (; j < limit && j - firstRoleWord < 6; j++) {
    const tok = tokens[j] as Token;
    if (tok.text === "," && j > firstRoleWord && isNameWord(tokens[j + 1])) continue;
    if (tok.kind !== "word" || !LOWER.test(tok.text)) {
      const named = (possessive || sawPerson) && isNameWord(tok) && !DATE_WORDS.has(lower(tok));
      return named ? nameRunFrom(tokens, j, limit) : null;
    }
    if (tokens[j - 1]?.text === ",") return null;
    if (STOPWORDS.has(lower(tok)) || REPORTING_VERBS.has(lower(tok))) return null;
    // "Trump attacked Clinton": only a noun for a person right before the name leads on to it.
    sawPerson = isPersonNoun(tok);
  }
  return null;
}

/** The run of name words (with particles and hyphens) that starts at `first`. */
function nameRunFrom(tokens: readonly Token[], first: number, limit: number): SpeakerPhrase {
  let end = first;
  while (end + 1 < limit && end - first < MAX_PHRASE_TOKENS) {
    const next = tokens[end + 1] as Token;
    if (isSurnameAfterName(tokens, end + 1)) {
      end += 1;
      break;
    }
    // "said Smith Tuesday": a day or month after a name dates the statement.
    if (DATE_WORDS.has(lower(next))) break;
    if (isNameWord(next) || (NAME_PARTICLES.has(next.text) && isNameWord(tokens[end + 2]))) end += 1;
    else if (next.text === "-" && next.start === (tokens[end] as Token).end && isNameWord(tokens[end + 2]))
      end += 2;
    else break;
  }
  return { first, end: end + 1, kind: "name" };
}

/** Words that join the parts of an employer's name: "Industrial Bank of Japan", "Gulf and Western". */
const EMPLOYER_LINKS: ReadonlySet<string> = new Set(["of", "and", "&", "(", ")", "'s", "’s", "-"]);
const MAX_EMPLOYER_TOKENS = 12;

/**
 * "said Salomon Brothers (Asia) Ltd analyst Carole Ryavec", "said Gulf and Western chairman Martin Davis":
 * when the name run after the verb goes on as a longer employer's name, the person after the first role
 * noun that follows it; null when anything else (a verb, a clause, a full stop) comes first.
 */
function personAfterEmployer(tokens: readonly Token[], from: number, limit: number): SpeakerPhrase | null {
  const stop = Math.min(limit, from + MAX_EMPLOYER_TOKENS);
  for (let j = from; j < stop; j++) {
    const tok = tokens[j] as Token;
    const w = lower(tok);
    // A lower-case singular role ("analyst") or an office ("President", "Chief Executive Officer");
    // "Bankers Trust", "Investor Services", "Salvage experts" are not.
    const singular = !(w.endsWith("s") && headKind({ ...tok, text: w.slice(0, -1) }) === "role");
    const office = isTitleWord(tok) || ROLE_HEADS.has(w);
    // ("said Air Force 1st Lt. Tom Reid": a rank before the name is the role too.)
    if ((headKind(tok) === "role" && (LOWER.test(tok.text) || office) && singular) || isTitleWord(tok)) {
      // Several role words ("President and Chief Executive Officer", "vice president and treasurer").
      let k = j + 1;
      while (
        k < stop &&
        (headKind(tokens[k]) === "role" || lower(tokens[k]) === "and" || isTitleWord(tokens[k]))
      )
        k += 1;
      const next = tokens[k];
      if (k < limit && isNameWord(next) && !DATE_WORDS.has(lower(next)) && headKind(next) === null)
        return nameRunFrom(tokens, k, limit);
      return null;
    }
    // (Not past a comma: "said Ann Lee, General Manager" is the person already.)
    // ("Brock State University": a capitalized function word inside the employer's name.)
    if (EMPLOYER_LINKS.has(w) || isCapitalizedWord(tok) || tok.kind === "number" || /^\d/.test(w)) continue;
    // Lower-case modifiers of the role to come ("senior economist", "associate vice president").
    if (LOWER.test(tok.text) && !STOPWORDS.has(w) && !REPORTING_VERBS.has(w)) continue;
    return null;
  }
  return null;
}

/** Words for part of a group before "of" ("one of the organizers", "two of his aides"). */
const PART_OF_GROUP: ReadonlySet<string> = new Set([
  "one",
  "two",
  "three",
  "some",
  "several",
  "many",
  "most",
]);

function joinedToNeighbours(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
}

/**
 * The speaker phrase that starts at token `first`, reading rightwards no further than `limit`: used after
 * an inverted cue ("said Frank", "said the minister", "said conservative activist Bob Klaus").
 */
export function phraseStartingAt(
  tokens: readonly Token[],
  first: number,
  limit: number,
): SpeakerPhrase | null {
  const t = tokens[first];
  if (t === undefined || first >= limit) return null;
  if (isPronoun(t)) return { first, end: first + 1, kind: "pronoun" };
  const lastOfName = (from: number): number => nameRunFrom(tokens, from, limit).end - 1;
  const particleLed = isParticle(t) && isNameWord(tokens[first + 1]);
  // "said Wednesday, “…”": a date, not a speaker.
  if (DATE_WORDS.has(lower(t))) return null;
  if (isNameWord(t) || particleLed || (t.text === "The" && isNameWord(tokens[first + 1]))) {
    const end = lastOfName(first) + 1;
    // "The Vermont senator emailed": a role noun after "The" and a name that only modifies it.
    if (t.text === "The" && end < limit && LOWER.test(tokens[end]?.text ?? "") && isPersonNoun(tokens[end]))
      return { first, end: end + 1, kind: "role" };
    // "said White House spokesman Josh Earnest": the person after the role, not the employer before it.
    const person = nameAfterRole(tokens, end, limit) ?? personAfterEmployer(tokens, end, limit);
    return person ?? { first, end, kind: "name" };
  }
  // "said one of the organizers", "said two of his aides": the part of a group of people speaks.
  if (PART_OF_GROUP.has(lower(t)) && lower(tokens[first + 1]) === "of") {
    const group = phraseStartingAt(tokens, first + 2, limit);
    if (group?.kind === "role" && group.first === first + 2) return { first, end: group.end, kind: "role" };
  }
  // "the minister", "a spokesman for the ministry", "conservative activist Bob Klaus"
  for (let j = first; j < limit && j - first < MAX_PHRASE_TOKENS; j++) {
    const tok = tokens[j] as Token;
    // "9/11 widow Terry Strada": a number may modify the role; "23-year-old Jamie Roe": so may a
    // hyphenated compound.
    if (tok.kind === "number" && j + 1 < limit) continue;
    if (tok.text === "-" && j > first && joinedToNeighbours(tokens, j)) continue;
    if (tok.kind !== "word") return null;
    if (j > first && isNameWord(tok)) {
      // "the Gunners boss": a name that modifies a role noun is not the speaker.
      const runEnd = lastOfName(j) + 1;
      const after = tokens[runEnd];
      if (runEnd < limit && LOWER.test(after?.text ?? "") && headKind(after) === "role") {
        j = runEnd - 1;
        continue;
      }
      if (isCapitalizedRole(tokens, j, runEnd - 1)) return { first, end: runEnd, kind: "role" };
      return { first: j, end: runEnd, kind: "name" };
    }
    const kind = headKind(tok);
    if (kind !== null) {
      const next = tokens[j + 1];
      // "a campaign spokesman": keep reading while the next word is still part of the noun phrase;
      // "project manager Ann Lee": the name that the role introduces is the speaker.
      if (next !== undefined && headKind(next) !== null) continue;
      if (j + 1 < limit && isNameWord(next) && !DATE_WORDS.has(lower(next))) continue;
      return { first, end: j + 1, kind };
    }
    if (
      REPORTING_VERBS.has(lower(tok)) ||
      (STOPWORDS.has(lower(tok)) && !SPEAKER_DETERMINERS.has(lower(tok)) && !POSSESSIVES.has(lower(tok)))
    ) {
      return null;
    }
  }
  return null;
}
