/**
 * A name the document writes as a company's owner is that company, in every mention: its possessive before a
 * firm's officers, bodies and accounts ("Marta Kessel's chief executive", "Hollis's board", "Hollis's net
 * income"; lexicon/employer-contexts.ts COMPANY_POSSESSIONS, COMPANY_POSSESSION_PHRASES), or its shares or stock
 * moving on a market ("Hollis shares fell 2p", "Marta Kessel's stock rose 5 pct"; SHARE_MOVES). Extraction reads
 * the possessive only for a tagger's span of up to three words with "'s" (extract/entities/employer-contexts.ts);
 * this pass reads the resolved persons, a founder's namesake firm among them (brief's kinds "possessive of
 * products", "shares of", "<Name>'s chief executive"). A person of the document keeps the name: a titled mention
 * of it, or an age or "who" after one ("Marta Kessel, 61, who founded the label"). Reuters bench: see the commit.
 */
import {
  COMPANY_POSSESSION_PHRASES,
  COMPANY_POSSESSIONS,
  SHARE_MOVES,
  SHARE_STATES,
} from "../../lexicon/employer-contexts.js";
import type { Mention } from "../../types.js";
import { withRetypedFirms } from "./retyped-organizations.js";

/** The possessive and the two words after it ("'s chief executive", "' board"), read at the name's end. */
const POSSESSIVE_WORDS = /['’]s?\s+([a-z]+)(?:\s+([a-z]+))?/uy;
/** "shares"/"stock" (after a possessive or not; "common" may come first), then two words, read at the name's end. */
const SHARES_WORDS = /(?:['’]s?)?\s+(?:common\s+)?(?:shares|stock)\s+([a-z]+)(?:\s+([a-z]+))?/uy;

/**
 * Whether the words right after a person mention make it a company's owner. Read in place at the name's end (no
 * slice), and "shares" only after a space and an "s" or a "c": most persons are followed by neither.
 */
function isFirmOwner(text: string, m: Mention): boolean {
  const next = text.charCodeAt(m.end);
  if (next === 39 || next === 0x2019) {
    POSSESSIVE_WORDS.lastIndex = m.end;
    const possessive = POSSESSIVE_WORDS.exec(text);
    if (possessive !== null) {
      const first = possessive[1] as string;
      if (COMPANY_POSSESSIONS.has(first)) return true;
      if (possessive[2] !== undefined && COMPANY_POSSESSION_PHRASES.has(`${first} ${possessive[2]}`))
        return true;
    }
  } else if (next === 32 || next === 10) {
    const c = text.charCodeAt(m.end + 1);
    if (c !== 115 && c !== 99) return false;
  } else return false;
  SHARES_WORDS.lastIndex = m.end;
  const shares = SHARES_WORDS.exec(text);
  if (shares === null) return false;
  const verb = shares[1] as string;
  if (SHARE_MOVES.has(verb)) return true;
  return (verb === "were" || verb === "was") && SHARE_STATES.has(shares[2] ?? "");
}

/**
 * The mentions, in place, with each person the words after one of its mentions make a company's owner, and its
 * untitled namesakes, organizations (the file's comment); a name with a marked person mention stays.
 */
export function withFirmPossessions(text: string, mentions: Mention[]): Mention[] {
  return withRetypedFirms(text, mentions, isFirmOwner);
}
