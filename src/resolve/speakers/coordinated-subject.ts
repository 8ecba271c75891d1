/**
 * A pronoun in a predicate coordinated with its clause's ("Dana Roe lost her seat and resigned her post", "Roe
 * came later and told him"): the predicate after "and"/"but" has no subject of its own, so its subject is the
 * person the clause before opened with. A possessive there is that person (when the gender fits); an object is
 * not (binding, as in its own clause).
 */
import { RELATIVE_OPENERS } from "../../lexicon/clause-words.js";
import { IRREGULAR_PAST } from "../../lexicon/irregular-past.js";
import { CLAUSE_BREAKS, CLAUSE_OPENERS } from "../../lexicon/phrase-bounds.js";
import { PERSON_POSSESSIVES, SPEAKER_PRONOUNS } from "../../lexicon/pronouns.js";
import { VERB_AUXILIARIES } from "../../lexicon/verb-auxiliaries.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import type { Mention, Token } from "../../types.js";
import { overlapping, type SpeakerContext } from "./context.js";

/** Words of the predicate looked back over for its "and" ("and resigned his", "and later handed over his"). */
const PREDICATE_TOKENS = 8;

/** Whether a word opens a predicate: a verb in the past (regular or not) or an auxiliary ("and has kept his"). */
function opensPredicate(word: string): boolean {
  return /^\p{Ll}+ed$/u.test(word) || IRREGULAR_PAST.has(word) || VERB_AUXILIARIES.has(word);
}

/**
 * The subject shared by the coordinated predicate the pronoun at token `at` stands in, or null: "and"/"but"
 * (after a comma or not) with a past-tense verb or an auxiliary right after it (or after one "-ly" adverb,
 * "then", "later" or "also"), only lower-case words and no other pronoun of a person from there to the pronoun,
 * and before it, in the same sentence, a person mention that is a clause's subject and the last person named
 * before the "and" ("Roe met Poe and told him": Poe is no subject; the choice stays salience's).
 */
export function coordinatedSubject(context: SpeakerContext, at: number): string | null {
  const tokens = context.tokens;
  const pronoun = tokens[at] as Token;
  let and = -1;
  for (let k = at - 1; k >= Math.max(0, at - PREDICATE_TOKENS); k--) {
    const token = tokens[k] as Token;
    if (token.lower === "and" || token.lower === "but") {
      and = k;
      break;
    }
    if (!/^\p{Ll}/u.test(token.text) || SPEAKER_PRONOUNS.has(token.lower) || token.lower === "you")
      return null;
  }
  if (and < 0) return null;
  let verb = and + 1;
  if (/^(?:\p{Ll}+ly|then|later|also)$/u.test(tokens[verb]?.text ?? "")) verb += 1;
  if (verb >= at || !opensPredicate((tokens[verb] as Token).text)) return null;
  const sentence = context.sentences[spanAt(context.sentences, pronoun.start)];
  if (sentence === undefined) return null;
  const andStart = (tokens[and] as Token).start;
  const persons = overlapping(context.mentions, { start: sentence.start, end: andStart, text: "" }).filter(
    (m: Mention) => m.type === "person" && m.start >= sentence.start && m.end <= andStart,
  );
  const last = persons.at(-1);
  if (last === undefined) return null;
  // (A possessive modifies the subject, "Roe's aide quit and took his files": not the subject.)
  if (/^['’]s?$/.test(tokens[tokenAt(tokens, last.end)]?.text ?? "")) return null;
  const first = tokenAt(tokens, last.start);
  if (!opensOwnClause(tokens, tokenAt(tokens, sentence.start), first, tokenAt(tokens, last.end), and))
    return null;
  const subject = context.clauseSubjects.find((s) => s.offset === last.start)?.name;
  if (subject !== undefined) return subject;
  // A name with its verb right after it is that verb's subject wherever it stands ("Local activist Kim Roe was
  // defeated …, and resigned his post", where the words before the name keep it from opening the sentence).
  let after = tokenAt(tokens, last.end);
  if (/^\p{Ll}+ly$/u.test(tokens[after]?.text ?? "")) after += 1;
  return after < and && opensPredicate((tokens[after] as Token).text) ? last.entity : null;
}

/**
 * Whether the person at tokens [first, end) is the subject of the clause that runs to the "and" at token `and`: no
 * lower-case word right before the name (past its title), which would make it a clause's inside another ("the
 * challenges Roe has faced, and", "said that Roe"), and no clause's opener, relative word or break between it and
 * the "and" but a comma right before it ("Roe was poised to win, but the board denied it and", "Roe, who …, says
 * the loss hurt her and"). CHECK sample of seed 20261919: without these, 3 of 4 object pronouns changed went wrong.
 */
function opensOwnClause(
  tokens: readonly Token[],
  sentenceFirst: number,
  first: number,
  end: number,
  and: number,
): boolean {
  let before = first - 1;
  while (before >= sentenceFirst && /^(?:\p{Lu}|\.$)/u.test((tokens[before] as Token).text)) before -= 1;
  const word = before < sentenceFirst ? "" : (tokens[before] as Token).text;
  if (/^\p{Ll}/u.test(word) && word !== "and" && word !== "but") return false;
  for (let k = end; k < and; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === "," && k === and - 1) continue;
    if (CLAUSE_BREAKS.has(w) || CLAUSE_OPENERS.has(w) || RELATIVE_OPENERS.has(w) || w === "that")
      return false;
  }
  return true;
}

/** Whether a pronoun is a possessive ("his", "her" before its noun) or a reflexive: the subject's own. */
export function subjectsOwn(word: string, object: boolean): boolean {
  return word.endsWith("self") || (PERSON_POSSESSIVES.has(word) && !object);
}
