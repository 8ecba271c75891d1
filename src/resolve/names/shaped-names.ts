/**
 * People the tagger missed whose names show by their shape (issue 11: names after an organization's possessive,
 * non-Western names). Part of the per-document naming (index.ts), after the titled names.
 * - A known first name (read alone: not "Will", not "Virginia") and one or two name words after it, with no
 *   capitalized word on either side: "FTU's Alice Yeung", "said Ken Ashby" when the tagger left them out.
 * - A short capitalized word and a hyphened given name of two syllables in lower case after it, as Chinese and
 *   Korean names are romanized ("Lam Wing-hei", "Moon Tae-hyun", "Kim Sun-ho"); after a person's name that
 *   ends with that word, the given name extends it ("Raymond Lau Ka-ming").
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, NOT_PERSON_KINDS } from "../../extract/entities/gazetteer.js";
import { mentionAt } from "../../extract/mention.js";
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { endsOtherName } from "../../lexicon/organization-suffixes.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalizedWord } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";
import { inTitleCaseLine, isMixedCaseWord, isPersonNameWord } from "./titled-names.js";

/** A romanized two-syllable given name: "Chung-tai", "Ki-moon"; no English compound ("Self-made", "High-tech"). */
function isHyphenedGivenName(token: Token | undefined): boolean {
  if (token === undefined || !/^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6}$/u.test(token.text)) return false;
  const [head, tail] = token.lower.split("-") as [string, string];
  const ordinary = gazetteer().ordinaryWords;
  // A short first syllable says little ("Mid-term"): then the second must be no word either ("Ki-moon").
  if (head.length > 3) return !ordinary.has(head);
  return tail.length <= 3 || !ordinary.has(tail);
}

