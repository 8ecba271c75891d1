import { CONTRAST_CONJUNCTIONS } from "../../lexicon/clause-words.js";
import { NAME_LINKS } from "../../lexicon/phrase-bounds.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import {
  CLAUSE_END_MARKS,
  OPEN_ENDED_MARKS,
  QUOTE_ATTRIBUTION_LINKS,
  SENTENCE_END_MARKS,
  SIGNING_DASHES,
} from "../../lexicon/punctuation.js";
import { REPORTING_VERB_BASES, REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import type { Token } from "../../types.js";
import {
  type Attribution,
  attributionPrepositionAt,
  isPossessiveMark,
  sourceAfterPreposition,
} from "./attribution.js";
import {
  appositiveAfter,
  complementComma,
  determinerPhrase,
  pastTranslation,
  possessedRoleComma,
  roleWordsComma,
  unnamedOnePhrase,
  verbSoonAfter,
} from "./between.js";
import { personAfterConstituency } from "./constituency-names.js";
import { phraseStartingAt } from "./phrase-starting.js";
import { cueAt, phraseEndingAt, type SpeakerPhrase } from "./phrases.js";
import { skipAdverbsLeft } from "./speaker-gaps.js";
import { describedSpeaker, passiveAsking, plainPhrase, speakerOfVerb } from "./verb-speakers.js";
import { verdictOwner } from "./verdicts.js";
import { quotedAsSaying } from "./wire-attributions.js";
import {
  baseModifiesRole,
  isCapitalizedWord,
  isPersonNoun,
  isQuoteMark,
  LOWER,
  lower,
  POSSESSIVES,
} from "./words.js";

const MAX_GARBLED_TOKENS = 6;
const MAX_RIGHT_WINDOW = 20;

/** The longest noun phrase a name's possessive opens after an inverted verb: "said Lee's former campaign manager". */
const MAX_OWNED_TOKENS = 4;

/**
 * `“…,” said Lee's mother.`, `said Lee's lawyer on Monday`: the person noun a name's possessive opens, ending its
 * clause, is the speaker (as before its verb: `“…,” Lee's mother said`), not the possessor. Before, the quote
 * went to Lee (session 21, invented rows). Not an office or a statement ("said Lee's office in a statement"),
 * which speaks for its owner.
 */
function possessedPerson(tokens: readonly Token[], name: SpeakerPhrase, limit: number): SpeakerPhrase | null {
  if (!POSSESSIVES.has(lower(tokens[name.end]))) return null;
  for (let k = name.end + 1; k < Math.min(limit, name.end + 1 + MAX_OWNED_TOKENS); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !/^\p{Ll}/u.test(t.text)) return null;
    const next = tokens[k + 1];
    const ends =
      next === undefined ||
      k + 1 >= limit ||
      CLAUSE_END_MARKS.has(next.text) ||
      next.text === "," ||
      isQuoteMark(next) ||
      PREPOSITIONS.has(lower(next));
    if (!ends) continue;
    const owned = phraseEndingAt(tokens, k, name.first);
    return owned?.kind === "role" && owned.first === name.first ? owned : null;
  }
  return null;
}

/**
 * Whether token `c` ends a sentence: a period before a comma or a lower-case word does not
 * ("Mack McCorkle, R-Ky., said").
 */
function endsSentence(tokens: readonly Token[], c: number): boolean {
  const t = tokens[c] as Token;
  if (!CLAUSE_END_MARKS.has(t.text)) return false;
  if (t.text !== ".") return true;
  const next = tokens[c + 1];
  return next === undefined || !(next.text === "," || /^\p{Ll}/u.test(next.text));
}

