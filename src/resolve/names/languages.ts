/**
 * Languages listed together: a people's adjective joined by "and", "or" or a comma to one that names a
 * language ("speaks Spanish and English", "translated into German, French and Italian", "English and French
 * speakers") names a language too, not its country. The first of the list is found by index.ts (dropLanguages:
 * after "speak", "in", "into", before "language" or "speakers"); the rest follow it here.
 */
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { tokenAt } from "../../text/token-at.js";
import type { Mention, Token } from "../../types.js";

const LIST_JOINS: ReadonlySet<string> = new Set(["and", "or", ","]);
const CAPITALIZED = /^\p{Lu}/u;

/** The mentions without the demonyms that are listed beside a language. Returns the same array when none. */
export function withoutListedLanguages(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  const demonyms = mentions.filter((m) => m.type === "demonym");
  if (demonyms.length === 0) return mentions;
  const mentionStarts = new Set(mentions.map((m) => m.start));
  const dropped = new Set<number>();
  // A people's adjective no mention starts at was read as a language (or is one now).
  const isLanguage = (token: Token | undefined): boolean =>
    token !== undefined &&
    CAPITALIZED.test(token.text) &&
    (wordKind(token.text) & Kind.demonym) !== 0 &&
    (!mentionStarts.has(token.start) || dropped.has(token.start));
  for (let grew = true; grew; ) {
    grew = false;
    for (const m of demonyms) {
      if (dropped.has(m.start)) continue;
      const at = tokenAt(tokens, m.start);
      const next = tokenAt(tokens, m.end);
      const before = tokens[at - 1]?.text.toLowerCase() ?? "";
      const after = tokens[next]?.text.toLowerCase() ?? "";
      if (
        (LIST_JOINS.has(before) && isLanguage(tokens[at - 2])) ||
        (LIST_JOINS.has(after) && isLanguage(tokens[next + 1]))
      ) {
        dropped.add(m.start);
        grew = true;
      }
    }
  }
  return dropped.size === 0
    ? mentions
    : mentions.filter((m) => m.type !== "demonym" || !dropped.has(m.start));
}
