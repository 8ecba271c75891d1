/**
 * The person that role words or an employer's name lead to after an inverted cue: "said spokesman Omar Haddad",
 * "said Gulf and Western chairman Martin Dalby", and the run of name words that names them.
 */
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { MEMBERS_BODY_WORDS } from "../../lexicon/organization-suffixes.js";
import { EMPLOYER_LINKS } from "../../lexicon/phrase-bounds.js";
import { NOUN_GOVERNORS, POSITION_PREPOSITIONS, PREPOSITIONS } from "../../lexicon/prepositions.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { SPEAKER_ADVERBS } from "../../lexicon/speaker-adverbs.js";
import { ROLE_HEADS } from "../../lexicon/speaker-roles.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import type { Token } from "../../types.js";
import {
  baseModifiesRole,
  headKind,
  isCapitalizedWord,
  isNameOrTitleWord,
  isPersonNoun,
  isSurnameAfterName,
  isTitleWord,
  LOWER,
  lower,
  MAX_PHRASE_TOKENS,
  POSSESSIVES,
  type SpeakerPhrase,
} from "./words.js";

/**
 * A name that follows lower-case role words at `from` ("spokesman Omar Haddad", "chief executive Ann
 * Lee"), read no further than `limit`; null when no role noun leads to a name.
 */
export function nameAfterRole(tokens: readonly Token[], from: number, limit: number): SpeakerPhrase | null {
  let j = from;
  // "Ohio’s Nell Kessler", "Whitlow’s top aide Ann Lee": the possessor is not the speaker.
  // ("Nikko Securities' Okamoto": a plural's bare apostrophe, joined to it.)
  const possessive = isPossessiveAt(tokens, j);
  if (possessive) j += 1;
  const firstRoleWord = j;
  let sawPerson = false;
  // Only name particles since the possessive ("Acme's di Marco").
  let particlesOnly = true;
  for (; j < limit && j - firstRoleWord < 6; j++) {
    const tok = tokens[j] as Token;
    if (tok.text === "," && j > firstRoleWord && isNameOrTitleWord(tokens[j + 1])) continue;
    if (tok.kind !== "word" || !LOWER.test(tok.text)) {
      // (After a possessive, lower-case words lead on to a name only when a person noun ends them: "Ann Lee's
      // campaign shrugged off Roe's remarks, telling" is the campaign's, not Roe's; PolNeAR train's one such
      // subject went to the name past the verb.)
      const owner = possessive && particlesOnly;
      const named = (owner || sawPerson) && isNameOrTitleWord(tok) && !DATE_WORDS.has(lower(tok));
      if (!named) return null;
      const run = nameRunFrom(tokens, j, limit);
      // "said Walhi's Kalimantan director Fathur Roziqin Fen": the possessor's branch or region modifies a role,
      // and the person after it speaks (session 40 probe, an Indonesian story: the region had the quote).
      const role =
        isPersonNoun(tokens[run.end]) || (modifier(tokens[run.end]) && isPersonNoun(tokens[run.end + 1]));
      return (owner && role ? nameAfterRole(tokens, run.end, limit) : null) ?? run;
    }
    if (tokens[j - 1]?.text === ",") return null;
    if (STOPWORDS.has(lower(tok)) || REPORTING_VERBS.has(lower(tok))) return null;
    // "Whitlow attacked Kessler": only a noun for a person right before the name leads on to it.
    sawPerson = isPersonNoun(tok);
    particlesOnly &&= NAME_PARTICLES.has(tok.text);
  }
  return null;
}

/** The run of name words (with particles and hyphens) that starts at `first`. */
export function nameRunFrom(tokens: readonly Token[], first: number, limit: number): SpeakerPhrase {
  let end = first;
  while (end + 1 < limit && end - first < MAX_PHRASE_TOKENS) {
    const next = tokens[end + 1] as Token;
    if (isSurnameAfterName(tokens, end + 1)) {
      end += 1;
      break;
    }
    // "said Smith Tuesday": a day or month after a name dates the statement.
    if (DATE_WORDS.has(lower(next))) break;
    if (isNameOrTitleWord(next) || (NAME_PARTICLES.has(next.text) && isNameOrTitleWord(tokens[end + 2])))
      end += 1;
    // ("Ursula von der Leyen", "Piet van den Berg", "Ana de la Cruz": two particles; before, the name was cut at the
    // first and its last word alone read as the speaker. Invented rows.)
    else if (
      NAME_PARTICLES.has(next.text) &&
      NAME_PARTICLES.has(tokens[end + 2]?.text ?? "") &&
      isNameOrTitleWord(tokens[end + 3])
    )
      end += 3;
    else if (
      next.text === "-" &&
      next.start === (tokens[end] as Token).end &&
      isNameOrTitleWord(tokens[end + 2])
    )
      end += 2;
    // "Kelowna Teachers' Association": a members' plural possessive and their body's name run on (session 30:
    // "said <it> president Tanya Kaiser" was cut at the apostrophe and gave the quote to "Association").
    else if (isMembersPossessive(tokens, end, end + 1) && MEMBERS_BODY_WORDS.has(lower(tokens[end + 2])))
      end += 2;
    else break;
  }
  return { first, end: end + 1, kind: "name" };
}

