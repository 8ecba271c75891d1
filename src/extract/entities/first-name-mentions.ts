/**
 * First names the tagger missed: once "Tarvik Mahmoodi" is named, a later lone "Tarvik" it left untagged is that
 * person. Sports and feature writing call people by the first name (squash and cricket players of South Asia,
 * footballers, ministers of Ethiopia), and CoNLL and GUM count each such word a person. Only a word written as a
 * name (title case), no ordinary English word ("Will", "Rose"), nothing the gazetteer knows as no person, no
 * other person's surname, no first name of the lexicon (below), and standing alone (no capitalized word either
 * side: "Tarvik Orlan" is another name). Chosen from CoNLL dev FIT (seed 20261264): a squash player's first name
 * missed five times in one story.
 */
import { MONTH_ABBREVIATIONS } from "../../lexicon/abbreviations.js";
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { nameWords } from "../../text/names.js";
import { isTitleCased } from "../../text/word-shape.js";
import type { Document, Mention, Token } from "../../types.js";
import { typedMention } from "./document-names.js";
import { isKnownFirstName } from "./first-name.js";
import { type Gazetteer, gazetteer, NOT_PERSON_KINDS, wordKind } from "./gazetteer.js";
import type { WordFacts } from "./word-facts.js";

/**
 * Lower-cased first words of the document's person names of two or three words that end in a surname's word: no
 * ordinary English word after the first, a date word or place at the end ("Orvan Spa", "Stocks Aug", "Corby Leeds" are a firm and a table's words
 * the tagger read as names; their first word alone is no person).
 */
function firstWordsOf(mentions: readonly Mention[], gaz: Gazetteer): Set<string> {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const words = nameWords(m.text);
    if (words.length < 2) continue;
    const surname = words[words.length - 1] as string;
    last.add(surname);
    if (words.length > 3 || words.slice(1).some((w) => gaz.ordinaryWords.has(w))) continue;
    if ((wordKind(surname) & NOT_PERSON_KINDS) !== 0) continue;
    if (DATE_WORDS.has(surname) || MONTH_ABBREVIATIONS.includes(surname) || !/^\p{L}+$/u.test(surname))
      continue;
    first.add(words[0] as string);
  }
  // A word that ends another name is that person's surname (surnameMentions reads it).
  for (const word of last) first.delete(word);
  return first;
}

/** Untagged lone words that are the first name of a person the document names in full. */
export function firstNameMentions(
  doc: Document,
  tokens: readonly Token[],
  facts: readonly WordFacts[],
  covered: Uint8Array,
  mentions: readonly Mention[],
): Mention[] {
  const firstWords = firstWordsOf(mentions, gazetteer());
  const found: Mention[] = [];
  if (firstWords.size === 0) return found;
  const taken = new Set(mentions.map((m) => m.start));
  tokens.forEach((token, i) => {
    if (covered[i]) return;
    const word = facts[i] as WordFacts;
    if (
      !word.capitalized ||
      word.common ||
      (word.kind & NOT_PERSON_KINDS) !== 0 ||
      !firstWords.has(word.lower)
    )
      return;
    // A first name of the lexicon ("Dana") the tagger reads alone by its own features; one it left untagged there
    // was as often another person of a conversation, and the pronouns after it went to the wrong one (GUM train
    // pronouns 1238 -> 1235 with it: a podcast's host and guest).
    if (!isTitleCased(token.text) || taken.has(token.start) || isKnownFirstName(token.text)) return;
    if ((facts[i - 1]?.capitalized ?? false) || (facts[i + 1]?.capitalized ?? false)) return;
    found.push(typedMention(doc, tokens, i, i + 1, "person", token.text));
  });
  return found;
}
