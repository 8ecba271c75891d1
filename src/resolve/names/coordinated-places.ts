/**
 * A name the tagger read as a person, listed among places ("Sioux Lookout, Kenora and Moosonee"): a town among towns.
 * A list is three mentions or more one after another with only ", ", " and ", " or " or ", and " between them; it must
 * hold two places or more, no organization, and an "and" or an "or" (a list, not a string of appositions; "Kenora or
 * Sioux Lookout" alone is too little to go on). Only an untitled name whose first word no first-name list knows, a
 * one-word name no surname list knows either, and that no person of the document bears in a longer name. Session 32
 * probe (an invented Canadian Press story on northern Ontario libraries): "Sioux Lookout" listed as a person beside
 * two towns; local news lists towns so.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, wordKind } from "../../extract/entities/gazetteer.js";
import type { Mention } from "../../types.js";
import { withNamesRetyped } from "./retyped-organizations.js";

/** Between two listed names: a comma, "and" or "or", or both. */
const LIST_GAP = /^(?:,|,? (?:and|or)) $/u;
/** Between two listed names with a coordination. */
const COORDINATED_GAP = /^,? (?:and|or) $/u;

/** Whether the untitled person `m` may be a town: its name no person's by the lists (the file's comment). */
function mayBeTown(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  const words = m.text.split(" ");
  if (m.title !== undefined || m.text.includes(".") || isKnownFirstName(words[0] as string)) return false;
  // A possessive is an owner's: "in Bluffton, Ohio, and Pemberton's shop" (tests/people-place-lists.test.ts).
  if (/^['’]s?(?![\p{L}])/u.test(text.slice(m.end, m.end + 3))) return false;
  if (words.length === 1) {
    const key = m.text.toLowerCase();
    const gaz = gazetteer();
    if ((wordKind(key) & Kind.lastName) !== 0 || gaz.ordinaryWords.has(key) || gaz.commonWords.has(key))
      return false;
  }
  return !mentions.some(
    (other) => other !== m && other.type === "person" && other.text !== m.text && other.text.includes(m.text),
  );
}

/** The mentions, in place, with each such person a place named as written, and its namesakes. */
export function withCoordinatedPlaces(text: string, mentions: Mention[]): Mention[] {
  let towns: Set<string> | null = null;
  for (let start = 0; start < mentions.length; ) {
    // The list that starts at `start`: its mentions up to the first gap that is no list's.
    let end = start + 1;
    let coordinated = false;
    while (end < mentions.length) {
      const gap = text.slice((mentions[end - 1] as Mention).end, (mentions[end] as Mention).start);
      if (gap.length > 6 || !LIST_GAP.test(gap)) break;
      coordinated ||= COORDINATED_GAP.test(gap);
      end++;
    }
    if (end - start >= 3 && coordinated) {
      const items = mentions.slice(start, end);
      const places = items.filter((m) => m.type === "place" || m.type === "country").length;
      if (places >= 2 && !items.some((m) => m.type === "organization"))
        for (const m of items)
          if (m.type === "person" && mayBeTown(text, m, mentions)) {
            towns ??= new Set();
            towns.add(m.text);
          }
    }
    start = end;
  }
  return towns === null ? mentions : withNamesRetyped(mentions, towns, "place");
}