/**
 * Whether token `at` is an apostrophe closing the capitalized plural at `plural` ("Teachers'"), a space after it. Only
 * a body's word after it runs the name on: "said Nikko Securities' Okamoto" is the firm's man.
 */
function isMembersPossessive(tokens: readonly Token[], plural: number, at: number): boolean {
  const mark = tokens[at];
  const word = tokens[plural] as Token;
  const next = tokens[at + 1];
  return (
    mark !== undefined &&
    next !== undefined &&
    (mark.text === "'" || mark.text === "’") &&
    mark.start === word.end &&
    next.start === mark.end + 1 &&
    /^\p{Lu}\p{L}*\p{Ll}s$/u.test(word.text)
  );
}

/** Lower-case words a descriptor may hold between a name and the person it describes: "Acme United club legend". */
const MAX_DESCRIPTOR_WORDS = 2;

/** A lower-case noun that may describe the name after it: no function word, preposition, adverb, date or verb form. */
function descriptorWord(tok: Token | undefined): boolean {
  if (tok === undefined || tok.kind !== "word" || !/^\p{Ll}+$/u.test(tok.text)) return false;
  const w = tok.text;
  if (STOPWORDS.has(w) || REPORTING_VERBS.has(w) || SPEAKER_ADVERBS.has(w) || DATE_WORDS.has(w)) return false;
  if (PREPOSITIONS.has(w) || POSITION_PREPOSITIONS.has(w) || NOUN_GOVERNORS.has(w)) return false;
  return !/(?:ing|ed|ly)$/.test(w);
}

/** Whether a name run ends its clause: nothing, or punctuation, comes after it. */
export function closesClause(tokens: readonly Token[], named: SpeakerPhrase, limit: number): boolean {
  const after = tokens[named.end];
  return named.end >= limit || after === undefined || /^[.,;:!?]$/.test(after.text);
}

/** Words a role's complement may hold between "of" and the name: "minister of state for trade". */
const MAX_COMPLEMENT_WORDS = 4;

/** A lower-case content word of a role's complement ("ceremonies", "operations", "marketing"). */
function complementWord(tok: Token | undefined): boolean {
  if (tok === undefined || tok.kind !== "word" || !/^\p{Ll}+$/u.test(tok.text)) return false;
  const w = tok.text;
  // (A reporting verb after "of" is its noun: "secretary of state".)
  return !STOPWORDS.has(w) && !DATE_WORDS.has(w) && !SPEAKER_ADVERBS.has(w);
}

/**
 * `said master of ceremonies Ann Lee, …`, `said Acme director of operations Tom Roe.`: a role's lower-case
 * complement after "of" at `of`, then a name that closes the clause: that name speaks. Null otherwise. Before,
 * the quote went to the bare role or the employer, or to nobody (FIT: PolNeAR train, invented rows).
 */
export function nameAfterRoleComplement(
  tokens: readonly Token[],
  of: number,
  limit: number,
): SpeakerPhrase | null {
  if (lower(tokens[of]) !== "of") return null;
  const stop = Math.min(limit, of + 1 + MAX_COMPLEMENT_WORDS);
  let k = of + 1;
  while (
    k < stop &&
    (complementWord(tokens[k]) || (lower(tokens[k]) === "for" && complementWord(tokens[k + 1])))
  )
    k += 1;
  if (k === of + 1 || k >= limit || !isNameOrTitleWord(tokens[k]) || DATE_WORDS.has(lower(tokens[k])))
    return null;
  const named = nameRunFrom(tokens, k, limit);
  return closesClause(tokens, named, limit) ? named : null;
}

