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
  ORGANIZATION_SUFFIXES,
  PLACE_SUFFIXES,
  THING_SUFFIXES,
  VENUE_WORDS,
} from "../../lexicon/organization-suffixes.js";
import type { Mention } from "../../types.js";

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;

/** A word that may close a person's name: no word that ends a firm's or a place's name, no dictionary word. */
function closesName(word: string): boolean {
  const key = word.toLowerCase();
  if (
    ORGANIZATION_SUFFIXES.has(key) ||
    PLACE_SUFFIXES.has(key) ||
    THING_SUFFIXES.has(key) ||
    VENUE_WORDS.has(key)
  )
    return false;
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
 * named with their firm) ends its person's name (a character offset into the text), or -1: two words, a known first
 * name and a word that closes a name, then "of" and a capitalized word.
 */
function personBeforeOf(text: string): number {
  const match = /^(\p{Lu}[\p{L}'’-]+) (\p{Lu}[\p{L}'’-]+) of \p{Lu}/u.exec(text);
  if (match === null) return -1;
  const [, first, last] = match as unknown as [string, string, string];
  if (!isKnownFirstName(first) || !closesName(last)) return -1;
  const gaz = gazetteer();
  if (((gaz.phrases.get(first.toLowerCase()) ?? 0) & NOT_A_FIRST_WORD) !== 0) return -1;
  // A firm of a place ("Morgan Stanley of New York"): a founder's name before a place is the firm's.
  const rest = text.slice(match[0].length - 1).toLowerCase();
  if (((gaz.phrases.get(rest) ?? 0) & PLACE_KINDS) !== 0) return -1;
  return first.length + 1 + last.length;
}

/** A first word that is also a title, a place or a firm's ("Duke", "Paris", "Apple") opens no such person. */
const NOT_A_FIRST_WORD = Kind.title | Kind.organization | Kind.country | Kind.city | Kind.state | Kind.region;

/** An organization or a person of three words or more (a word between two spaces). */
const mayRunOn = (m: Mention): boolean =>
  (m.type === "organization" || m.type === "person") && /\s\S+\s/.test(m.text);

/** The mentions with each such run-on split into its organization and its person. */
export function splitOrganizationRunOns(mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.type !== "country" && m.type !== "demonym" && /\s\S+\s/.test(m.text)))
    return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    // The tagger reads such a run-on as a firm or a place ("Orin Kessler of Salem Mutual").
    const nameEnd = m.type === "organization" || m.type === "place" ? personBeforeOf(m.text) : -1;
    if (nameEnd > 0) {
      const orgAt = nameEnd + " of ".length;
      out.push(mentionAt(m.start, m.start + nameEnd, m.text.slice(0, nameEnd), "person"));
      out.push(mentionAt(m.start + orgAt, m.end, m.text.slice(orgAt), "organization"));
      continue;
    }
    // Fewer than three words split nothing: no list of a mention's words is made for them (most mentions).
    if (!mayRunOn(m)) {
      out.push(m);
      continue;
    }
    const found = Array.from(m.text.matchAll(/\S+/g), (w) => ({ text: w[0], at: w.index ?? 0 }));
    const k = found.length < 3 ? -1 : personStart(found.map((w) => w.text));
    if (k < 0) {
      out.push(m);
      continue;
    }
    const head = found[k - 1] as { text: string; at: number };
    const headEnd = head.at + head.text.length;
    const personAt = (found[k] as { at: number }).at;
    out.push(mentionAt(m.start, m.start + headEnd, m.text.slice(0, headEnd), "organization"));
    out.push(mentionAt(m.start + personAt, m.end, m.text.slice(personAt), "person"));
  }
  return out;
}