/** A family name before a romanized given name: short, capitalized, no place or title, no function word. */
function isFamilyName(token: Token | undefined): boolean {
  if (token === undefined || !/^\p{Lu}\p{Ll}{1,4}$/u.test(token.text)) return false;
  const key = token.lower;
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
  isPersonNameWord(token) &&
  /^\p{Lu}[\p{Ll}'’]*(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?$/u.test((token as Token).text);

/** A known first name read alone that names no place, organization or title, and no month or day ("June"). */
function isFirstNameWord(token: Token | undefined): boolean {
  if (!isMixedCaseWord(token)) return false;
  const word = (token as Token).text;
  const key = word.toLowerCase();
  const kind = gazetteer().phrases.get(key) ?? 0;
  return (
    (kind & (NOT_PERSON_KINDS | Kind.title)) === 0 && !DATE_WORDS.has(key) && isKnownFirstName(word, "alone")
  );
}

const oneSpaceApart = (text: string, a: Token, b: Token): boolean => text.slice(a.end, b.start) === " ";

/** How many tokens from `i` make a name by its shape (0: none). */
function nameLengthAt(tokens: readonly Token[], i: number, text: string): number {
  const first = tokens[i] as Token;
  const second = tokens[i + 1];
  if (second === undefined || !oneSpaceApart(text, first, second)) return 0;
  // The second word's tests first: most capitalized words are followed by none (isFamilyName and isFirstNameWord
  // were 0.44% and 0.83% of a Reuters `--jobs 1` profile, asked of every capitalized word).
  if (second.text.includes("-") && isHyphenedGivenName(second) && isFamilyName(first)) {
    // "Hong Kong-listed": the family name and the given name's first syllable make a place.
    const head = second.text.slice(0, second.text.indexOf("-"));
    return isPlaceOrThing(`${first.text} ${head}`) ? 0 : 2;
  }
  if (!isSurnameWord(second) || !isFirstNameWord(first)) return 0;
  const third = tokens[i + 2];
  const length = third !== undefined && isSurnameWord(third) && oneSpaceApart(text, second, third) ? 3 : 2;
  const name = text.slice(first.start, (tokens[i + length - 1] as Token).end);
  return isPlaceOrThing(name) ? 0 : length;
}

/** The mentions with the people added (or a person's name extended) that the names' shapes show. */
export function withShapedNames(found: Mention[], tokens: readonly Token[], text: string): Mention[] {
  const mentions = withPossessedNames(found, tokens, text);
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
      // "Raymond Lau" + "Ka-ming": the person's name runs on.
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

/** A word of a name after an organization's possessive: capitalized as names are, no title or place or suffix. */
function isPossessedNameWord(token: Token | undefined): boolean {
  if (!isMixedCaseWord(token)) return false;
  const word = (token as Token).text;
  if (!/^\p{Lu}[\p{Ll}'’]*(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}[\p{Ll}'’]+)*$/u.test(word)) return false;
  const key = word.toLowerCase();
  const kind = gazetteer().phrases.get(key) ?? 0;
  if ((kind & Kind.title) !== 0 || ((kind & NOT_PERSON_KINDS) !== 0 && (kind & Kind.lastName) === 0))
    return false;
  return !endsOtherName(key);
}

/**
 * A person after an organization's or a place's possessive, as British and Canadian news name party and company
 * people ("the SNP's Fiona Galbraith", "Labour's Nadeem Khan"): two or three name words,
 * the first a known first name (or no ordinary word before a surname the tagger read), no capitalized word
 * after. The tagger's readings of those words (an organization, a cut person) give way to the one person.
 */
export function withPossessedNames(mentions: Mention[], tokens: readonly Token[], text: string): Mention[] {
  let out = mentions;
  for (let k = 0; k < out.length; k++) {
    const owner = out[k] as Mention;
    if (owner.type !== "organization" && owner.type !== "place" && owner.type !== "country") continue;
    const apostrophe = /^['’]s? (?=\p{Lu})/u.exec(text.slice(owner.end, owner.end + 4));
    if (apostrophe === null) continue;
    const first = tokenAt(tokens, owner.end + apostrophe[0].length);
    let end = first;
    while (
      end - first < 3 &&
      isPossessedNameWord(tokens[end]) &&
      (end === first || oneSpaceApart(text, tokens[end - 1] as Token, tokens[end] as Token))
    )
      end++;
    if (end - first < 2 || isCapitalizedWord(tokens[end])) continue;
    const start = (tokens[first] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    let last = k + 1;
    while (last < out.length && (out[last] as Mention).start < stop) last++;
    const covered = out.slice(k + 1, last);
    // The first word a known first name, or no ordinary word before a surname the tagger read ("Nadeem Khan").
    // Where the tagger read both words as one organization, that is no evidence: "Central Bank", "Sun Refining"
    // after a country's or a company's possessive (30 Reuters records); nor a company's unit ("Bell South
    // Corp's South Central Bell").
    // A first name read alone ("Fox Television" is no person) and no plural noun at the end, as companies'
    // and their units end ("Salomon Brothers"); or, for two words, the tagger read the second as a person's.
    const head = (tokens[first] as Token).text;
    const tail = (tokens[end - 1] as Token).lower;
    if (tail.endsWith("s") && gazetteer().ordinaryWords.has(tail)) continue;
    const surnameRead =
      end - first === 2 && covered.some((m) => m.type === "person" && m.end === stop && m.start > start);
    if (
      !isKnownFirstName(head, "alone") &&
      (!surnameRead || gazetteer().ordinaryWords.has(head.toLowerCase()))
    )
      continue;
    if (
      covered.some(
        (m) => m.start < start || m.end > stop || (m.type !== "person" && m.type !== "organization"),
      )
    )
      continue;
    if (
      covered.length === 1 &&
      covered[0]?.type === "person" &&
      covered[0].start === start &&
      covered[0].end === stop
    )
      continue;
    const name = text.slice(start, stop);
    out = [...out.slice(0, k + 1), mentionAt(start, stop, name, "person"), ...out.slice(last)];
  }
  return out;
}
