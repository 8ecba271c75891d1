/**
 * A name written with its initials as capitals alone, no full stops, as South Asian papers and wires write them
 * ("Special Judge P R Bhavke", "Justice S K Kaul", "K Chandrashekar Rao", "Capt A K Singh"): the tagger, trained on
 * 1996 Reuters where initials carry stops, cut the first initial off ("R Bhavke"), read the name as an
 * organization ("K Chandrashekar Rao") or found nothing. One to three one-letter capitals, one space apart, then
 * one or two name-shaped words, no place's and no company's word: one person, over whatever the tagger read there
 * ("Kaul" a place). A lone "A" or "I" is the article or the pronoun ("A Kessler spokesman said"), and a known place
 * after the capitals an abbreviation ("S Korea"). Lead's probe (session 30, an invented Mumbai court story):
 * "P R Bhavke" listed as "R Bhavke"; the battery above: 4 of 5 names cut, mistyped or lost.
 */
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { startsCapitalThenLower } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind, PLACE_KINDS } from "./gazetteer.js";
import { isCompanyWord } from "./initials.js";
import type { TokenSpan } from "./spans.js";
import { titleBefore } from "./title-phrases.js";

/**
 * A country's letters without stops ("U S West", "U K", "N Y", "N Z") and a storm's class ("T C Phailin": a
 * tropical cyclone, storm or depression; GUM dev has one, listed as a person by this rule before): no person's
 * initials.
 */
const COUNTRY_LETTERS = /^(?:U[SK]|N[YZ]|LA|DC|T[CSD])$/u;

/** At most this many initials, and name words after them. */
const MOST_INITIALS = 3;
const MOST_WORDS = 2;

function isLoneCapital(token: Token | undefined): boolean {
  return (
    token !== undefined && token.kind === "word" && token.text.length === 1 && token.text !== token.lower
  );
}

function oneSpaceApart(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && text[a.end] === " ";
}

/** The spans with each name of spaced initials read as one person (the file's comment). */
export function spacedInitialSpans(
  text: string,
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  firstToken: number,
  endToken: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = firstToken; i < endToken; i++) {
    if (!isLoneCapital(tokens[i]) || (i > firstToken && isLoneCapital(tokens[i - 1]))) continue;
    // After a space or at the text's start only: "Pay 'N Pak" is a shop's name.
    const start = (tokens[i] as Token).start;
    if (start > 0 && !/\s/u.test(text[start - 1] as string)) continue;
    let initialsEnd = i + 1;
    while (
      initialsEnd < endToken &&
      initialsEnd - i < MOST_INITIALS &&
      isLoneCapital(tokens[initialsEnd]) &&
      oneSpaceApart(text, tokens[initialsEnd - 1] as Token, tokens[initialsEnd] as Token)
    )
      initialsEnd++;
    const initials = initialsEnd - i;
    const first = (tokens[i] as Token).text;
    if (initials === 1 && (first === "A" || first === "I")) continue;
    if (initials >= 2 && COUNTRY_LETTERS.test(`${first}${(tokens[i + 1] as Token).text}`)) continue;
    let end = initialsEnd;
    while (end < endToken && end - initialsEnd < MOST_WORDS && isNameWord(text, tokens, end, gaz)) end++;
    if (end === initialsEnd || isCompanyWord(tokens[end])) continue;
    // One initial is a wire's abbreviation as often ("N Pak", "K Mart"): only after a title ("Capt A Singh"),
    // before a surname the lexicon knows ("K Wong") or before two name words ("K Chandrashekar Rao").
    if (
      initials === 1 &&
      end - initialsEnd === 1 &&
      titleBefore(tokens, i, Math.max(firstToken, i - 4), gaz) === null &&
      ((gaz.phrases.get((tokens[end - 1] as Token).lower) ?? 0) & Kind.lastName) === 0
    )
      continue;
    if (companyAfter(tokens, end, endToken)) continue;
    // The name's words end at a word that is no name's: the next token is no capitalized word.
    if (end < endToken && startsCapitalThenLower((tokens[end] as Token).text)) continue;
    const list = out ?? spans;
    const read = replaced(list, i, end);
    if (read === null) continue;
    out = read;
    i = end - 1;
  }
  return out ?? (spans as TokenSpan[]);
}

/** Whether token `at` is a name-shaped word one space after the token before it, no place's nor company's word. */
function isNameWord(text: string, tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  const word = tokens[at] as Token;
  if (word.kind !== "word" || !startsCapitalThenLower(word.text) || word.text.length < 2) return false;
  if (!oneSpaceApart(text, tokens[at - 1] as Token, word)) return false;
  const kind = gaz.phrases.get(word.lower) ?? 0;
  if ((kind & PLACE_KINDS) !== 0 || DATE_WORDS.has(word.lower)) return false;
  // A word of the dictionary that is no known name ("Repos", "Units", "Treasury"): Reuters' abbreviations.
  if (gaz.ordinaryWords.has(word.lower) && (kind & (Kind.firstName | Kind.lastName)) === 0) return false;
  return !isCompanyWord(word);
}

/** Whether a company's word follows the name, past a bracketed place ("G H Shintoh (Australia) Ltd"). */
function companyAfter(tokens: readonly Token[], end: number, endToken: number): boolean {
  let at = end;
  if (tokens[at]?.text === "(") {
    while (at < endToken && tokens[at]?.text !== ")") at++;
    at++;
  }
  return at < endToken && isCompanyWord(tokens[at]);
}

/**
 * The spans with [first, end) read as a person, replacing the spans inside it, or null when a span crosses its
 * edges or one inside it is a place's.
 */
function replaced(spans: readonly TokenSpan[], first: number, end: number): TokenSpan[] | null {
  let from = 0;
  while (from < spans.length && (spans[from] as TokenSpan).end <= first) from++;
  let to = from;
  while (to < spans.length && (spans[to] as TokenSpan).first < end) {
    const span = spans[to] as TokenSpan;
    if (span.first < first || span.end > end) return null;
    to++;
  }
  // Nothing to mend: the tagger read the whole name as one person.
  if (
    to === from + 1 &&
    (spans[from] as TokenSpan).label === "PER" &&
    (spans[from] as TokenSpan).first === first
  )
    return null;
  const out = spans.slice(0, from);
  out.push({ label: "PER", first, end });
  for (let s = to; s < spans.length; s++) out.push(spans[s] as TokenSpan);
  return out;
}
