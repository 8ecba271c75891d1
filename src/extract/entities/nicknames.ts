/**
 * A first name, a nickname in quotes and a surname are one person: 'Dario "Iron Fist" Menotti', and CoNLL's
 * spaced form 'Dario " Iron Fist " Menotti' (its text puts a space either side of every quotation mark). The
 * tagger, whose window is two words, reads the three apart or not at all: the first name alone, the nickname an
 * organization, the surname untagged. resolve/names/joined-names.ts joins a one-word nickname written close to
 * its marks; this pass reads the span first, for a nickname of up to four words ("Hands of Steel"), when the word
 * before the quote is a known first name, the word after it a name (a person span, one word the tagger read as
 * any name, or a capitalized word that is no ordinary English word), and the document calls the person by that
 * surname alone. Chosen from CoNLL dev FIT (seed 20261264): two boxers' names in one story, 5 spans wrong;
 * sports and crime news of every decade write nicknames so.
 */

import { TITLE_ABBREVIATIONS } from "../../lexicon/abbreviations.js";
import { GENERATION_WORD } from "../../lexicon/name-particles.js";
import { isCapitalized, isNameShapedOrElided } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { isKnownFirstName } from "./first-name.js";
import { type Gazetteer, Kind, wordKind } from "./gazetteer.js";
import { NICKNAME_OPENERS, nicknameClose } from "./nickname-marks.js";
import { withSpanOver } from "./replace-spans.js";
import { isRoleNoun } from "./role-nouns.js";
import type { TokenSpan } from "./spans.js";

/** Where each word of a document stands, by its text. */
export type WordPositions = (word: string) => readonly number[];

/**
 * The document's word positions, indexed on the first question: the check below scanned every token of the
 * document for each candidate quote mark (131 ms over the Reuters bench in session 16's profile, quadratic in the
 * worst case). extractMentions makes one per document and hands it to every sentence's call, so nothing outlives
 * the document; most documents never ask (no quote mark after a known first name) and never build it.
 */
export function lazyWordPositions(tokens: readonly Token[]): WordPositions {
  let positionsOfWord: Map<string, number[]> | null = null;
  return (word) => {
    if (positionsOfWord === null) {
      const index = new Map<string, number[]>();
      for (let k = 0; k < tokens.length; k++) {
        const text = (tokens[k] as Token).text;
        const positions = index.get(text);
        if (positions === undefined) index.set(text, [k]);
        else positions.push(k);
      }
      positionsOfWord = index;
    }
    return positionsOfWord.get(word) ?? [];
  };
}

/**
 * Whether the document calls the person by the surname alone elsewhere and writes it after no other capitalized
 * word (another person's full name), the evidence resolve/names/joined-names.ts asks too: GUM train names two
 * people by the words before the nickname alone ('Teodor "Teo" Maddox'), and joined without it both were lost.
 */
function isCalledBySurname(
  tokens: readonly Token[],
  positionsOf: WordPositions,
  surname: string,
  first: number,
  end: number,
): boolean {
  let alone = false;
  for (const k of positionsOf(surname)) {
    if (k >= first && k < end) continue;
    if (isCapitalized(tokens[k - 1]?.text ?? "") && /^\p{L}/u.test(tokens[k - 1]?.text ?? "")) return false;
    alone = true;
  }
  return alone;
}

/**
 * The first span that starts at token `first`. A function, not a closure in nicknameSpans' loop: a closure reading
 * the loop's variables made V8 allocate a context for them at every token (4,000 Reuters documents: 38 MB).
 */
function spanFrom(spans: readonly TokenSpan[], first: number): TokenSpan | undefined {
  for (const s of spans) if (s.first === first) return s;
  return undefined;
}

/** The first span that ends at token `end` and starts before it (as spanFrom, no closure). */
function spanInto(spans: readonly TokenSpan[], end: number): TokenSpan | undefined {
  for (const s of spans) if (s.end === end && s.first < end) return s;
  return undefined;
}

/**
 * Whether a title or an office ends at token `at`, right before the first name ("Del. Marcia “Cia” Price", "Senate
 * President Vicente “Tito” Sotto", "Speaker Thomas “Tip” O'Neill"): a person is named, whom the document may call by
 * no surname alone again. PolNeAR dev and an invented Philippine probe (session 38): the first name alone was kept.
 */
function isTitledAt(tokens: readonly Token[], at: number): boolean {
  const stop = tokens[at]?.text === ".";
  const word = stop ? tokens[at - 1] : tokens[at];
  if (word === undefined || !isCapitalized(word.text)) return false;
  const key = word.lower.replace(/\.$/u, "");
  // An abbreviation with its stop ("Del.", "Sen."): a title, as the speaker phrases read it.
  if ((stop || word.text.endsWith(".")) && /^\p{L}{2,5}$/u.test(key)) return true;
  // (isRoleNoun reads the gazetteer's titles too.)
  return TITLE_ABBREVIATIONS.has(key) || isRoleNoun(word.text);
}

/** The spans with a first name, a nickname in quotes and a surname read as one person. */
export function nicknameSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentFirst: number,
  segmentEnd: number,
  gaz: Gazetteer,
  positionsOf: WordPositions,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let open = segmentFirst + 1; open < segmentEnd - 3; open++) {
    // Every opener is one character: the length first, before a map look-up for every token of the document.
    const mark = (tokens[open] as Token).text;
    if (mark.length !== 1 || !NICKNAME_OPENERS.has(mark)) continue;
    const firstName = (tokens[open - 1] as Token).text;
    if (!isCapitalized(firstName) || !isKnownFirstName(firstName)) continue;
    const close = nicknameClose(tokens, open, segmentEnd);
    if (close < 0 || close + 1 >= segmentEnd) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    const surname = (tokens[close + 1] as Token).text;
    const surnameSpan = spanFrom(current, close + 1);
    const isSurname =
      surnameSpan !== undefined
        ? surnameSpan.label === "PER" || surnameSpan.end - surnameSpan.first === 1
        : isNameShapedOrElided(surname) &&
          (!gaz.ordinaryWords.has(surname.toLowerCase()) || (wordKind(surname) & Kind.lastName) !== 0);
    if (!isSurname) continue;
    // (Or a generation after the surname, 'Ferdinand "Bongbong" Marcos Jr.': session 40 probe, where his mother's
    // "Imelda Marcos" later kept the surname from counting as his alone, and "Ferdinand" was listed by itself.)
    if (
      !isTitledAt(tokens, open - 2) &&
      !GENERATION_WORD.test(tokens[close + 2]?.text ?? "") &&
      !isCalledBySurname(tokens, positionsOf, surname, open - 1, close + 2)
    )
      continue;
    const end = surnameSpan?.end ?? close + 2;
    const before = spanInto(current, open);
    const first = before?.label === "PER" ? before.first : open - 1;
    // A span running into the name from outside it stays as read.
    const next = withSpanOver(current, { label: "PER", first, end });
    if (next === null) continue;
    out = next;
    open = end - 1;
  }
  return out ?? (spans as TokenSpan[]);
}
