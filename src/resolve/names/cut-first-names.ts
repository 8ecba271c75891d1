/**
 * A first name the tagger cut from the surname right after it, where the document names that surname a person
 * elsewhere: "Finance Minister Tarvo" with "Quessada" untagged after it, and "Quessada said" further on, is one
 * person, "Tarvo Quessada", not a lone first name listed apart from the full name it belongs to (issue 11). A wire's
 * first line is short where its dateline was cut away, and a name that ends that line is often read to its first
 * word only (Reuters, 19,779 documents at c82bd37: 42 such first names, each beside its own surname as a person,
 * e.g. a finance minister listed as two entries in every story). The surname must be one title-case word, written
 * alone as a person in the same document, with no mention on it here, one space or one line break after the first
 * name, and no capitalized word, hyphen or apostrophe's letter run on after it ("Dana Quessada Trading" stays);
 * the first name one the lists know or carrying a person's title, for two surnames side by side are two persons
 * ("the Whitlow Marsh ticket").
 * Part of the per-document naming (index.ts), before the names are settled.
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import type { Mention } from "../../types.js";
import { isSurname } from "./initialed-names.js";

/** One space or one line break (no paragraph's indent), then a title-case word, then no run-on. */
const SURNAME_AFTER =
  /^(?: |\n)(\p{Lu}\p{Ll}+(?:['’]\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}]|[-'’]\p{L}|\.\p{L}|\s+\p{Lu})/u;

/** Whitespace inside a mention's text: a name of more than one word. */
const SPACE = /\s/;
/** A mention's text in title case, as a first name is written. */
const TITLE_CASE_START = /^\p{Lu}\p{Ll}/u;

/** The mentions with each cut first name grown to take its surname (the file's comment). */
export function withCutFirstNames(mentions: Mention[], text: string): Mention[] {
  // The names the document writes alone, as one word, for a person; a cut first name and its surname make two.
  const alone = new Set<string>();
  for (const m of mentions) if (m.type === "person" && !SPACE.test(m.text)) alone.add(m.text);
  if (alone.size < 2) return mentions;
  const starts = new Set(mentions.map((m) => m.start));
  for (const m of mentions) {
    if (m.type !== "person" || SPACE.test(m.text) || !TITLE_CASE_START.test(m.text)) continue;
    // A first name: one the lists know, or the word right after a person's title ("Finance Minister Tarvo").
    if (m.title === undefined && !isKnownFirstName(m.text)) continue;
    const after = SURNAME_AFTER.exec(text.slice(m.end, m.end + 40));
    const surname = after?.[1];
    if (after === null || surname === undefined || surname === m.text || !alone.has(surname)) continue;
    const end = m.end + after[0].length;
    if (starts.has(end - surname.length) || !isSurname(surname)) continue;
    m.end = end;
    m.text = text.slice(m.start, end);
    m.entity = m.text;
  }
  return mentions;
}
