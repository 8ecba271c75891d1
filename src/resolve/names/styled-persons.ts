/**
 * A person styled by a title and a place alone, after "the": "the Duke of Edinburgh", "the Prince of Wales", "the
 * Countess of Wessex" (British news of 2004-2005, issue 11). The tagger read such a style as an organization or a
 * place ("Wales"), and the naming's shape rules cut it ("of Edinburgh"); a reader takes it as one person, named so.
 * Not before a capitalized word or "&" ("the Duke of Edinburgh Award", "the Prince of Wales Hospital") nor as a
 * possessive opening a longer name ("the Duke of Edinburgh's Award"). Run last among the passes that type a
 * mention (index.ts), so that no shape rule reads it again. Session 31 probe (invented BBC-style stories): both
 * royals of one politics story were an organization and a place.
 */
import { NAME_WORD } from "../../extract/entities/peerages.js";
import { mentionAt } from "../../extract/mention.js";
import { DESIGNATION_TITLES } from "../../lexicon/peerages.js";
import type { Mention } from "../../types.js";

const STYLED = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}])[Tt]he[ \t]+)(?:${DESIGNATION_TITLES.join("|")})[ \t]+of[ \t]+${NAME_WORD}(?![ \t]*(?:\p{Lu}|&))(?!['’]s[ \t]+\p{Lu})(?![\p{L}-])`,
  "gu",
);
/** The cheap test first: most texts style no one so. */
const STYLE_WORD = new RegExp(String.raw`\b(?:${DESIGNATION_TITLES.join("|")}) of `, "u");

/**
 * Whether a person's name stands in apposition to the style, after it or before it ("the Prince of Spain, Alphonso,",
 * "Prince Philip, the Duke of Edinburgh,"): the person is listed by the name, not twice. GUM dev: "the Prince of Spain,
 * Alphonso" was listed apart from Alphonso.
 */
function namedBeside(text: string, mentions: readonly Mention[], start: number, end: number): boolean {
  for (const m of mentions) {
    if (m.type !== "person") continue;
    if (m.start > end && /^,\s*$/u.test(text.slice(end, m.start))) return true;
    if (m.end < start && /^,\s*the\s+$/iu.test(text.slice(m.end, start))) return true;
  }
  return false;
}

/** The mentions with each styled person one person mention, the mentions inside it dropped. */
export function withStyledPersons(text: string, mentions: Mention[]): Mention[] {
  if (!STYLE_WORD.test(text)) return mentions;
  const styled: Mention[] = [];
  for (const match of text.matchAll(STYLED)) {
    const start = match.index as number;
    const end = start + match[0].length;
    if (namedBeside(text, mentions, start, end)) continue;
    // The style's title is the person's too: "the Prince said" and "he" find the person by it.
    styled.push(
      mentionAt(start, end, match[0], "person", match[0], match[0].slice(0, match[0].indexOf(" "))),
    );
  }
  if (styled.length === 0) return mentions;
  const out = mentions.filter((m) => !styled.some((s) => m.start < s.end && m.end > s.start));
  out.push(...styled);
  return out.sort((a, b) => a.start - b.start);
}
