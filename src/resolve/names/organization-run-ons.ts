/**
 * A person's full name the tagger ran into the organization named before it, in "<role> of the <organization>
 * <name>" ("the head of the Housing Council Marta Lindqvist said"): the organization's last word is one that ends
 * such names (lexicon/organization-suffixes.ts) and a known first name opens the two or three capitalized words
 * after it. Split in two, the organization and the person. Without it the person is lost in an organization
 * (GUM train: one such in news) or listed with the organization's words. Also "<name> of <firm>" read as one firm
 * or place ("Orin Kessler of Salem Mutual" in a list of donors; FIT sample, session 11: 1 person found; Reuters
 * bench: 2 records, two analysts found, no firm lost).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, PLACE_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import { mentionAt } from "../../extract/mention.js";
import {
  COMPANY_FORMS,
  endsInstitutionName,
  endsOtherName,
  ORGANIZATION_SUFFIXES,
} from "../../lexicon/organization-suffixes.js";
import { singleSpaced } from "../../text/spacing.js";
import type { Mention } from "../../types.js";
import { isDictionaryWord } from "./name-contexts.js";

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;

/** A word that may close a person's name: no word that ends a firm's or a place's name, no dictionary word. */
function closesName(word: string): boolean {
  const key = word.toLowerCase();
  if (endsOtherName(key)) return false;
  return (wordKind(word) & Kind.lastName) !== 0 || !gazetteer().ordinaryWords.has(key);
}

/** Where the person's name starts in `m` (an index into its words), or -1. */
function personStart(words: readonly string[]): number {
  for (let k = Math.max(1, words.length - 3); k <= words.length - 2; k++) {
    const tail = words.slice(k);
    // Not after a company's form: "Acme AG Brown Roe und Cie" (on the Reuters bench) is one firm's name.
    const before = (words[k - 1] as string).toLowerCase();
    if (!ORGANIZATION_SUFFIXES.has(before) || COMPANY_FORMS.has(before)) continue;
    if (!isKnownFirstName(words[k] as string) || !tail.every((w) => NAME_WORD.test(w))) continue;
    if (closesName(tail[tail.length - 1] as string)) return k;
  }
  return -1;
}

/**
 * Where "<first name> <surname> of <organization>" ("Nell Haddad of Brightwater Capital", in a list of donors each
 * named with their firm) ends its person's name and starts its organization's (character offsets into the text),
 * or null: two words, a known first name and a word that closes a name, then "of" and a capitalized word. Before
 * "of the" an unknown first name will do if it is no dictionary word ("Siva Anandaciva of the Health Foundation
 * said", session 40 probe; "Gene Kimmelman of the Consumer Federation of America", Reuters): a firm named for
 * its founders is "of" a place without "the" ("Morgan Stanley of New York").
 */
function personBeforeOf(text: string): { nameEnd: number; orgAt: number } | null {
  const match = /^(\p{Lu}[\p{L}'’-]+) (\p{Lu}[\p{L}'’-]+) of (the )?\p{Lu}/u.exec(text);
  if (match === null) return null;
  const [, first, last, article] = match as unknown as [string, string, string, string | undefined];
  if (!closesName(last)) return null;
  const gaz = gazetteer();
  const firstKinds = gaz.phrases.get(first.toLowerCase()) ?? 0;
  if ((firstKinds & NOT_A_FIRST_WORD) !== 0) return null;
  const knownFirst = isKnownFirstName(first);
  // (An institution's name after it, not a firm's legal one: "Central Bancshares of the South Inc" (Reuters), nor
  // an award's, "the Budweiser Man of the Match award" (GUM train); no dictionary word in the name.)
  const institution = endsInstitutionName((text.split(/\s+/).at(-1) as string).toLowerCase());
  if (
    !knownFirst &&
    (article === undefined ||
      !institution ||
      isDictionaryWord(first) ||
      isDictionaryWord(last) ||
      (firstKinds & Kind.lastName) !== 0)
  )
    return null;
  if (((gaz.phrases.get(`${first} ${last}`.toLowerCase()) ?? 0) & Kind.organization) !== 0) return null;
  // A firm of a place ("Morgan Stanley of New York"): a founder's name before a place is the firm's.
  const rest = text.slice(match[0].length - 1).toLowerCase();
  if (((gaz.phrases.get(rest) ?? 0) & PLACE_KINDS) !== 0) return null;
  const nameEnd = first.length + 1 + last.length;
  return { nameEnd, orgAt: nameEnd + " of ".length + (article?.length ?? 0) };
}

/** A first word that is also a title, a place or a firm's ("Duke", "Paris", "Apple") opens no such person. */
const NOT_A_FIRST_WORD = Kind.title | Kind.organization | Kind.country | Kind.city | Kind.state | Kind.region;

/** An organization or a person of three words or more (a word between two spaces). */
const mayRunOn = (m: Mention): boolean =>
  (m.type === "organization" || m.type === "person") && /\s\S+\s/.test(m.text);

