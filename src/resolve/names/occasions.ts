/**
 * Person mentions that are a holiday's name, a storm's given name or "God" in an exclamation: no person the text is
 * about. Read by named-things.ts, which leaves them out of the document's people.
 */
import { HOLIDAYS, STORM_WORDS } from "../../lexicon/event-names.js";
import { DEITY_WORDS, EXCLAMATION_AFTER, EXCLAMATION_BEFORE } from "../../lexicon/exclamations.js";
import { isLetterCode, runStartBefore } from "../../text/runs.js";
import { singleSpaced } from "../../text/spacing.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Mention } from "../../types.js";

/**
 * What a holiday's name holds after each of its spaces ("day" and "friday" of "canada day", "good friday"): a
 * name that is none of these ends no holiday, and needs no words before it (isHoliday ran its split and its
 * two joined, lower-cased keys for every person mention: 0.39% of a cold --jobs 1 profile).
 */
const HOLIDAY_TAILS: ReadonlySet<string> = new Set(
  [...HOLIDAYS].flatMap((holiday) =>
    [...holiday.matchAll(/ /g)].map((space) => holiday.slice((space.index as number) + 1)),
  ),
);

/** A holiday's name or its end ("Diwali", "Day" of "Canada Day" when the tagger read "Canada" apart). */
export function isHoliday(text: string, m: Mention): boolean {
  const name = singleSpaced(m.text.toLowerCase());
  if (HOLIDAYS.has(name)) return true;
  if (!HOLIDAY_TAILS.has(name)) return false;
  const before = text.slice(Math.max(0, m.start - 30), m.start).split(/\s+/);
  const one = `${before.at(-2) ?? ""} ${name}`.toLowerCase();
  const two = `${before.at(-3) ?? ""} ${one}`.toLowerCase();
  return before.at(-1) === "" && (HOLIDAYS.has(one) || HOLIDAYS.has(two));
}

/**
 * "God" in an exclamation or set phrase ("oh my God", "thank God", "God bless", "for God's sake"). GUM dev+train:
 * 4 wrong entries gone, no right one.
 */
export function isExclamation(text: string, m: Mention): boolean {
  if (!DEITY_WORDS.has(m.text.toLowerCase())) return false;
  const before = text
    .slice(Math.max(0, m.start - 16), m.start)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const after = /^(?:['’]s\s+(sake)|\s+(\p{L}+))/u.exec(text.slice(m.end, m.end + 16).toLowerCase());
  const one = before.at(-1) ?? "";
  const spaced = /\s/.test(text[m.start - 1] ?? "");
  if (spaced && (EXCLAMATION_BEFORE.has(one) || EXCLAMATION_BEFORE.has(`${before.at(-2) ?? ""} ${one}`)))
    return true;
  if (spaced && one === "for" && after?.[1] === "sake") return true;
  return after?.[2] !== undefined && EXCLAMATION_AFTER.has(after[2]);
}

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

/** A storm's given name: after "Hurricane" or "Tropical Storm", or holding it ("Cyclone Phailin"). */
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
