/**
 * Title phrases around a name, read from the gazetteer's phrases of kind title: the longest one ending right before a
 * name ("Prime Minister" before "Dana Whitlow") and one the tagger took into a person's span ("Mr." at its start).
 * Used by the tagger's span passes (index.ts) and by resolve/names (titled-names.ts).
 */
import { COURTESY_TITLE_LETTERS, PERSON_TITLES } from "../../lexicon/person-titles.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import type { TokenSpan } from "./spans.js";

const MAX_TITLE_TOKENS = 4;

/**
 * A courtesy title's letters in capitals right before a name in mixed case ("MS Dhanraj", "MR Kumar", "DR Mehta"):
 * a South Asian name's initials, written without stops, not "Ms", "Mr" or "Dr" (which papers write in mixed case,
 * and in capitals only on a line in capitals, where the name is in capitals too). Read as the title, they cut the
 * initials off and gave the man a woman's title. 1 of 40 invented articles in other house styles (session 19).
 */
export function isInitialsNotTitle(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (!COURTESY_TITLE_LETTERS.has(token.text)) return false;
  const next = tokens[at + 1];
  return next !== undefined && next.start === token.end + 1 && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/** Length in tokens of the longest title phrase ending just before `index` (0 if none), and its text. */
export function titleBefore(
  tokens: readonly Token[],
  index: number,
  lowest: number,
  gaz: Gazetteer,
): { length: number; text: string } | null {
  for (let length = Math.min(MAX_TITLE_TOKENS, index - lowest); length >= 1; length--) {
    // The first word's capital is read before any key is made: a slice, an array of lower-cased words and their
    // join per length tried was 0.50% of a cold --jobs 1 Reuters profile (titleBefore, for every person named).
    if (!isCapitalized((tokens[index - length] as Token).text)) continue;
    if (length === 1 && isInitialsNotTitle(tokens, index - 1)) continue;
    if (((gaz.phrases.get(lowerKey(tokens, index - length, index)) ?? 0) & Kind.title) !== 0) {
      let text = (tokens[index - length] as Token).text;
      for (let i = index - length + 1; i < index; i++) text += ` ${(tokens[i] as Token).text}`;
      return { length, text };
    }
  }
  return null;
}

/** The tokens [from, end)'s lower-cased texts joined by single spaces (a gazetteer phrase's key), made without an array. */
function lowerKey(tokens: readonly Token[], from: number, end: number): string {
  let key = (tokens[from] as Token).lower;
  for (let i = from + 1; i < end; i++) key += ` ${(tokens[i] as Token).lower}`;
  return key;
}

/** Length of the longest title phrase at the start of a span (the tagger sometimes includes "Mr."). */
export function titleAtStart(tokens: readonly Token[], span: TokenSpan, gaz: Gazetteer): number {
  for (let length = Math.min(MAX_TITLE_TOKENS, span.end - span.first - 1); length >= 1; length--) {
    if (length === 1 && isInitialsNotTitle(tokens, span.first)) continue;
    if (((gaz.phrases.get(lowerKey(tokens, span.first, span.first + length)) ?? 0) & Kind.title) !== 0)
      return length;
  }
  return 0;
}

/**
 * A title phrase that opens before a person's span and ends inside it ("Tan" + "Sri Azman Harun", "Datuk" + "Seri
 * Rosli Kamal": the tagger took the second word of a Malaysian honorific into the name): the number of the span's
 * tokens it holds (at most two, and never the span's last) and its text. Null when none.
 */
export function titleAcrossStart(
  tokens: readonly Token[],
  span: TokenSpan,
  lowest: number,
  gaz: Gazetteer,
): { inside: number; text: string } | null {
  // The span's first word must be a later word of some title ("sri", "seri", "minister"): one set lookup for the
  // names of most spans, no key built (this runs for every person span).
  if (!titleLaterWords().has((tokens[span.first] as Token).lower)) return null;
  for (let inside = Math.min(2, span.end - span.first - 1); inside >= 1; inside--) {
    for (let before = Math.min(MAX_TITLE_TOKENS - inside, span.first - lowest); before >= 1; before--) {
      const from = span.first - before;
      if (!isCapitalized((tokens[from] as Token).text)) continue;
      if (((gaz.phrases.get(lowerKey(tokens, from, span.first + inside)) ?? 0) & Kind.title) === 0) continue;
      let text = (tokens[from] as Token).text;
      for (let i = from + 1; i < span.first + inside; i++) text += ` ${(tokens[i] as Token).text}`;
      return { inside, text };
    }
  }
  return null;
}

let laterWords: Set<string> | null = null;

/** The words after the first of the titles of more than one word, lower case ("sri" of "Tan Sri"), made once. */
function titleLaterWords(): ReadonlySet<string> {
  if (laterWords === null) {
    laterWords = new Set<string>();
    for (const title of PERSON_TITLES)
      for (const word of title.toLowerCase().split(/\s+/).slice(1)) laterWords.add(word);
  }
  return laterWords;
}
