/**
 * A one-word name the tagger read as a place, that the gazetteer does not know as one, is a firm in every mention
 * when one of its mentions is spoken of as a firm: an apposition calls it one ("Thornbury, the Ottawa-based
 * software maker,": appositive-organizations.ts), it says "it" of itself ("Aldridge said it would close its
 * mill": firm-statements.ts), or it owns a firm's board, officers or shares ("Aldridge's chief executive",
 * "Aldridge shares fell": firm-possessions.ts), or it is listed between firms ("Lanford Mills, Orrin and Castlebay
 * Holdings": company-lists.ts, which reads persons so). The firm rules before read persons only; a firm named for a town
 * or a family ("Pemberton", "Garrison") is read as a place as often (issue 11, session 28: of 16 invented firms
 * with no legal form, 4 were listed as places, their quotes given to a person of that name). A place the gazetteer
 * knows stays one ("Ontario said it would raise taxes": its government), and a name's deeds with "its" are not
 * read here: a town widens its roads. The name's untitled person mentions follow (one name, one thing in a
 * document), unless one carries a person's mark (person-marks.ts). Reuters bench (`annotate`, with "<place>-based"
 * nouns and type-votes.ts' firm-starts guard), 98 records change, all read: 80 better (oil firms, a carmaker,
 * agencies, a drugmaker's shares; brokers in underwriters' lists), 14 neither (a
 * firm's canonical spelling, a ship, a brand), 4 worse (a region's row in a table read as the savings bank of its
 * name; a firm's place read as its person by the corpus vote; a firm's name split at its place; a person listed
 * with a relative read as a firm).
 */
import { PLACE_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import { US_STATE_ABBREVIATIONS } from "../../lexicon/us-states.js";
import type { Mention } from "../../types.js";
import { isCalledABody } from "./appositive-organizations.js";
import { isListedWithCompanies } from "./company-lists.js";
import { isFirmOwner } from "./firm-possessions.js";
import { saysItOfItself } from "./firm-statements.js";
import { isMarkedPerson } from "./person-marks.js";

/** A US state's abbreviation with or without its stop ("Okla", "N.J."), as lists of towns and states write it. */
const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  US_STATE_ABBREVIATIONS.map((abbreviation) => abbreviation.replace(/\.$/u, "")),
);

/**
 * A one-word place the gazetteer does not know: the names this pass may read as firms. Not an abbreviation with
 * stops ("S.A.", "N.A." cut from a bank's name) nor a state's ("<Town>, Okla, and ...": Reuters bench, first
 * version, 3 records a state read as a firm between two firms).
 */
function isUnknownPlace(m: Mention): boolean {
  return (
    m.type === "place" &&
    !/[\s.]/u.test(m.text) &&
    !STATE_ABBREVIATIONS.has(m.text) &&
    (wordKind(m.text) & PLACE_KINDS) === 0
  );
}

/** Whether a mention's words call it a firm: an apposition, a statement of itself, a firm's possessions. */
function isSpokenOfAsFirm(text: string, m: Mention): boolean {
  return isCalledABody(text, m) || saysItOfItself(text, m) || isFirmOwner(text, m);
}

/**
 * The mentions, in place, with each unknown place (isUnknownPlace) one of whose mentions, as a place or as an
 * organization ("Garrowby" a place, then "Garrowby's chief executive" read as a firm), is spoken of as a firm,
 * and its namesakes, organizations.
 */
export function withPlaceFirms(text: string, mentions: Mention[]): Mention[] {
  let places: Set<string> | null = null;
  for (const m of mentions) {
    if (!isUnknownPlace(m)) continue;
    places ??= new Set();
    places.add(m.text);
  }
  if (places === null) return mentions;
  let names: Set<string> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "place" && m.type !== "organization") continue;
    if (!places.has(m.text)) continue;
    // Listed among firms ("Lanford Mills, Orrin and Castlebay Holdings"): company-lists.ts reads persons so.
    if (!isSpokenOfAsFirm(text, m) && !(m.type === "place" && isListedWithCompanies(text, mentions, i)))
      continue;
    names ??= new Set();
    names.add(m.text);
  }
  if (names === null) return mentions;
  for (const m of mentions)
    if (m.type === "person" && names.has(m.text) && isMarkedPerson(m, text)) names.delete(m.text);
  for (const m of mentions)
    if (names.has(m.text) && (m.type === "place" || (m.type === "person" && m.title === undefined))) {
      m.type = "organization";
      m.entity = m.text;
    }
  return mentions;
}
