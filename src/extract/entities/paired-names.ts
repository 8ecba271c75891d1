/**
 * Two names joined by a hyphen after an article, read as one person: a law named for its sponsors ("the
 * Morrow-Bellamy amendment"-shaped), a ticket or a contest ("a Lister-Okafor race"), a deal of two firms. Typed an
 * organization, which holds for the firms and keeps a law's or a ticket's name out of the people. A
 * double-barrelled surname is written after a given name or a title somewhere in the document, or alone without
 * an article. Measured: PolNeAR train FIT (the 440 documents outside the CHECK sample of seed 21211) 2 "persons"
 * of this shape, none a person; Reuters 5 (a budget law three times, a farm bill, a firms' deal). Without the
 * article the rule took 106 Reuters records (firms' names the naming had joined to their organization, lost) and
 * cost GUM people F1 (dev 76.8 → 76.3: academic citations name authors so, "(Morrow-Bellamy et al., 2015)").
 */
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { isKnownFirstName } from "./first-name.js";
import { type Gazetteer, PLACE_KINDS, wordKind } from "./gazetteer.js";

/** Two capitalized words of three letters or more joined by one hyphen. */
const PAIR = /^(\p{Lu}\p{Ll}{2,})-(\p{Lu}\p{Ll}{2,})$/u;
/** A capitalized word, an initial or a title's stop, and one space, right before a word. */
const NAMED_BEFORE = /(\p{Lu}[\p{L}.'’]*)\s$/u;
/** Capitalized articles opening a sentence, which name no one. */
const ARTICLES = new Set(["The", "A", "An"]);

/**
 * Whether the document writes `word` right after a capitalized word other than an article: a given name, a
 * title, an initial ("Dana Morrow-Bellamy", "Gen. Kettles"-shaped), so the word is a surname somewhere.
 */
export function writtenAfterName(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = NAMED_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
    if (before !== null && !ARTICLES.has(before[1] as string)) return true;
  }
  return false;
}

/** An article, which a person's name alone does not take ("the Whitlow-Garrow bill", "a Lister-Okafor race"). */
const ARTICLE_BEFORE = /\b(?:the|a|an)\s$/iu;

/**
 * Whether the one-word person of token i is two names paired: PAIR after an article, its first part neither a
 * given name ("Jean-Luc"-shaped) nor a particle ("Abu-", "Ben-"), neither part a nationality or a place, no capitalized word after it (the rest of a
 * name), and nowhere in the document written right after a capitalized word (a given name, a title, an initial).
 */
export function isPairedNames(text: string, tokens: readonly Token[], i: number, gaz: Gazetteer): boolean {
  const token = tokens[i] as Token;
  const match = PAIR.exec(token.text);
  if (match === null || !ARTICLE_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start)))
    return false;
  const head = match[1] as string;
  if (NAME_PARTICLES.has(head.toLowerCase()) || isKnownFirstName(head)) return false;
  // A nationality's or a place's compound ("a Maltese-Canadian") is left to the demonym and place readings.
  for (const part of [head, match[2] as string])
    if (gaz.demonyms.has(part.toLowerCase()) || (wordKind(part) & PLACE_KINDS) !== 0) return false;
  const next = tokens[i + 1];
  if (next !== undefined && next.kind === "word" && isCapitalized(next.text)) return false;
  return !writtenAfterName(text, token.text);
}