/** Whether the sentence may go on after the quote: `“We will,” he said` but not `“We will.” He said`. */
function openEnded(tokens: readonly Token[], closeToken: number): boolean {
  const inside = tokens[closeToken - 1];
  const after = tokens[closeToken + 1];
  if (after === undefined) return false;
  if (QUOTE_ATTRIBUTION_LINKS.has(after.text)) return true;
  if (inside !== undefined && OPEN_ENDED_MARKS.has(inside.text)) return true;
  if (inside !== undefined && CLAUSE_END_MARKS.has(inside.text))
    return /^\p{Ll}/u.test(after.text) || shortAttributionSentence(tokens, closeToken + 1);
  return true;
}

/**
 * `“… missing.” Brisco said.`: a name or pronoun and a reporting verb that end the sentence at once are the
 * quote's attribution, not a new statement (`“… missing.” Brisco said the emails …` is one).
 */
function shortAttributionSentence(tokens: readonly Token[], from: number): boolean {
  const limit = Math.min(tokens.length, from + 8);
  for (let c = from + 1; c < limit; c++) {
    const cue = cueAt(tokens, c);
    if (cue === null) continue;
    if (cue.participle) return false;
    const speaker = phraseEndingAt(tokens, skipAdverbsLeft(tokens, c - 1, from), from);
    return speaker !== null && speaker.first === from && SENTENCE_END_MARKS.has(tokens[cue.end]?.text ?? "");
  }
  return false;
}

/** Tokens of a prepositional phrase between a quote and an inverted attribution: "about the new ruling,". */
const MAX_TAIL_TOKENS = 6;

/**
 * The index after the comma that closes a prepositional phrase at `i` when an inverted reporting verb follows it
 * (`” about the ruling, said Roe`), else `i`. Not "according to", read as a source.
 */
function pastPrepositionalTail(tokens: readonly Token[], i: number, limit: number): number {
  if (!PREPOSITIONS.has(lower(tokens[i])) || attributionPrepositionAt(tokens, i) !== null) return i;
  for (let c = i + 1; c < limit && c - i <= MAX_TAIL_TOKENS; c++) {
    const t = tokens[c] as Token;
    if (t.text === ",") return cueAt(tokens, c + 1) === null ? i : c + 1;
    if (t.kind !== "word" && t.kind !== "number") return i;
  }
  return i;
}

/**
 * `” — Jane Roe (@janeroe) June 3, 2018`: an embedded post's signature, the account's handle in parentheses
 * after the name (North American web news of 2018–2019 quotes tweets so; invented rows found them unsigned).
 */
function handleAfter(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === "(" && tokens[at + 1]?.text === "@" && tokens[at + 3]?.text === ")";
}

/** Tokens of a description after a signing name: "— Jason Roe, chief economist at Acme Bank of Canada." */
const MAX_SIGNER_DESCRIPTION = 16;

/**
 * `” — Jane Roe, the union's lawyer.`: a description after a signing name that runs to the paragraph's end (or the
 * next quote) with no reporting verb and no quote in it, so the dash signs the quote with no verb.
 */
function signerDescription(tokens: readonly Token[], from: number, limit: number): boolean {
  if (limit - from > MAX_SIGNER_DESCRIPTION || from >= limit) return false;
  for (let k = from; k < limit; k++) {
    const t = tokens[k] as Token;
    if (isQuoteMark(t) && !isPossessiveMark(tokens, k)) return false;
    if (CLAUSE_END_MARKS.has(t.text)) return k === limit - 1;
    if (cueAt(tokens, k) !== null) return false;
  }
  return true;
}

/** The first "for" (a constituency) or "of" (an office's complement) in [from, to), else -1. */
function firstFor(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const w = lower(tokens[k]);
    if (w === "for" || w === "of") return k;
  }
  return -1;
}

/** Tokens of the describers before a role noun and the name it leads to: "Governor of the Bank of England". */
const MAX_DESCRIBER_TOKENS = 10;

/** Lower-case words of a role's complement before the name: "director of football", "head of player welfare". */
const MAX_ROLE_COMPLEMENT_WORDS = 2;

/**
 * The lower-case person noun right before the name at `name`, or before its lower-case complement ("Acme City's
 * director of football Ann Lee": session 22's invented rows gave the quote to "Acme City's director"); -1 for none.
 */