/**
 * `said Acme United legend Gary Penhallow.`, `said England international Sam Okafor.`: after a name run, one or
 * two lower-case nouns no role list holds and a name that closes the clause: the first name only describes the
 * person named last (sport, entertainment and technology nouns: "legend", "winger", "rapper", "presenter").
 * Null unless the second name ends the clause: `said Ann Lee aboard Air Force One.` has a preposition there.
 * Invented British and Australian sport rows gave the quote to the club or the country.
 */
export function nameAfterDescriptor(
  tokens: readonly Token[],
  from: number,
  limit: number,
): SpeakerPhrase | null {
  let j = from;
  while (j < limit && j - from < MAX_DESCRIPTOR_WORDS && descriptorWord(tokens[j])) j += 1;
  if (j === from || j >= limit || !isNameOrTitleWord(tokens[j]) || DATE_WORDS.has(lower(tokens[j])))
    return null;
  const named = nameRunFrom(tokens, j, limit);
  return closesClause(tokens, named, limit) ? named : null;
}

const MAX_EMPLOYER_TOKENS = 12;

/** A lower-case word that may modify a role to come: no stopword, no reporting verb. */
const modifier = (tok: Token | undefined): boolean =>
  tok !== undefined && LOWER.test(tok.text) && !STOPWORDS.has(lower(tok)) && !REPORTING_VERBS.has(lower(tok));

/** A possessive at `j`: "'s", or a plural's bare apostrophe joined to it ("Acme Motors' Roe"). */
function isPossessiveAt(tokens: readonly Token[], j: number): boolean {
  const mark = tokens[j];
  if (POSSESSIVES.has(lower(mark))) return true;
  return (
    (mark?.text === "'" || mark?.text === "’") &&
    /[sS]$/.test(tokens[j - 1]?.text ?? "") &&
    tokens[j - 1]?.end === mark.start
  );
}

/**
 * "said Salomon Brothers (Asia) Ltd analyst Carole Rymond", "said Gulf and Western chairman Martin Dalby":
 * when the name run after the verb goes on as a longer employer's name, the person after the first role
 * noun that follows it; null when anything else (a verb, a clause, a full stop) comes first.
 */
export function personAfterEmployer(
  tokens: readonly Token[],
  from: number,
  limit: number,
): SpeakerPhrase | null {
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
      if (k < limit && isNameOrTitleWord(next) && !DATE_WORDS.has(lower(next)) && headKind(next) === null)
        return nameRunFrom(tokens, k, limit);
      // ("said Acme director of operations Tom Roe": past the role's complement.)
      if (lower(next) === "of") return nameAfterRoleComplement(tokens, k, limit);
      // ("associate vice president": a person noun that only modifies the role after it; Reuters bench, an
      // employer with its country in brackets gave such a quote to the employer.)
      if (k < stop && modifier(tokens[k])) {
        j = k - 1;
        continue;
      }
      return null;
    }
    // "said Bank of Acme's Whitlow", "said Zentrix and Corby Ltd's securities analyst, Dana Whitlow": after the
    // employer's possessive, the person it owns (Reuters bench: 3 such quotes went to the employer's first word).
    if (j > from && isPossessiveAt(tokens, j)) return nameAfterRole(tokens, j, limit);
    // (Not past a comma: "said Ann Lee, General Manager" is the person already.)
    // ("Brock State University": a capitalized function word inside the employer's name.)
    if (EMPLOYER_LINKS.has(w) || isCapitalizedWord(tok) || tok.kind === "number" || /^\d/.test(w)) continue;
    // Lower-case modifiers of the role to come ("senior economist", "associate vice president").
    // ("said Victoria state treasurer Ann Lee": a verb's base form modifying the role too.)
    if (modifier(tok) || baseModifiesRole(tokens, j)) continue;
    return null;
  }
  return null;
}

/**
 * `said Acme Chief Executive Officer, Dana Roe.`: after a capitalized title ending in a role noun and its comma,
 * the name that ends the clause is the speaker (session 16, FIT half of seed 20261261: the title was the phrase).
 */
export function nameAfterTitle(tokens: readonly Token[], comma: number, limit: number): SpeakerPhrase | null {
  if (
    tokens[comma]?.text !== "," ||
    !ROLE_HEADS.has(lower(tokens[comma - 1])) ||
    !isNameOrTitleWord(tokens[comma + 1])
  )
    return null;
  const named = nameRunFrom(tokens, comma + 1, limit);
  const after = tokens[named.end]?.text;
  return named.end >= limit || after === "." || after === "," ? named : null;
}
