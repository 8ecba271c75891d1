/**
 * Evidence that a name the tagger missed or typed as a place or an organization is a person's: the document
 * writes it after a first name or a title, a place that speaks is no government, a company name shortened
 * like a person's, an age in commas after it.
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind } from "../../extract/entities/gazetteer.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { tokenAt } from "../../text/token-at.js";
import {
  isCapitalized,
  isFirstCapitalOnly,
  isInitial,
  isNameShaped,
  isTitleCased,
  startsCapitalThenLower,
} from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";
import { fullNameFinder } from "../names/persons.js";
import { overlapping, type SpeakerContext } from "./context.js";
import { isPersonWord } from "./speaker-name.js";

/**
 * Where the document writes `surname` as a person's: after a first name ("Gail Martell", "Robert di
 * Clemente", "Jean-Rene Fourtou") or after a title or role ("Ms Martell", "chairman Fourtou", "General
 * Manager Loh"). Returns the full name when a first name comes with it, else the surname; null when the
 * document never does.
 */
export function personalUseOf(context: SpeakerContext, surname: string): string | null {
  const tokens = context.tokens;
  let titled = false;
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i] as Token).text !== surname) continue;
    const use = personalUseAt(context, i);
    if (typeof use === "string") return use;
    if (use) titled = true;
  }
  return titled ? surname : null;
}

/**
 * personalUseOf at token `i`, the surname: the full name when a first name comes with it, else whether a title or
 * role comes before it. Apart from personalUseOf's loop over every token: its closures read the loop body's
 * variables, and V8 allocated them as a context at every token (4,000 Reuters documents: 3.2 MB).
 */
function personalUseAt(context: SpeakerContext, i: number): string | boolean {
  const tokens = context.tokens;
  // The capitalized run that the surname ends, at most three words before it.
  let k = i;
  while (k > 0 && i - k < 3) {
    const prev = (tokens[k - 1] as Token).text;
    if (NAME_PARTICLES.has(prev) || (startsCapitalThenLower(prev) && !isPersonWord(prev))) k -= 1;
    else break;
  }
  // Array.from, not map: an optimized map's array is HOLEY, the builtin's packed ("wrong map" deopt below).
  const run = Array.from(tokens.slice(k, i + 1), (t) => t.text);
  const first = run.findIndex(
    (w, j) => j < run.length - 1 && isCapitalized(w) && isKnownFirstName(w, "alone"),
  );
  if (first >= 0) return run.slice(first).join(" ");
  const before = tokens[k - 1];
  // "General Motors": a title that opens an organization's name (as the tagger read it) is none.
  const inOrganization =
    before !== undefined &&
    overlapping(context.mentions, { start: before.start, end: (tokens[i] as Token).end, text: "" }).some(
      (m) => m.type === "organization" && m.start === before.start && m.end >= (tokens[i] as Token).end,
    );
  return before !== undefined && isPersonWord(before.text) && !inOrganization;
}

/** "Rupert B. Tallis" of which the tagger kept "Rupert": the name goes on past a middle initial. */
export function cutAtInitial(name: string, person: Mention): boolean {
  const words = name.split(/\s+/);
  const initial = words.findIndex((w, i) => i > 0 && i < words.length - 1 && isInitial(w));
  return initial > 0 && !person.text.includes(words.at(-1) as string);
}

/** Gazetteer kinds of a place that speaks for its government ("Moscow said", "Ottawa said", "Texas said"). */
const GOVERNMENT_PLACE = Kind.country | Kind.bigCity | Kind.state | Kind.region;

/**
 * "…,” Rivas said" where the tagger typed the one-word name a place: a place speaks only as its government,
 * so a name the gazetteer knows as a surname, or not as any place at all, is a person's. A place known
 * as a city and not as a surname ("Ottawa said") stays the place.
 */
export function speakingPlaceIsPerson(mention: Mention, name: string): boolean {
  if (mention.type !== "place" || mention.text !== name || !isFirstCapitalOnly(name)) return false;
  const kind = gazetteer().phrases.get(name.toLowerCase()) ?? 0;
  if ((kind & GOVERNMENT_PLACE) !== 0) return false;
  return (kind & Kind.lastName) !== 0 || (kind & Kind.city) === 0;
}

/** Gazetteer kinds that make a word an organization's or a place's rather than a first name. */
const NOT_FIRST_NAME = GOVERNMENT_PLACE | Kind.city | Kind.organization | Kind.demonym;

/**
 * "…,” Dauster said" where the tagger typed "Jorio Dauster" and every "Dauster" an organization: a
 * two-word name shortened to its last word is a person's (a company is shortened to its first:
 * "Allegheny International" → "Allegheny"). The two-word name, when the document has one such and its
 * first word is no organization or place word; else null.
 */
export function personShapedOrganization(context: SpeakerContext, surname: string): string | null {
  if (!isNameShaped(surname)) return null;
  const full = new Set<string>();
  for (const m of context.mentions) {
    if (m.type !== "organization") continue;
    const words = m.text.split(/\s+/);
    if (words.length < 2 || words.at(-1) !== surname) continue;
    const first = words.at(-2) as string;
    // "Senate Intelligence Ranking Democrat Dana Roe" typed whole an organization: an office before a known
    // first name and the surname (FIT sample of session 11: two quotes went to the bare surname).
    if (words.length > 2 && !isKnownFirstName(first, "alone")) continue;
    if (!isTitleCased(first) || ORGANIZATION_NOUNS.has(first.toLowerCase())) continue;
    if (((gazetteer().phrases.get(first.toLowerCase()) ?? 0) & NOT_FIRST_NAME) !== 0) continue;
    full.add(`${first} ${surname}`);
  }
  return full.size === 0 ? null : fullNameFinder(full)(surname);
}

/**
 * "… against Valencia Arvelo said:" after a caption run into the text: an organization named once, whose last
 * word is the surname of the one person the document names in full with it ("Luis Arvelo"), is that person.
 */
export function surnameAfterRunIn(context: SpeakerContext, organization: Mention): string | null {
  const words = organization.text.split(/\s+/);
  const surname = words.at(-1) as string;
  if (words.length < 2 || !startsCapitalThenLower(surname)) return null;
  if (context.mentions.some((m) => m !== organization && m.text === organization.text)) return null;
  const full = fullNameFinder([...context.people.keys()].filter((n) => n.includes(" ")))(surname);
  return full?.endsWith(` ${surname}`) ? full : null;
}

/** "Paris, 20, said": an age in commas right after the phrase is said of a person only. */
export function agedAfter(tokens: readonly Token[], end: number): boolean {
  const at = tokenAt(tokens, end);
  return (
    tokens[at]?.text === "," &&
    tokens[at + 1]?.kind === "number" &&
    /^\d{1,3}$/.test(tokens[at + 1]?.text ?? "") &&
    tokens[at + 2]?.text === ","
  );
}
