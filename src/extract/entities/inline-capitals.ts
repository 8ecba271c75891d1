/**
 * A person's name written in capitals inside mixed-case text ("said ACME chief DANA WHITLOW on Monday", a style of
 * some press releases and web pages), which the tagger cut into one-word acronyms, firms or a lone first name. Two
 * or three words in capitals, alone in capitals among lower-case words, the first a known first name and each, in
 * title case, a name word no list reads as anything else (middle-initials.ts isPersonWord): one person. A known
 * first name, not a role noun before the words, is the sign: acronyms stand after role nouns too ("analyst ABN
 * AMRO"), nor a ticker in angle brackets ("<ACME ST>": Reuters, 3 records). Invented probe (40 given names from many regions, s23): 36 of 40 such names cut or mislabelled.
 * Session 24: a first name no list knows ("said ACME chief TENDAI WHITLOW") is one too right after an office in
 * lower case ("chief", "minister", "coach"; not "official" or "source", which name no post), when the first word
 * has four letters or more and two vowels and every word a vowel: acronyms are short and mostly consonants ("ABN
 * AMRO", "GTE EFT"). The Reuters bench has no capitals pair after such an office; invented probe (40 unknown given
 * names from many regions, s24): 40 of 40 such names cut into firms, 2 of 40 after the rule (three-letter names).
 */
import { NOT_OFFICES } from "../../lexicon/name-contexts.js";
import { PLACE_OPENERS } from "../../lexicon/place-openers.js";
import { ROLE_HEADS } from "../../lexicon/speaker-roles.js";
import type { Token } from "../../types.js";
import { isKnownFirstName } from "./first-name.js";
import type { Gazetteer } from "./gazetteer.js";
import { isPersonWord } from "./middle-initials.js";
import { isKnownPlace, keyOf } from "./places.js";
import type { TokenSpan } from "./spans.js";

/** A word in capitals of two letters or more, hyphened parts allowed ("DANA", "JI-WOO"). */
const CAPITALS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;
/** A word with a lower-case letter. */
const HAS_LOWER = /\p{Ll}/u;
/** At most this many words of such a name. */
const MOST_WORDS = 3;
/** At least this many lower-case words in the segment: it is running text, not a heading or a table. */
const LEAST_LOWER_WORDS = 3;

/** Vowel letters of a word in capitals. */
const VOWELS = /[AEIOUY]/gu;

/** Whether a token is an office in lower case ("chief", "minister", "coach"), one that names a person's post. */
function isOfficeWord(token: Token | undefined): boolean {
  return token !== undefined && ROLE_HEADS.has(token.text) && !NOT_OFFICES.has(token.text);
}

/** Whether words [at, stop) in capitals are shaped as a name rather than an acronym: see the file's note. */
function isNameShaped(tokens: readonly Token[], at: number, stop: number): boolean {
  for (let i = at; i < stop; i++) {
    const text = (tokens[i] as Token).text;
    const vowels = text.match(VOWELS)?.length ?? 0;
    if (vowels === 0 || (i === at && (text.length < 4 || vowels < 2))) return false;
  }
  return true;
}

function titleCased(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|-)(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/** Whether a character code may be a capital: A-Z, or past ASCII (for the expression to judge). */
function mayBeCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || code > 127;
}

/**
 * Whether a text is a word in capitals (CAPITALS_WORD): a sentence without one has no name in capitals, and
 * sentence-cues.ts skips inlineCapitalNameSpans there.
 */
export function isCapitalsText(text: string): boolean {
  // Most words fail on their first two characters: no expression run for them.
  if (!mayBeCapital(text.charCodeAt(0)) || !mayBeCapital(text.charCodeAt(1))) return false;
  return CAPITALS_WORD.test(text);
}

function isCapitalsWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && isCapitalsText(token.text);
}

/** The spans of segment [first, end) with each such name one PER span over the spans inside it. */
export function inlineCapitalNameSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  let lowerWords = -1;
  for (let at = first; at < end; at++) {
    if (!isCapitalsWord(tokens[at]) || (at > first && isCapitalsWord(tokens[at - 1]))) continue;
    let stop = at + 1;
    while (stop < end && isCapitalsWord(tokens[stop])) stop++;
    const words = stop - at;
    if (words < 2 || words > MOST_WORDS) continue;
    // A ticker in angle brackets ("<ACME ST>"), not a name.
    if (tokens[at - 1]?.text === "<" || tokens[stop]?.text === ">") continue;
    let spaced = true;
    for (let i = at + 1; i < stop && spaced; i++)
      spaced = (tokens[i] as Token).start === (tokens[i - 1] as Token).end + 1;
    if (!spaced) continue;
    const given = titleCased((tokens[at] as Token).text);
    const known = isKnownFirstName(given);
    if (!known && !(isOfficeWord(tokens[at - 1]) && isNameShaped(tokens, at, stop))) continue;
    if (!isPersonWord(given, true, gaz)) continue;
    let named = true;
    for (let i = at + 1; i < stop && named; i++)
      named = isPersonWord(titleCased((tokens[i] as Token).text), false, gaz);
    // A place in capitals ("SAN FRANCISCO, April 2 /PRNewswire/": a release's dateline; the full test run).
    if (!named || PLACE_OPENERS.has(given.toLowerCase()) || isKnownPlace(keyOf(tokens, at, stop), gaz))
      continue;
    if (lowerWords < 0) {
      lowerWords = 0;
      for (let i = first; i < end; i++) if (HAS_LOWER.test((tokens[i] as Token).text)) lowerWords++;
    }
    if (lowerWords < LEAST_LOWER_WORDS) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    let a = 0;
    while (a < current.length && (current[a] as TokenSpan).end <= at) a++;
    let b = a;
    let inside = true;
    while (b < current.length && (current[b] as TokenSpan).first < stop) {
      const span = current[b] as TokenSpan;
      if (span.first < at || span.end > stop) inside = false;
      b++;
    }
    if (!inside) continue;
    out = [...current.slice(0, a), { label: "PER", first: at, end: stop }, ...current.slice(b)];
  }
  return out ?? (spans as TokenSpan[]);
}
