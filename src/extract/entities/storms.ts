/**
 * Storms' names: "Hurricane Orla", "Tropical Storm Orla", and the given name written alone later ("Orla made
 * landfall"). A storm is no person, organization or place: the tagger reads its given name as a person's (a
 * first name, capitalized, beside verbs people take), and resolve/names used to drop only the mentions with the
 * storm's word before them. GUM dev: 5 false persons (the storm's word with the name, the name alone, the word
 * alone).
 */
import { STORM_WORDS } from "../../lexicon/event-names.js";
import { PLACE_SUFFIXES, VENUE_WORDS } from "../../lexicon/place-suffixes.js";
import { isLetterCode, runStartBefore } from "../../text/runs.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Mention } from "../../types.js";

/**
 * The words a document must hold one of for withoutStorms to find a storm in it (sentence-cues.ts skips the others):
 * every word of a storm's word ("tropical storm"), matched whole or as a part of a hyphened word ("super-typhoon").
 */
export const STORM_CUES: readonly Iterable<string>[] = [STORM_WORDS];

/**
 * Whether the letters right before `end` (back to `from` at most) are a capitalized word; false when none are, true
 * at a surrogate (a letter outside the BMP: the regex decides).
 */
function capitalizedWordBefore(text: string, end: number, from: number): boolean {
  const k = runStartBefore(text, end, from, isLetterCode);
  const code = text.charCodeAt(k - 1);
  if (k > from && code >= 0xd800 && code <= 0xdfff) return true;
  if (k === end) return false;
  // isCapitalized's ASCII test on the code, without the word's slice.
  const first = text.charCodeAt(k);
  return first < 128 ? first >= 65 && first <= 90 : isCapitalized(text.slice(k, end));
}

/** A storm's given name: after "Hurricane" or "Tropical Storm", or holding it ("Cyclone Orla"). */
export function isStormName(text: string, m: Mention): boolean {
  // The name's first word only, and the words before it only after a space (no split, no slice for the others).
  const lower = m.text.toLowerCase();
  const space = lower.search(/\s/);
  if (space >= 0 && STORM_WORDS.has(lower.slice(0, space))) return true;
  if (text.charCodeAt(m.start - 1) !== 32) return false;
  // The regex's last word must be capitalized: its first letter, read back before the regex and its slice, which
  // ran for every person mention after a space (0.4% of a cold --jobs 1 profile), most after a lower-case word.
  if (!capitalizedWordBefore(text, m.start - 1, Math.max(0, m.start - 30))) return false;
  const before = /(?:^|\s)((?:\p{L}+[ -])?(\p{L}+)) $/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (before === null || !isCapitalized(before[2] as string)) return false;
  return (
    STORM_WORDS.has((before[1] as string).toLowerCase()) ||
    STORM_WORDS.has((before[2] as string).toLowerCase())
  );
}

/** A place read with a storm's word ("Hurricane Florence"), whose last word is no place's ("Storm Lake"). */
function isStormPlace(text: string, m: Mention): boolean {
  const last = m.text.slice(m.text.lastIndexOf(" ") + 1).toLowerCase();
  return !PLACE_SUFFIXES.has(last) && !VENUE_WORDS.has(last) && isStormName(text, m);
}

/**
 * Drops the document's storm names from its person and organization mentions: a name with the storm's word, the
 * storm's word read alone as a name ("Cyclone"; not "Storm", also a given name), and every mention of the given
 * name alone. A titled mention is a person's ("Mr Orla"). A place with the storm's word is the storm too
 * ("Hurricane Florence": the gazetteer's Italian city), but only that mention: a storm's given name written alone
 * may be the town it hit ("Florence, S.C."), and a place word after it keeps a town ("Storm Lake").
 */
export function withoutStorms(text: string, mentions: Mention[]): void {
  const given = new Set<string>();
  // The mentions found to be storms' names in the first loop, so that the second asks isStormName of none again.
  let named: Set<Mention> | null = null;
  for (const m of mentions) {
    if (m.type === "place") {
      if (!isStormPlace(text, m)) continue;
      named ??= new Set();
      named.add(m);
      continue;
    }
    if (m.type !== "person" && m.type !== "organization") continue;
    if (!isStormName(text, m)) continue;
    named ??= new Set();
    named.add(m);
    const words = m.text.split(/\s+/);
    given.add((words[words.length - 1] as string).toLowerCase());
  }
  const isStorm = (m: Mention): boolean => {
    if (named?.has(m) === true) return true;
    const lower = m.text.toLowerCase();
    return (lower !== "storm" && STORM_WORDS.has(lower)) || given.has(lower);
  };
  let kept = 0;
  for (const m of mentions) {
    if (m.type === "place" && named?.has(m) === true) continue;
    if ((m.type === "person" || m.type === "organization") && m.title === undefined && isStorm(m)) continue;
    mentions[kept++] = m;
  }
  mentions.length = kept;
}
