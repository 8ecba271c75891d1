/**
 * A person's full name the tagger ran into the organization named before it, in "<role> of the <organization>
 * <name>" ("the head of the Housing Council Marta Lindqvist said"): the organization's last word is one that ends
 * such names (lexicon/organization-suffixes.ts) and a known first name opens the two or three capitalized words
 * after it. Split in two, the organization and the person. Without it the person is lost in an organization
 * (GUM train: one such in news) or listed with the organization's words.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, wordKind } from "../../extract/entities/gazetteer.js";
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

/** An organization or a person of three words or more (a word between two spaces). */
const mayRunOn = (m: Mention): boolean =>
  (m.type === "organization" || m.type === "person") && /\s\S+\s/.test(m.text);

/** The mentions with each such run-on split into its organization and its person. */
export function splitOrganizationRunOns(mentions: Mention[]): Mention[] {
  if (!mentions.some(mayRunOn)) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
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