function roleNounBefore(tokens: readonly Token[], name: number, from: number): number {
  const isRole = (t: Token | undefined): boolean => t !== undefined && LOWER.test(t.text) && isPersonNoun(t);
  if (isRole(tokens[name - 1])) return name - 1;
  for (let n = 1; n <= MAX_ROLE_COMPLEMENT_WORDS; n++) {
    const of = name - 1 - n;
    if (of - 1 < from) return -1;
    const w = tokens[name - n] as Token;
    if (w.kind !== "word" || !LOWER.test(w.text) || STOPWORDS.has(w.lower)) return -1;
    if (lower(tokens[of]) === "of" && isRole(tokens[of - 1])) return of - 1;
  }
  return -1;
}

/**
 * `”, Bank of England governor Ann Lee said`, `”, Victoria state treasurer Ann Lee said`: when the name right
 * before the verb follows a lower-case person noun, and everything from the quote's comma to that noun only
 * describes it (capitalized words, their links "of"/"the"/"and"/"for" between capitals, a possessive,
 * lower-case modifiers), the name speaks. Before, an "of" in the describers cut the phrase at the first word,
 * and the quote went to the body ("Bank") or the office ("Chancellor"). Not "the lawyer for Acme chief Ann Lee":
 * a lower-case "the" or "for" stands outside any name, and the person it opens speaks.
 */
function nameAfterDescribers(
  tokens: readonly Token[],
  from: number,
  speaker: SpeakerPhrase,
  cue: number,
): SpeakerPhrase | null {
  if (speaker.kind !== "name" || speaker.first <= from || speaker.first - from > MAX_DESCRIBER_TOKENS)
    return null;
  if (skipAdverbsLeft(tokens, cue - 1, from) !== speaker.end - 1) return null;
  const roleAt = roleNounBefore(tokens, speaker.first, from);
  if (roleAt < 0) return null;
  for (let k = from; k < roleAt; k++) {
    const t = tokens[k] as Token;
    const w = lower(t);
    if (isPossessiveMark(tokens, k) || POSSESSIVES.has(w) || isCapitalizedWord(t)) continue;
    if (t.kind !== "word") return null;
    if (NAME_LINKS.has(w)) {
      const next = tokens[k + 1];
      const prev = tokens[k - 1];
      const joinsNext = isCapitalizedWord(next) || (NAME_LINKS.has(lower(next)) && next !== undefined);
      const joinsPrev = k === from ? w === "the" : isCapitalizedWord(prev) || NAME_LINKS.has(lower(prev));
      if (!joinsNext || !joinsPrev) return null;
      continue;
    }
    if (STOPWORDS.has(w) || PREPOSITIONS.has(w) || (REPORTING_VERBS.has(w) && !baseModifiesRole(tokens, k)))
      return null;
  }
  return speaker;
}

/**
 * An attribution right after a quote: `”, the Icelandic president added` / `” said Frank` /
 * `”, according to officials` / `” Brisco, who ..., said`.
 */
