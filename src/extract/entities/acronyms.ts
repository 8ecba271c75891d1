import { ARTICLES } from "../../lexicon/clause-words.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { COMPANY_FORMS, ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { isAllCaps, readsAsLetters } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { gazetteer, Kind, wordKind } from "./gazetteer.js";
import type { Segment } from "./segments.js";

/**
 * A lone word in capitals in a sentence in mixed case is an acronym, an organization's ("the ARI", "GATT"), though
 * the tagger read it as a person, as it reads "Ari": CoNLL dev FIT had four, and 17 of the 20 such "persons"
 * most frequent on the Reuters bench were (the rest, headline words). At most six letters: a longer word in
 * capitals is a name written so (GUM train's debate record lost four people to the rule without the limits).
 */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/**
 * Whether the capitals of token i may be a surname written in capitals, as records of debates and credits write
 * them ("Senators DANVERS, WHITLOCKE", "TAMSIN ORVELL"): a known name not after an article, a word after a title,
 * or one beside other words in capitals.
 */
function couldBeName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before !== undefined && (isAllCaps(before.text) || (wordKind(before.text) & Kind.title) !== 0))
    return true;
  if (after !== undefined && isAllCaps(after.text)) return true;
  const known = (wordKind(token.text) & (Kind.firstName | Kind.lastName)) !== 0;
  return known && !ARTICLES.has(before?.lower ?? "");
}

/**
 * Whether the document treats the word as an acronym: a ticker's or an expansion's brackets around it ("<ABI>",
 * "(GATT)"), an article before it ("the ARI"), or the word again elsewhere; or the word reads as letters, not as a
 * name ("with the costly XKR deal", "an interview with WKRB": readsAsLetters) and spells no dictionary word. A nickname in capitals met once ("By
 * the way, DANO was the first") stays a person: GUM train had one. The letters' reading, measured (session 18):
 * GUM dev and train people unchanged (no GUM person in capitals reads as letters); news FIT half (CNN/DailyMail
 * and PolNeAR, seed in the commit) 4 "persons" gone, all acronyms.
 */
function actsAsAcronym(tokens: readonly Token[], i: number): boolean {
  // Letters that spell a dictionary word are that word ("per CWT", hundredweight), left to the person filters.
  const token = tokens[i] as Token;
  if (readsAsLetters(token.text) && !gazetteer().ordinaryWords.has(token.lower)) return true;
  const before = tokens[i - 1]?.text ?? "";
  const after = tokens[i + 1]?.text ?? "";
  if ((before === "<" && after === ">") || (before === "(" && after === ")")) return true;
  if (ARTICLES.has(before.toLowerCase())) return true;
  const text = token.text;
  for (let k = 0; k < tokens.length; k++) if (k !== i && (tokens[k] as Token).text === text) return true;
  return false;
}

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
  if (couldBeName(tokens, i) || !actsAsAcronym(tokens, i)) return false;
  const key = token.lower;
  return !COMPANY_FORMS.has(key) && !ORGANIZATION_SUFFIXES.has(key) && !NAME_PARTICLES.has(key);
}
