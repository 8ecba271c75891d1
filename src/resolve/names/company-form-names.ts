/**
 * A name the document also writes with a company's legal form is that firm's short name, not a person: "Hollis
 * Fenwick Plc said profits rose. Hollis Fenwick also said ..." (issue 11: companies listed as people, firms named
 * after their founders). The tagger reads the short name alone as a person, and the one-name-one-type vote
 * (settled-types.ts) compares only equal texts, where the firm's one full mention loses to its many short ones.
 * A person of the document keeps the name: one titled with it ("Mr Fenwick") or aged ("Dale Emerson, 64,", a
 * founder beside his namesake firm), or one whose longer name ends with it ("Boyd Tarrant" beside "Tarrant
 * Group Inc": the lone "Tarrant" may be either). Reuters bench (19,779 documents): 214 records changed; every
 * person lost in the 156 of the FIT three quarters was read by name, the doubtful ones in context: all firms
 * (a carmaker by its one word, firms named by a founder's full name, a firm's first word alone after "<Word>
 * Paper Co", the second word of a two-surname aircraft maker).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { isSpaceCode } from "../../text/runs.js";
import type { Mention } from "../../types.js";
import { companyFormsStart, isCompanyForm, isPartnersAnd } from "./company-form-words.js";
import { isMarkedPerson } from "./person-marks.js";
import { personKey } from "./persons.js";

/**
 * The name before a company's legal forms ("Hollis Fenwick Plc" -> "Hollis Fenwick", "Acme Co, Inc." -> "Acme",
 * "Whitlow and Co" -> "Whitlow"; company-form-words.ts), or null when the name ends with no form or is nothing but
 * forms.
 */
export function nameBeforeCompanyForm(name: string): string | null {
  // The last word first: most organizations end with no form, and are not split (in-process Reuters A/B).
  let at = name.length - 1;
  while (at >= 0 && !isSpaceCode(name.charCodeAt(at))) at--;
  if (at < 0 || !isCompanyForm(name.slice(at + 1))) return null;
  const words = name.split(/\s+/);
  let end = companyFormsStart(words);
  // "Whitlow and Co": the partners' name.
  if (end < words.length && end > 1 && isPartnersAnd(words[end - 1])) end--;
  if (end === words.length || end === 0) return null;
  return words.slice(0, end).join(" ").replace(/,$/, "");
}

/** How near before a firm's mention its founder's name alone keeps the firm's name a person's (characters). */
const FOUNDER_REACH = 150;

/**
 * The names before a legal form of the document's organizations, keyed; null for none. A person's full name (a
 * known first name first) is left out when the document writes the name alone just before the firm (within
 * FOUNDER_REACH, a sentence): the founder beside his firm ("Dana Whitlow announced the purchase of Dana Whitlow
 * and Co", "Dana Whitlow, head of Dana Whitlow and Co,"). Reuters: two founders so; a firm named first by its
 * full name ("Dana Whitlow Co said ... Dana Whitlow") is unaffected.
 */
function firmNames(mentions: readonly Mention[]): Set<string> | null {
  let firms: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "organization") continue;
    const base = nameBeforeCompanyForm(m.text);
    if (base === null) continue;
    const key = personKey(base);
    if (isFoundersFirm(mentions, key, m.start)) continue;
    firms ??= new Set();
    firms.add(key);
  }
  return firms;
}

/**
 * Whether a firm at `at` whose name before its form is keyed `key` is named for a founder the document names just
 * before it: a full name with a known first name, written as a person less than FOUNDER_REACH before.
 */
export function isFoundersFirm(mentions: readonly Mention[], key: string, at: number): boolean {
  const space = key.indexOf(" ");
  return space > 0 && isKnownFirstName(key.slice(0, space)) && isWrittenJustBefore(mentions, key, at);
}

/** Whether a person mention keyed `key` ends less than FOUNDER_REACH before `at`. */
function isWrittenJustBefore(mentions: readonly Mention[], key: string, at: number): boolean {
  for (const m of mentions)
    if (m.type === "person" && m.end <= at && at - m.end < FOUNDER_REACH && personKey(m.text) === key)
      return true;
  return false;
}

/**
 * Whether an untitled person of the mentions is keyed in `keys`: most documents with a firm have no such person,
 * and their persons' names are then not split into the sets below (in-process Reuters A/B).
 */
function hasUntitledPerson(mentions: readonly Mention[], keys: ReadonlySet<string>): boolean {
  for (const m of mentions)
    if (m.type === "person" && m.title === undefined && keys.has(personKey(m.text))) return true;
  return false;
}

function retype(m: Mention): void {
  m.type = "organization";
  m.entity = m.text;
}

/**
 * The mentions, in place, with each untitled person whose name an organization of the document carries before its
 * legal form retyped as an organization named as written, unless a person of the document bears the name: a
 * marked mention of it (isMarkedPerson), or a longer person's name ending with it.
 */
export function withCompanyFormNames(mentions: Mention[], text: string): Mention[] {
  const firms = firmNames(mentions);
  if (firms === null || !hasUntitledPerson(mentions, firms)) return mentions;
  const personal = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const key = personKey(m.text);
    if (isMarkedPerson(m, text)) personal.add(key);
    const words = key.split(" ");
    for (let i = 1; i < words.length; i++) personal.add(words.slice(i).join(" "));
  }
  for (const m of mentions)
    if (m.type === "person" && m.title === undefined) {
      const key = personKey(m.text);
      if (firms.has(key) && !personal.has(key)) retype(m);
    }
  return mentions;
}

/**
 * The mentions, in place, with the first or last word alone of a firm's name of two words or more that the
 * document writes with its legal form ("Keswin Paper Co" ... "Keswin has raised prices") retyped as an
 * organization, unless a person's name of the document holds the word or a mention of it is marked. Run after
 * the one-word persons are settled (one-word-persons.ts), so that a word it drops as none ("Bank debt") stays
 * dropped.
 */
export function withCompanyFormShortNames(mentions: Mention[], text: string): Mention[] {
  const firms = firmNames(mentions);
  if (firms === null) return mentions;
  const shortNames = new Set<string>();
  for (const firm of firms) {
    const words = firm.split(" ");
    if (words.length < 2) continue;
    shortNames.add(words[0] as string);
    shortNames.add(words[words.length - 1] as string);
  }
  if (shortNames.size === 0 || !hasUntitledPerson(mentions, shortNames)) return mentions;
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const key = personKey(m.text);
    if (isMarkedPerson(m, text)) shortNames.delete(key);
    if (key.includes(" ")) for (const word of key.split(" ")) shortNames.delete(word);
  }
  for (const m of mentions)
    if (m.type === "person" && m.title === undefined && shortNames.has(personKey(m.text))) retype(m);
  return mentions;
}
