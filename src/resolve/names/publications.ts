/**
 * Publications the tagger read as places, countries or people: a place or a people's adjective before a
 * newspaper's word ("Irish Times", "Jerusalem Post", "The Canadian Press") or a person's name before
 * "magazine" or "newspaper" ("told Forbes magazine") is one organization, and the country it seems to name
 * is not mentioned.
 */
import { mentionAt } from "../../extract/mention.js";
import { PUBLICATION_NOUNS, PUBLICATION_TITLE_WORDS } from "../../lexicon/publication-words.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalized, isTitleCased } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";

/** A title-cased word that ends a newspaper's name ("Times", "Herald"); not quotes/words.ts' isTitleWord ("Mr"). */
function isPublicationTitleWord(token: Token | undefined): boolean {
  return token !== undefined && isTitleCased(token.text) && PUBLICATION_TITLE_WORDS.has(token.lower);
}

/**
 * The end of the publication's name that starts with `m`: after it, up to two capitalized words, the last a
 * newspaper's word ("Irish Times", "Sydney Morning Herald"), with only spaces between and no capitalized word
 * after; or -1.
 */
function titleEnd(m: Mention, text: string, tokens: readonly Token[]): number {
  let at = tokenAt(tokens, m.end);
  let end = -1;
  let last = m.end;
  for (let taken = 0; taken < 2; taken++, at++) {
    const token = tokens[at];
    if (token === undefined || text.slice(last, token.start) !== " " || !isTitleCased(token.text)) break;
    if (isPublicationTitleWord(token)) end = token.end;
    last = token.end;
  }
  // A capitalized word after it makes a longer name ("Pacific Standard Time", "Times Square"), no publication.
  const after = tokens[tokenAt(tokens, end)];
  if (end >= 0 && after !== undefined && after.start === end + 1 && isCapitalized(after.text)) return -1;
  return end;
}

/** Whether a lower-case publication noun follows the mention ("Forbes magazine"). */
function beforePublicationNoun(m: Mention, text: string, tokens: readonly Token[]): boolean {
  // Bound-checked: a mention ending the document read past the tokens' end ("out of bounds" deopt, --trace-deopt).
  const at = tokenAt(tokens, m.end);
  if (at >= tokens.length) return false;
  const next = tokens[at] as Token;
  return text.slice(m.end, next.start) === " " && PUBLICATION_NOUNS.has(next.text);
}

/**
 * The mentions with publications made organizations: a place, country or demonym mention before a newspaper's
 * word, glued with it (and with any mention it overlaps); a person mention before a publication noun, retyped
 * (a place before one is where the paper is: "a Hong Kong newspaper", "a Texas weekly" on the Reuters bench).
 * Returns the same array when nothing changed.
 */
export function withPublications(mentions: Mention[], text: string, tokens: readonly Token[]): Mention[] {
  let changed: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type === "organization") {
      changed?.push(m);
      continue;
    }
    const end = m.type === "person" ? -1 : titleEnd(m, text, tokens);
    if (end >= 0) {
      changed ??= mentions.slice(0, i);
      const name = text.slice(m.start, end);
      changed.push(mentionAt(m.start, end, name, "organization"));
      // The newspaper's word the tagger read on its own ("Times" after "Irish") is inside the new name.
      while (i + 1 < mentions.length && (mentions[i + 1] as Mention).start < end) i++;
    } else if (m.type === "person" && beforePublicationNoun(m, text, tokens)) {
      changed ??= mentions.slice(0, i);
      changed.push(mentionAt(m.start, m.end, m.text, "organization"));
    } else changed?.push(m);
  }
  return changed ?? mentions;
}
