/**
 * Languages listed together: in a list of peoples' adjectives ("Spanish and English", "German, French and
 * Italian") that stands where a language does ("speaks Spanish and English", "translated into German, French and
 * Italian.", "English and French speakers"), each names a language, not its country. index.ts (dropLanguages)
 * finds the word beside the cue; this finds the rest of its list, by the same cues.
 */
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import {
  LANGUAGE_NOUNS,
  LANGUAGE_PREPOSITIONS,
  LEARNING_VERBS,
  SPEECH_VERBS,
} from "../../lexicon/language-cues.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";

const LIST_JOINS: ReadonlySet<string> = new Set(["and", "or", ","]);

function isPeoplesAdjective(token: Token | undefined): boolean {
  return token !== undefined && isCapitalized(token.text) && (wordKind(token.text) & Kind.demonym) !== 0;
}

/** The [first, last] token indexes of the list of peoples' adjectives holding token `at`. */
function listAround(tokens: readonly Token[], at: number): [number, number] {
  let first = at;
  while (LIST_JOINS.has(tokens[first - 1]?.lower ?? "") && isPeoplesAdjective(tokens[first - 2])) first -= 2;
  // "German, French and Italian": a comma before "and" is part of the join.
  let last = at;
  for (;;) {
    let next = last + 1;
    if (tokens[next]?.text === "," && tokens[next + 1]?.lower === "and") next++;
    if (!LIST_JOINS.has(tokens[next]?.lower ?? "") || !isPeoplesAdjective(tokens[next + 1])) break;
    last = next + 1;
  }
  return [first, last];
}

/** Whether the list [first, last] stands where a language does (the cues of index.ts's dropLanguages). */
function isLanguageList(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1]?.lower ?? "";
  const after = tokens[last + 1];
  const next = after?.lower ?? "";
  if (SPEECH_VERBS.has(before) || LANGUAGE_NOUNS.has(next)) return true;
  if (!LANGUAGE_PREPOSITIONS.has(before) && !LEARNING_VERBS.has(before)) return false;
  return after === undefined || after.kind !== "word" || STOPWORDS.has(next);
}

/** The mentions without the demonyms of a list of languages. Returns the same array when none. */
export function withoutListedLanguages(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  let kept: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    let language = false;
    if (m.type === "demonym") {
      const at = tokenAt(tokens, m.start);
      const [first, last] = listAround(tokens, at);
      language = first < last && isLanguageList(tokens, first, last);
    }
    if (language) kept ??= mentions.slice(0, i);
    else kept?.push(m);
  }
  return kept ?? mentions;
}
