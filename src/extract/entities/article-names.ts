/**
 * A given name before a surname with an Arabic article glued by a hyphen ("Moqtada al-Sadr", "Rami al-Saadani",
 * "Ayman al-Zawahiri", "Mohamed el-Baradei"): one person's name. The tagger (1996 Reuters) read the given name
 * alone, as a person or an organization, and the surname as a MISC or nothing; resolve/names joined some of them
 * later, so CoNLL dev counted "Rami" and lost "Rami al-Saadani", and a BBC-style probe (session 34) listed the
 * organization "Moqtada" and the person "Al-Sadr". The given name is a person's word (middle-initials.ts
 * isPersonWord) and one space before the surname; a span over it, of one or two words, reads no place, and the
 * surname reads no place either: "Sharm el-Sheikh", "Jebel al-Akhdar", "Ras al-Khaimah" are places the tagger reads
 * as such.
 */
import { GLUED_ARTICLES } from "../../lexicon/name-particles.js";
import { ARABIC_PLACE_OPENERS } from "../../lexicon/place-openers.js";
import type { Token } from "../../types.js";
import type { Gazetteer } from "./gazetteer.js";
import { isPersonWord } from "./middle-initials.js";
import type { TokenSpan } from "./spans.js";

/** The articles glued to a surname (lower case), the cue words of the rule (sentence-cues.ts). */
const ARTICLES: ReadonlySet<string> = new Set(GLUED_ARTICLES);
export const ARTICLE_NAME_CUES: readonly Iterable<string>[] = [ARTICLES];

/** A surname with its article: "al-Sadr", "el-Baradei", "Al-Sadr". */
const ARTICLE_SURNAME = /^(\p{L}{2,3})-\p{Lu}\p{Ll}+$/u;

/**
 * Whether tokens [from, to) are a person's given names: each a person's word, none a word that opens an Arabic
 * place's name ("Jebel", "Burj", "Darb": CoNLL dev and Reuters, mountains, towers and roads in a first version)
 * nor a dictionary word ("Minister of Energy Hisham al-Khatib": the tagger's span took "Energy").
 */
function isGivenNames(tokens: readonly Token[], from: number, to: number, gaz: Gazetteer): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens[k] as Token;
    if (ARABIC_PLACE_OPENERS.has(word.lower) || !isPersonWord(word.text, true, gaz)) return false;
  }
  return true;
}

/** The span that holds token `at`, or undefined. */
function spanAt(spans: readonly TokenSpan[], at: number): TokenSpan | undefined {
  return spans.find((span) => span.first <= at && at < span.end);
}

/** The spans of segment [first, end) with each such name one PER span (the file's comment). */
export function articleNameSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let p = first + 1; p < end; p++) {
    const surname = tokens[p] as Token;
    const article = ARTICLE_SURNAME.exec(surname.text)?.[1];
    if (article === undefined || !ARTICLES.has(article.toLowerCase())) continue;
    const given = tokens[p - 1] as Token;
    if (given.end + 1 !== surname.start) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    const before = spanAt(current, p - 1);
    const after = spanAt(current, p);
    if (before?.label === "LOC" || after?.label === "LOC") continue;
    if (before !== undefined && (before.end !== p || before.end - before.first > 2)) continue;
    if (after !== undefined && (after.first !== p || after.end !== p + 1)) continue;
    const from = before?.first ?? p - 1;
    if (!isGivenNames(tokens, from, p, gaz)) continue;
    const kept = current.filter((span) => span !== before && span !== after);
    const at = kept.findIndex((span) => span.first > p);
    const name: TokenSpan = { label: "PER", first: from, end: p + 1 };
    out = at < 0 ? [...kept, name] : [...kept.slice(0, at), name, ...kept.slice(at)];
  }
  return out ?? (spans as TokenSpan[]);
}
