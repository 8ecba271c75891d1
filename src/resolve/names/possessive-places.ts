/**
 * A place named with a possessive ("Hawke's Bay", "Cox's Bazar", "Caesar's Palace"): the tagger reads the name before
 * the apostrophe as one thing and the place's word after it as another ("Hawke" a place, "Bay" a place, "Martha" a
 * person). A name of one or two capitalized words, "'s", then a word that ends places' names (lexicon
 * place-suffixes.ts: "Bay", "Island", "Palace") that ends the name or is a mention of its own, is one place. Session 42
 * probe (a New Zealand cyclone story): "Hawke" and "Bay" were listed for Hawke's Bay. Part of the per-document naming
 * (index.ts).
 */
import { PLACE_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import { endsPlaceName } from "../../lexicon/place-suffixes.js";
import type { Mention } from "../../types.js";

/** "'s " and the capitalized word after it, then the character after that word. */
const POSSESSIVE_PLACE_WORD = /^['’]s (\p{Lu}\p{Ll}+)(?![\p{L}'’-])( \p{Lu})?/u;

/** The mentions with each possessive place joined into one place mention (the file's comment). */
export function withPossessivePlaces(text: string, mentions: Mention[]): Mention[] {
  let joined: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const place = possessivePlace(text, m, mentions[i + 1]);
    if (place === null) {
      joined?.push(m);
      continue;
    }
    joined ??= mentions.slice(0, i);
    joined.push(place.mention);
    if (place.ownWord) i += 1;
  }
  return joined ?? mentions;
}

/** The one place mention `m` and the word after its possessive make, and whether `next` is that word's own mention. */
function possessivePlace(
  text: string,
  m: Mention,
  next: Mention | undefined,
): { mention: Mention; ownWord: boolean } | null {
  const mark = text.charCodeAt(m.end);
  if (m.title !== undefined || (mark !== 39 && mark !== 0x2019)) return null;
  // Not a firm's ("Hudson's Bay holds …": the company, Reuters), nor a known place's own part ("Canada's Province
  // of Saskatchewan").
  if (m.type === "organization" || m.type === "country" || (wordKind(m.text) & PLACE_KINDS) !== 0)
    return null;
  if (!/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(m.text)) return null;
  const match = POSSESSIVE_PLACE_WORD.exec(text.slice(m.end, m.end + 40));
  const word = match?.[1];
  if (match === null || word === undefined || !endsPlaceName(word)) return null;
  const wordStart = m.end + 3;
  const wordEnd = wordStart + word.length;
  const ownWord = next !== undefined && next.start === wordStart && next.end === wordEnd;
  if (ownWord && next.type === "organization") return null;
  // ("Hawke's Bay Civil Defence": the place's word is a mention of its own, before the body's name.)
  if (match[2] !== undefined && !ownWord) return null;
  const name = text.slice(m.start, wordEnd);
  return { mention: { start: m.start, end: wordEnd, text: name, type: "place", entity: name }, ownWord };
}
