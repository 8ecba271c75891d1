/**
 * A people named in the plural after "the", read as one person: an ethnic or religious group the gazetteer's
 * nationalities do not hold ("the Uyghurs", "the Yazidis"-shaped). A family in the plural ("the Whitlows") is
 * the naming's (resolve/names/families.ts): there the document names a member, so the singular is written too.
 * FIT: PolNeAR train (440 documents outside the CHECK sample of seed 21211), such groups listed as persons.
 */
import { CLAUSE_RELATIVES } from "../../lexicon/clause-words.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { VERB_AUXILIARIES } from "../../lexicon/verb-auxiliaries.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { Kind, wordKind } from "./gazetteer.js";
import { writtenAfterName } from "./paired-names.js";

/** A capitalized word of five letters or more in the plural: "-s", not "-ss" or "'s". */
const PLURAL = /^\p{Lu}\p{Ll}{3,}s$/u;

/** A word that may follow a group as its sentence's subject or object: a preposition, an auxiliary, a past form. */
function opensPredicate(word: string): boolean {
  return (
    PREPOSITIONS.has(word) ||
    VERB_AUXILIARIES.has(word) ||
    CLAUSE_RELATIVES.has(word) ||
    word === "and" ||
    word === "or" ||
    word === "but" ||
    word.endsWith("ed")
  );
}

/**
 * Whether the one-word person of token i is a group in the plural: PLURAL after "the", no capitalized word after
 * it (the rest of a name), neither it nor its singular a known first or last name ("the Williams sisters"), and
 * the singular never written in the document (a family's member, "Whitlow" of "the Whitlows"), nor the word after
 * a capitalized word (a surname in "-s" of a full name written elsewhere).
 */
export function isPluralGroup(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!PLURAL.test(token.text) || token.text.endsWith("ss") || tokens[i - 1]?.lower !== "the") return false;
  const next = tokens[i + 1];
  // A capitalized word after it is the rest of a name; a noun after it makes it a modifier ("the Scathalos
  // outrunners"-shaped), which GUM train fiction names a person by: only a verb or a preposition may follow.
  if (next !== undefined && next.kind === "word" && isCapitalized(next.text)) return false;
  if (next !== undefined && next.kind === "word" && !opensPredicate(next.lower)) return false;
  const singular = token.text.slice(0, -1);
  const names = Kind.firstName | Kind.lastName;
  if ((wordKind(token.text) & names) !== 0 || (wordKind(singular) & names) !== 0) return false;
  if (new RegExp(`\\b${singular}\\b(?!s)`, "u").test(text)) return false;
  // A surname in "-s" that the document writes after a given name ("the Kettles inquiry" beside the full name).
  return !writtenAfterName(text, token.text);
}
