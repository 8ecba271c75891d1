import { ARTICLES } from "../../lexicon/clause-words.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { COMPANY_FORMS, ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { isExchangeSuffix, isTickerSymbol, tokenInitialsStart } from "../../text/tickers.js";
import { endsLine, opensLine } from "../../text/token-lines.js";
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
  return opensLine(text, tokens, i) && endsLine(text, tokens, i);
}

/** Whether tokens a and b touch: no space or line break between them. */
const glued = (a: Token, b: Token | undefined): boolean => b !== undefined && a.end === b.start;

/**
 * Whether token i is a ticker's symbol: in angle brackets, as wire copy writes one after the firm ("<ACMZ.N>",
 * "<ACME ST>"), or in parentheses before an exchange's code ("(RENV.PA)"). The tagger reads the capitals of some as
 * a person, and a known name among them ("<TATE>", "<ERIC ST>", "<MEL>") got past the acronym test's name check.
 * Reuters bench: 45 records changed, 44 of them lose such a "person" (all read: tickers), one gains a ticker's
 * organization inside a headline's quotes; GUM and CoNLL dev unchanged.
 */
function isTicker(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const before = tokens[i - 1];
  // A lone letter ("<F>") stays with the person filters, which drop it.
  const letters = token.text.endsWith(".") ? token.text.length - 1 : token.text.length;
  if (before === undefined || !glued(before, token) || letters < 2 || !isTickerSymbol(token.text))
    return false;
  if (before.text === "<") {
    for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
      const t = tokens[j] as Token;
      if (text.slice((tokens[j - 1] as Token).end, t.start).includes("\n") || t.text === "<") return false;
      if (t.text === ">") return true;
    }
    return false;
  }
  if (before.text !== "(") return false;
  // "RENV." + "PA" + ")" or "RENV" + "." + "PA" + ")": the stop is the token's or a token of its own.
  let k = i + 1;
  if (!token.text.endsWith(".")) {
    if (tokens[k]?.text !== "." || !glued(token, tokens[k])) return false;
    k++;
  }
  const code = tokens[k];
  return (
    code !== undefined &&
    glued(tokens[k - 1] as Token, code) &&
    isExchangeSuffix(code.text) &&
    tokens[k + 1]?.text === ")"
  );
}

/**
 * Whether token i, in parentheses, spells the initials of the capitalized words right before them ("the Tarvel
 * Growers Federation (TGF)"): the name's acronym, though it is also a first name ("Gilt Edged Market Makers'
 * Association" + "(GEMMA)"-shaped). Reuters bench: 5 records, 10 "persons" of this shape (an agency's, a banking
 * association's, a paramilitary group's acronym), all organizations; GUM and CoNLL dev unchanged.
 */
function spellsNameBefore(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== "(" || tokens[i + 1]?.text !== ")") return false;
  return tokenInitialsStart(tokens, i - 2, (tokens[i] as Token).text) >= 0;
}

/**
 * Whether token i follows a lower-case organization noun ("the growers' association NAFTU", "the planning committee
 * PLANCOM"): the organization's acronym as its apposition, though it spells a name. Reuters bench: 2 records, both
 * such acronyms read as persons; GUM and CoNLL dev unchanged.
 */
function namedByOrganizationNoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    before !== undefined &&
    before.text === before.lower &&
    ORGANIZATION_NOUNS.has(before.lower) &&
    !(after !== undefined && isAllCaps(after.text))
  );
}

/**
 * Whether token i is such an acronym (or a ticker's symbol): not a company's form cut off its name ("AG", "PLC",
 * Swedish "AB") and not a line's lone word (a wire's sign-off, "REUTER") or in a segment of fewer than three tokens
 * (a continuation mark).
 */
export function isAcronym(text: string, tokens: readonly Token[], i: number, sentence: Segment): boolean {
  const token = tokens[i] as Token;
  const key = token.lower;
  const form = COMPANY_FORMS.has(key) || ORGANIZATION_SUFFIXES.has(key) || NAME_PARTICLES.has(key);
  if (isTicker(text, tokens, i)) return !form;
  // A sentence's last word keeps its full stop ("appointed by the SEC."), which made it read as a title's
  // abbreviation ("Sec."): the letters before the stop are the acronym. Reuters bench: 10 records, all such a
  // regulator's acronym read as a person; not where the splitter ran the sentence on past the stop.
  const last = i + 1 === sentence.endToken && token.text.endsWith(".");
  if (
    !ACRONYM.test(last ? token.text.slice(0, -1) : token.text) ||
    sentence.endToken - sentence.firstToken < 3 ||
    aloneOnLine(text, tokens, i)
  )
    return false;
  if (
    !(spellsNameBefore(tokens, i) || namedByOrganizationNoun(tokens, i)) &&
    (couldBeName(tokens, i) || !actsAsAcronym(tokens, i))
  )
    return false;
  return !form;
}
