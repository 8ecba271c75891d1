/**
 * British peers as news styles them (issue 11: British news of 2004-2005). The tagger, trained on Reuters wire text,
 * read "Lord Falconer of Thoroton" as nothing, "Baroness Scotland of Asthal" as two places and "Lady Kennedy of The
 * Shaws" as a person and a place (session 31 probe, invented sentences): a peer's title, one or two name words and a
 * territorial designation ("of" and up to three capitalized words) are the person, named by the name and titled;
 * the designation names no place of the story. A person styled by a title and a place alone ("the Duke of
 * Edinburgh") is read by resolve/names/styled-persons.ts, after the naming's shape rules.
 */
import { endsOtherName } from "../../lexicon/organization-suffixes.js";
import { PEER_NAME_TITLES } from "../../lexicon/peerages.js";
import type { Mention } from "../../types.js";
import { mentionAt } from "../mention.js";
import { Kind, wordKind } from "./gazetteer.js";

/** A capitalized word, with a joined second part ("O'Donnell", "Bowes-Lyon"); never a possessive's "'s". */
export const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:['’-]\p{Lu}\p{Ll}+)?`;
/** "of", an optional "The", and the designation's capitalized words, none after it. */
const DESIGNATION = String.raw`[ \t]+of[ \t]+(?:[Tt]he[ \t]+)?${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2}(?![ \t]*(?:\p{Lu}|&))(?!['’]\p{L})`;

const PEER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${PEER_NAME_TITLES.join("|")})[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD})?)(?=${DESIGNATION})`,
  "gu",
);
const DESIGNATION_AFTER = new RegExp(`^${DESIGNATION}`, "u");
const PEER_TITLE_WORD = new RegExp(`(?:${PEER_NAME_TITLES.join("|")}) `, "u");

/** The mentions with each peer of the text named by the name after the title, its designation no mention. */
export function peerageMentions(text: string, mentions: Mention[]): Mention[] {
  // One scan for the titles' words ("Baroness" holds "Baron") is the cost of a document without a peer (most).
  if (!PEER_TITLE_WORD.test(text)) return mentions;
  const found: { person: Mention; end: number }[] = [];
  for (const match of text.matchAll(PEER)) {
    const name = match[2] as string;
    // "Lord Mayor of London", "Lord Chief Justice of England": an office, no name.
    if (name.split(/\s+/).some((word) => (wordKind(word.toLowerCase()) & Kind.title) !== 0)) continue;
    const nameEnd = (match.index as number) + match[0].length;
    const nameStart = nameEnd - name.length;
    const designation = DESIGNATION_AFTER.exec(text.slice(nameEnd, nameEnd + 80));
    // "Lady Jones of Harlow Trust": an employer, not a designation.
    const last = designation === null ? "" : (designation[0].split(/\s+/).pop() as string).toLowerCase();
    if (designation === null || endsOtherName(last)) continue;
    found.push({
      person: mentionAt(nameStart, nameEnd, name, "person", name, match[1] as string),
      end: nameEnd + designation[0].length,
    });
  }
  if (found.length === 0) return mentions;
  const out = mentions.filter((m) => !found.some((f) => m.start < f.end && m.end > f.person.start));
  for (const f of found) out.push(f.person);
  return out.sort((a, b) => a.start - b.start);
}