export function attributionAfter(
  tokens: readonly Token[],
  closeToken: number,
  limit: number,
): Attribution | null {
  if (!openEnded(tokens, closeToken)) return null;
  let i = closeToken + 1;
  while (i < limit && QUOTE_ATTRIBUTION_LINKS.has((tokens[i] as Token).text)) i += 1;
  // `“Kami tidak akan menyerah,” (We will not give up) Ahmad said`: a translation in parentheses (Malaysian
  // and Philippine papers quoting Malay or Filipino) stands between the quote and its attribution.
  i = pastTranslation(tokens, i, limit);
  if (i >= limit) return null;
  // `told him to “…”, while Lee informed him …`: a contrasting clause after the quote has its own subject and
  // verb, which report something else (FIT half of seed 20261231: the fragment was given to that subject).
  if (CONTRAST_CONJUNCTIONS.has(lower(tokens[i]))) return null;
  // `“We're happy” about the ruling, said Jane Roe`: a prepositional phrase finishing the quote's clause, then the
  // inverted verb after its comma (FIT half of seed 20261231 and invented rows: the ruling, the company spoke).
  i = pastPrepositionalTail(tokens, i, limit);
  // `“We go again,” was Lee's verdict`, `came the reply from Lee`: the quote is the subject of its owner's words.
  const owner = verdictOwner(tokens, i, limit);
  if (owner !== null) return { cue: null, speaker: owner, end: owner.end };
  const afterPreposition = attributionPrepositionAt(tokens, i);
  if (afterPreposition !== null) {
    const speaker = sourceAfterPreposition(tokens, afterPreposition, limit);
    return speaker === null ? null : { cue: null, speaker, end: speaker.end };
  }
  if (SIGNING_DASHES.has((tokens[i - 1] as Token).text)) {
    const signer = phraseStartingAt(tokens, i, limit);
    const after = tokens[signer?.end ?? -1];
    if (
      signer?.kind === "name" &&
      (signer.end >= limit ||
        after === undefined ||
        CLAUSE_END_MARKS.has(after.text) ||
        isQuoteMark(after) ||
        handleAfter(tokens, signer.end) ||
        (after.text === "," && signerDescription(tokens, signer.end + 1, limit)))
    ) {
      return { cue: null, speaker: signer, end: signer.end };
    }
  }
  const inverted = cueAt(tokens, i);
  // `“empty talk,” saying the government had failed`: what follows a participle is what was said, never
  // who said it (the clause's subject before the quote is, read as a fragment's reporting clause).
  if (inverted?.participle === true) return null;
  const invertedSpeaker =
    inverted === null
      ? null
      : (phraseStartingAt(tokens, inverted.end, limit) ?? unnamedOnePhrase(tokens, inverted.end, limit));
  // `”, state media quoted Li as saying`: a base form ("say police" inverts) with another verb right after the
  // noun it opens is an adjective or a noun, not the cue.
  const baseNotVerb =
    inverted !== null &&
    REPORTING_VERB_BASES.has(lower(tokens[inverted.first])) &&
    verbSoonAfter(tokens, (invertedSpeaker ?? inverted).end, limit);
  if (inverted !== null && !baseNotVerb) {
    const speaker = invertedSpeaker;
    // "said the former minister, Estelle Morris.": the name in apposition names the speaker; so after a noun
    // that is no role ("added her brother, Hemi Ngata.").
    const described = speaker ?? determinerPhrase(tokens, inverted.end, limit);
    // (And past the role's short complement: "said his best friend at college, Jane Roe, who …", invented rows
    // after the FIT half of seed 20261231 gave such a quote to the role.)
    // ("said another leading Acme Court advocate, Jane Roe": an organization read inside a role phrase.)
    const comma =
      described === null
        ? -1
        : described.kind === "organization"
          ? roleWordsComma(tokens, described.end, limit)
          : complementComma(tokens, described.end, limit);
    const appositive =
      (described?.kind !== "name" || speaker === null) && comma >= 0
        ? phraseStartingAt(tokens, comma + 1, limit)
        : null;
    // (Or her employer after "of"/"at": "said another leading court advocate, Jane Roe of Acme LLP", FIT half of
    // seed 20261231.)
    const closes = (t: Token | undefined): boolean =>
      t === undefined || /^[.,;!?]$/.test(t.text) || isQuoteMark(t) || t.text === "of" || t.text === "at";
    if (appositive?.kind === "name" && appositive.first === comma + 1 && closes(tokens[appositive.end]))
      return { cue: inverted, speaker: appositive, end: appositive.end };
    // "said Medilink's head of health, Jane Roe.": the organization's role holder, named in apposition.
    // (And "said the union's lawyer, Jane Roe": an organization's, invented rows; "said the senator's running mate,
    // Jane Roe": a role's, invented rows of session 21, where the quote went to "the senator".)
    const owner = speaker?.kind === "name" || speaker?.kind === "organization" || speaker?.kind === "role";
    const roleComma = owner ? possessedRoleComma(tokens, (speaker as SpeakerPhrase).end, limit) : null;
    const holder = roleComma === null ? null : phraseStartingAt(tokens, roleComma + 1, limit);
    if (holder?.kind === "name" && holder.first === (roleComma as number) + 1 && closes(tokens[holder.end]))
      return { cue: inverted, speaker: holder, end: holder.end };
    const owned = speaker?.kind === "name" ? possessedPerson(tokens, speaker, limit) : null;
    if (owned !== null) return { cue: inverted, speaker: owned, end: owned.end };
    return { cue: inverted, speaker, end: speaker?.end ?? inverted.end };
  }
  for (let c = i + 1; c < limit && c - i <= MAX_RIGHT_WINDOW; c++) {
    const t = tokens[c] as Token;
    if (t.text === "(") {
      // "(D-Ore.)": a parenthesis may hold periods that do not end the sentence.
      let close = c + 1;
      while (close < limit && close - c < 12 && tokens[close]?.text !== ")") close += 1;
      if (tokens[close]?.text === ")") {
        c = close;
        continue;
      }
    }
    if (endsSentence(tokens, c) || (isQuoteMark(t) && !isPossessiveMark(tokens, c))) return null;
    const cue = cueAt(tokens, c);
    if (cue === null) continue;
    if (passiveAsking(tokens, cue)) return null;
    const quoted = quotedAsSaying(tokens, cue, limit);
    if (quoted !== null) return { cue, ...quoted };
    const speaker = speakerOfVerb(tokens, cue, i, limit);
    if (speaker !== null && speaker.first === i) return { cue, speaker, end: cue.end };
    // (`”, Liberal MP for Ottawa Centre Ann Lee said`, `”, Iowa Secretary of State Ann Lee said`: the person past
    // the role's constituency or the office's complement; `”, Chancellor of the Exchequer Ann Lee said`, where
    // the name phrase before the verb takes in the complement's last word: the person inside it.)
    if (speaker?.kind === "name") {
      const forAt = firstFor(tokens, i, speaker.first);
      const person = forAt > i ? personAfterConstituency(tokens, forAt, speaker.end) : null;
      if (person !== null && person.first >= speaker.first) return { cue, speaker: person, end: cue.end };
    }
    // (`”, Bank of England governor Ann Lee said`: the name after the role noun that ends the describers.)
    const headed = speaker === null ? null : nameAfterDescribers(tokens, i, speaker, c);
    if (headed !== null) return { cue, speaker: headed, end: cue.end };
    const described = describedSpeaker(tokens, i, c);
    if (described === null) {
      // "a narrator in the ad asks": any short phrase, a looser guess than the ones above; else the name
      // right before the verb when what precedes it is garbled ("President FranÃÂ§ois Hollande said").
      const plain = plainPhrase(tokens, i, c);
      if (plain !== null) return { cue, speaker: plain, end: cue.end, loose: true };
      const near = speaker?.kind === "name" && speaker.first - i <= MAX_GARBLED_TOKENS;
      return near ? { cue, speaker, end: cue.end, loose: true } : null;
    }
    // "the Labour leader, Ed Pellow, said": the appositive name is the better speaker phrase.
    // ("the Minister for Health, Mary Harney, said": past the role's own short complement.)
    if (
      described?.kind === "role" &&
      speaker?.kind === "name" &&
      appositiveAfter(tokens, described.end, speaker.first) &&
      // (The closing comma is sometimes left out: "another friend, Mia Emara told CTV".)
      (tokens[speaker.end]?.text === "," || speaker.end === skipAdverbsLeft(tokens, c - 1, i) + 1)
    )
      return { cue, speaker, end: cue.end };
    return { cue, speaker: described, end: cue.end };
  }
  return null;
}
