/**
 * A name the document writes as a company's owner is that company, in every mention: its possessive before a
 * firm's officers, bodies and accounts ("Marta Kessel's chief executive", "Hollis's board", "Hollis's net
 * income"; lexicon/employer-contexts.ts COMPANY_POSSESSIONS, COMPANY_POSSESSION_PHRASES), its stores, goods or
 * accounts when no word of the name is a person's (TRADE_OUTLETS, TRADE_ACCOUNTS: "Tessaro's stores", "Tessaro's
 * profits"), or its shares or stock moving on a market ("Hollis shares fell 2p", "Marta Kessel's stock rose 5
 * pct"; SHARE_MOVES), or its works after "the" ("the Penhallow plant"; FIRM_FACILITIES, session 29). Extraction reads
 * the possessive only for a tagger's span of up to three words with "'s" (extract/entities/employer-contexts.ts);
 * this pass reads the resolved persons, a founder's namesake firm among them (brief's kinds "possessive of
 * products", "shares of", "<Name>'s chief executive"). A person of the document keeps the name: a titled mention
 * of it, or an age or "who" after one ("Marta Kessel, 61, who founded the label"). Reuters bench: see the commit.
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import {
  COMPANY_POSSESSION_PHRASES,
  COMPANY_POSSESSIONS,
  FIRM_FACILITIES,
  SHARE_MOVES,
  SHARE_STATES,
  TRADE_ACCOUNTS,
  TRADE_OUTLETS,
} from "../../lexicon/employer-contexts.js";
import type { Mention } from "../../types.js";
import { isWordOfLongerPerson, withRetypedFirms } from "./retyped-organizations.js";

/** The possessive and the two words after it ("'s chief executive", "' board"), read at the name's end. */
const POSSESSIVE_WORDS = /['’]s?\s+([a-z]+)(?:\s+([a-z]+))?/uy;
/** "shares"/"stock" (after a possessive or not; "common" may come first), then two words, read at the name's end. */
const SHARES_WORDS = /(?:['’]s?)?\s+(?:common\s+)?(?:shares|stock)\s+([a-z]+)(?:\s+([a-z]+))?/uy;

/**
 * Whether the words right after a person mention make it a company's owner. Read in place at the name's end (no
 * slice), and "shares" only after a space and an "s" or a "c": most persons are followed by neither.
 */
export function isFirmOwner(text: string, m: Mention): boolean {
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
 * Whether a person mention's possessive holds a trade's stores (TRADE_OUTLETS: "Tessaro's stores") or, a one-word
 * name's, its accounts or goods (TRADE_ACCOUNTS: "Halvorsen's profits"), and the name is no person's by its words: its first word no known first name ("Dana
 * Whitlow's stores" may be a shopkeeper's, "Adele's sales" a singer's), and no word of a longer person's name of
 * the document ("Ashdale's earnings" beside "Corin Ashdale").
 */
function tradesAsFirm(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  const next = text.charCodeAt(m.end);
  if (next !== 39 && next !== 0x2019) return false;
  POSSESSIVE_WORDS.lastIndex = m.end;
  const noun = POSSESSIVE_WORDS.exec(text)?.[1];
  if (noun === undefined) return false;
  if (!TRADE_OUTLETS.has(noun) && !(TRADE_ACCOUNTS.has(noun) && !/\s/.test(m.text))) return false;
  if (isKnownFirstName(m.text.split(/\s/, 1)[0] as string)) return false;
  return !isWordOfLongerPerson(m, mentions);
}

/** "the" (or "The") right before a name. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
/** A firm's works right after the name ("the Penhallow plant"). */
const FACILITY_AFTER = /\s+([a-z]+)/uy;

/**
 * Whether a one-word person mention is a firm's name before its works ("the Penhallow plant in Hamilton will
 * close": lexicon/employer-contexts.ts FIRM_FACILITIES), and no word of a longer person's name of the document
 * ("the Ashdale mill" beside "Corin Ashdale" may be his family's). Invented probe (s29): a firm whose plant
 * closes listed as a person. Persons only: a plant is named for its town as often ("GM will close the Lordstown
 * plant"), so a place stays one (place-firms.ts does not read this). Reuters bench: 5 records, a firm and 4
 * towns' plants (read as persons before, organizations now: "the Sebree smelter"; one "he" no longer the town's).
 */
function ownsWorks(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  if (/\s/u.test(m.text) || text.charCodeAt(m.end) !== 32) return false;
  FACILITY_AFTER.lastIndex = m.end;
  const noun = FACILITY_AFTER.exec(text)?.[1];
  if (noun === undefined || !FIRM_FACILITIES.has(noun)) return false;
  if (!THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) return false;
  return !isWordOfLongerPerson(m, mentions);
}

/**
 * The mentions, in place, with each person the words after one of its mentions make a company's owner, and its
 * untitled namesakes, organizations (the file's comment); a name with a marked person mention stays.
 */
export function withFirmPossessions(text: string, mentions: Mention[]): Mention[] {
  withRetypedFirms(text, mentions, isFirmOwner);
  withRetypedFirms(text, mentions, (t, m) => ownsWorks(t, m, mentions));
  return withRetypedFirms(text, mentions, (t, m) => tradesAsFirm(t, m, mentions));
}