/**
 * Where the person's name starts in an organization or place span that runs a caption's or a list's subject into
 * the team, firm or place named before it ("Northfield Rovers Dana Whitlow is set to return", "Lakeside Ruth Kessler
 * missed the game"): the words before a known first name and one more name word are a name the document writes
 * alone as an organization, place or country (`heads`), the second word is a surname the document writes in a
 * person's name (`surnames`: the tagger's person mentions), and the two words are no firm's name. On the Reuters
 * bench, without the surname, firms' names went to people ("Acme Brown Boveri", "Acme Benson Ltd").
 * Session 12 FIT sample: 2 such people in a match preview, and more lost into clubs and places elsewhere.
 */
function personAfterKnownHead(
  words: readonly string[],
  heads: ReadonlySet<string>,
  surnames: ReadonlySet<string>,
): number {
  const k = words.length - 2;
  if (k < 1 || !heads.has(words.slice(0, k).join(" ").toLowerCase())) return -1;
  const first = words[k] as string;
  const last = words[k + 1] as string;
  if (!surnames.has(last.toLowerCase())) return -1;
  if (!isKnownFirstName(first) || !NAME_WORD.test(first) || !NAME_WORD.test(last) || !closesName(last))
    return -1;
  const gaz = gazetteer();
  if (((gaz.phrases.get(first.toLowerCase()) ?? 0) & NOT_A_FIRST_WORD) !== 0) return -1;
  if (((gaz.phrases.get(`${first} ${last}`.toLowerCase()) ?? 0) & Kind.organization) !== 0) return -1;
  return COMPANY_FORMS.has((words[k - 1] as string).toLowerCase()) ? -1 : k;
}

/** The lower-cased last words of the tagger's person mentions. */
function personLastWords(mentions: readonly Mention[]): Set<string> {
  const words = new Set<string>();
  for (const m of mentions)
    if (m.type === "person") words.add((m.text.split(/\s+/).pop() as string).toLowerCase());
  return words;
}

/** The lower-cased names the document writes as organizations, places or countries of their own. */
function headNames(mentions: readonly Mention[]): Set<string> {
  const heads = new Set<string>();
  for (const m of mentions)
    if (m.type === "organization" || m.type === "place" || m.type === "country")
      heads.add(singleSpaced(m.text).toLowerCase());
  return heads;
}

/** The mentions with each such run-on split into its organization and its person. */
export function splitOrganizationRunOns(mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.type !== "country" && m.type !== "demonym" && /\s\S+\s/.test(m.text)))
    return mentions;
  let heads: Set<string> | null = null;
  let surnames: Set<string> | null = null;
  const out: Mention[] = [];
  for (const m of mentions) {
    // The tagger reads such a run-on as a firm or a place ("Orin Kessler of Salem Mutual").
    const split = m.type === "organization" || m.type === "place" ? personBeforeOf(m.text) : null;
    if (split !== null) {
      const { nameEnd, orgAt } = split;
      out.push(mentionAt(m.start, m.start + nameEnd, m.text.slice(0, nameEnd), "person"));
      out.push(mentionAt(m.start + orgAt, m.end, m.text.slice(orgAt), "organization"));
      continue;
    }
    // Fewer than three words split nothing: no list of a mention's words is made for them (most mentions).
    if (!mayRunOn(m)) {
      out.push(m);
      continue;
    }
    // An exec loop, not matchAll: matchAll clones the pattern through its species constructor and made an
    // iterator per mention (this line held 98 of splitOrganizationRunOns' 151 samples in a Reuters profile).
    const found: { text: string; at: number }[] = [];
    const word = /\S+/g;
    for (let w = word.exec(m.text); w !== null; w = word.exec(m.text))
      found.push({ text: w[0], at: w.index });
    // Pushed, not mapped: map's array is HOLEY once this function is optimized ("wrong map" in personStart).
    const texts: string[] = [];
    for (const w of found) texts.push(w.text);
    let k = found.length < 3 ? -1 : personStart(texts);
    // A head the document names alone keeps its type (a club, a town); an organization's word makes a firm.
    let headType: Mention["type"] = "organization";
    if (k < 0 && found.length >= 3 && m.type !== "person") {
      heads ??= headNames(mentions);
      surnames ??= personLastWords(mentions);
      k = personAfterKnownHead(texts, heads, surnames);
      headType = m.type;
    }
    if (k < 0) {
      out.push(m);
      continue;
    }
    const head = found[k - 1] as { text: string; at: number };
    const headEnd = head.at + head.text.length;
    const personAt = (found[k] as { at: number }).at;
    out.push(mentionAt(m.start, m.start + headEnd, m.text.slice(0, headEnd), headType));
    out.push(mentionAt(m.start + personAt, m.end, m.text.slice(personAt), "person"));
  }
  return out;
}
