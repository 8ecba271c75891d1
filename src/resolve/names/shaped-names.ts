/**
 * People the tagger missed whose names show by their shape (issue 11: names after an organization's possessive,
 * non-Western names). Part of the per-document naming (index.ts), after the titled names.
 * - A known first name (read alone: not "Will", not "Virginia") and one or two name words after it, with no
 *   capitalized word on either side: "FTU's Alice Mak", "said Ken Livingstone" when the tagger left them out.
 * - A short capitalized word and a hyphened given name of two syllables in lower case after it, as Chinese and
 *   Korean names are romanized ("Cheng Chung-tai", "Ban Ki-moon", "Kim Jong-un"); after a person's name that
 *   ends with that word, the given name extends it ("Raymond Chan Chi-chuen").
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, NOT_PERSON_KINDS } from "../../extract/entities/gazetteer.js";
import { mentionAt } from "../../extract/mention.js";
import { isCapitalizedWord } from "../../extract/quotes/words.js";
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import type { Mention, Token } from "../../types.js";
import { inTitleCaseLine, isMixedCaseWord, isNameWord } from "./titled-names.js";

/** A romanized two-syllable given name: "Chung-tai", "Ki-moon"; no English compound ("Self-made", "High-tech"). */
function isHyphenedGivenName(token: Token | undefined): boolean {
  if (token === undefined || !/^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6}$/u.test(token.text)) return false;
  const [head, tail] = token.text.toLowerCase().split("-") as [string, string];
  const ordinary = gazetteer().ordinaryWords;
  // A short first syllable says little ("Mid-term"): then the second must be no word either ("Ki-moon").
  if (head.length > 3) return !ordinary.has(head);
  return tail.length <= 3 || !ordinary.has(tail);
}

/** A family name before a romanized given name: short, capitalized, no place or title, no function word. */
function isFamilyName(token: Token | undefined): boolean {
  if (token === undefined || !/^\p{Lu}\p{Ll}{1,4}$/u.test(token.text)) return false;
  const key = token.text.toLowerCase();
  if (
    STOPWORDS.has(key) ||
    DATE_WORDS.has(key) ||
    ((gazetteer().phrases.get(key) ?? 0) & (NOT_PERSON_KINDS | Kind.title)) !== 0
  )
    return false;
  return key.length <= 3 || !gazetteer().ordinaryWords.has(key);
}

/** A phrase the gazetteer knows as a place, an organization or a people ("San Diego", "Dow Jones"). */
const isPlaceOrThing = (phrase: string): boolean =>
  ((gazetteer().phrases.get(phrase.toLowerCase()) ?? 0) & NOT_PERSON_KINDS) !== 0;

/**
 * A surname: a name word written as names are ("Mak", "McKibbin", "O'Neill", "Smith-Jones"; not "T-bonds",
 * "Kong-listed").
 */
const isSurnameWord = (token: Token | undefined): boolean =>
  isNameWord(token) &&
  /^\p{Lu}[\p{Ll}'’]*(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?$/u.test((token as Token).text);

/** A known first name read alone that names no place, organization or title, and no month or day ("June"). */
function isFirstNameWord(token: Token | undefined): boolean {
  if (!isMixedCaseWord(token)) return false;
  const word = (token as Token).text;
  const kind = gazetteer().phrases.get(word.toLowerCase()) ?? 0;
  return (
    (kind & (NOT_PERSON_KINDS | Kind.title)) === 0 &&
    !DATE_WORDS.has(word.toLowerCase()) &&
    isKnownFirstName(word, "alone")
  );
}

const oneSpaceApart = (text: string, a: Token, b: Token): boolean => text.slice(a.end, b.start) === " ";

/** How many tokens from `i` make a name by its shape (0: none). */
function nameLengthAt(tokens: readonly Token[], i: number, text: string): number {
  const first = tokens[i] as Token;
  const second = tokens[i + 1];
  if (second === undefined || !oneSpaceApart(text, first, second)) return 0;
  if (isFamilyName(first) && isHyphenedGivenName(second)) {
    // "Hong Kong-listed": the family name and the given name's first syllable make a place.
    const head = second.text.slice(0, second.text.indexOf("-"));
    return isPlaceOrThing(`${first.text} ${head}`) ? 0 : 2;
  }
  if (!isFirstNameWord(first) || !isSurnameWord(second)) return 0;
  const third = tokens[i + 2];
  const length = third !== undefined && isSurnameWord(third) && oneSpaceApart(text, second, third) ? 3 : 2;
  const name = text.slice(first.start, (tokens[i + length - 1] as Token).end);
  return isPlaceOrThing(name) ? 0 : length;
}

/** The mentions with the people added (or a person's name extended) that the names' shapes show. */
export function withShapedNames(mentions: Mention[], tokens: readonly Token[], text: string): Mention[] {
  let changed = false;
  const out = mentions.slice();
  let m = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i] as Token;
    const c = token.text.charCodeAt(0);
    if (!(c >= 65 && c <= 90) && c < 128) continue;
    while (m < out.length && (out[m] as Mention).end <= token.start) m++;
    const covering = out[m];
    const given = tokens[i + 1] as Token;
    if (covering !== undefined && covering.start <= token.start) {
      // "Raymond Chan" + "Chi-chuen": the person's name runs on.
      if (
        covering.type === "person" &&
        covering.end === token.end &&
        isFamilyName(token) &&
        isHyphenedGivenName(given) &&
        oneSpaceApart(text, token, given) &&
        !isCapitalizedWord(tokens[i + 2]) &&
        (out[m + 1] === undefined || (out[m + 1] as Mention).start >= given.end)
      ) {
        const name = text.slice(covering.start, given.end);
        out[m] = mentionAt(covering.start, given.end, name, "person", name, covering.title);
        changed = true;
      }
      continue;
    }
    const length = nameLengthAt(tokens, i, text);
    if (length === 0) continue;
    const last = tokens[i + length - 1] as Token;
    if (covering !== undefined && covering.start < last.end) continue;
    if (isCapitalizedWord(tokens[i + length]) || isCapitalizedWord(tokens[i - 1])) continue;
    if (inTitleCaseLine(tokens, i, i + length, text)) continue;
    const name = text.slice(token.start, last.end);
    out.splice(m, 0, mentionAt(token.start, last.end, name, "person"));
    changed = true;
    i += length - 1;
  }
  return changed ? out : mentions;
}
