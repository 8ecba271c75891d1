/**
 * A one-word name in a chain of partners' names that ends a firm's name is a partner of the firm, not a person:
 * "led by Pellow, Garth and Tunbridge Inc", "Hoyle, Wendt, Lasalle, Fenner Inc", "its Harlan and Pettigrew
 * unit", a law firm "Harlow, Fenwick & Stoat LLP". The tagger reads the firm from its last partner on and
 * leaves the first ones as people. The chain: capitalized single words joined by commas, "and" or "&", then a
 * company's legal form ("Inc", "LLP"; "Co" only before another form: "Okafor, Ruddock and Co" is sport's slang) or
 * a firm's part ("subsidiary", "unit"). Brief's kind "<Surname> & <Surname>"; last session left the comma
 * chains. Reuters bench: 4 of the 41 wrong persons of a 160-person sample had this shape (3 end in a form).
 */
import { singleSpaced } from "../../text/spacing.js";
import type { Mention } from "../../types.js";
import { isMarkedPerson } from "./person-marks.js";
import { withNamesRetyped } from "./retyped-organizations.js";

/** A partner: one or two capitalized words ("O'Keefe", "Hewlett-Packard", "Smith Barney"). */
const PARTNER = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?`;
/** What ends a firm's name after its partners. */
const FIRM_END = String.raw`(?:Inc\.?|Corp\.?|LLP|LLC|Ltd\.?|Plc|PLC|Co\.?,? (?:Inc|Ltd|Corp|LLC)\.?|subsidiary|subsidiaries|unit|division|affiliate)(?![\p{L}])`;
/** Between partners: a comma, "and" or "&" (", and" too). */
const JOIN = "(?:, (?:(?:and|&) )?|,? (?:and|&) )";
/** After a partner: more partners, each after a join, then the firm's end. */
const CHAIN_AFTER = new RegExp(`^(?:${JOIN}${PARTNER})+,? ${FIRM_END}`, "u");
/** The last partner: right after a partner and "and"/"&", right before the firm's end. */
const AND_BEFORE = /\p{Lu}[\p{L}'’-]*,? (?:and|&) $/u;
const FIRM_END_AFTER = new RegExp(`^ ${FIRM_END}`, "u");
/** The first letters of FIRM_END's words: I(nc), C(orp, Co), L(LP, LLC, td), P(lc, LC), s(ubsidiary), u(nit), d(ivision), a(ffiliate). */
const FIRM_END_START: ReadonlySet<number> = new Set([..."ICLPsuda"].map((c) => c.charCodeAt(0)));

/** Whether a one-word person mention is a partner in a chain that ends a firm's name (the file's comment). */
function isFirmPartner(text: string, m: Mention): boolean {
  if (m.text.includes(" ") || m.text.includes("\n")) return false;
  const next = text.charCodeAt(m.end);
  // A comma, or a space and "and", "&" or the firm's end: most persons are followed by neither (the slices below
  // are made only then; in-process Reuters A/B).
  let chain = next === 44;
  if (next === 32 || next === 10) {
    const c = text.charCodeAt(m.end + 1);
    chain = c === 97 || c === 38;
    if (!chain && !FIRM_END_START.has(c)) return false;
  } else if (!chain) return false;
  const after = singleSpaced(text.slice(m.end, m.end + 120));
  if (chain && CHAIN_AFTER.test(after)) return true;
  return (
    FIRM_END_AFTER.test(after) &&
    AND_BEFORE.test(singleSpaced(text.slice(Math.max(0, m.start - 40), m.start)))
  );
}

/**
 * The mentions, in place, with each firm's partner named like a person, and its untitled namesakes,
 * organizations (the file's comment); not a word that ends a longer person's name of the document or a
 * marked person's ("Whitlow, Okafor and Acme Corp signed" after "Dana Whitlow": the surname may be hers).
 */
export function withPartnerChains(text: string, mentions: Mention[]): Mention[] {
  let partners: Set<string> | null = null;
  for (const m of mentions)
    if (m.type === "person" && m.title === undefined && isFirmPartner(text, m)) {
      partners ??= new Set();
      partners.add(m.text);
    }
  if (partners === null) return mentions;
  for (const m of mentions) {
    if (m.type !== "person") continue;
    if (isMarkedPerson(m, text)) partners.delete(m.text);
    const words = m.text.split(/\s+/);
    if (words.length > 1) partners.delete(words[words.length - 1] as string);
  }
  return withNamesRetyped(mentions, partners);
}
