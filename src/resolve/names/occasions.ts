/**
 * Person mentions that are a holiday's name or "God" in an exclamation: no person the text is
 * about; and a holiday's name read as a place or a firm (isHolidayRead). Read by named-things.ts, which leaves them out of the document's people. Storms' names: extraction
 * (extract/entities/storms.ts), which drops them before naming; named-things.ts asks its test too.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { HOLIDAYS } from "../../lexicon/event-names.js";
import { DEITY_WORDS, EXCLAMATION_AFTER, EXCLAMATION_BEFORE } from "../../lexicon/exclamations.js";
import { singleSpaced } from "../../text/spacing.js";
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

/**
 * A one-word name right before " Day" ("Bastille Day", "Anzac Day", "Columbus Day"), untitled and no known first
 * name ("Doris Day" is a person): a day named for it, which the tagger cut from its "Day" (session 32, a PolNeAR
 * train headline "Suspected Terror on Bastille Day" listed a person).
 */
function isDayOf(text: string, m: Mention): boolean {
  if (m.title !== undefined || /\s/u.test(m.text) || !text.startsWith(" Day", m.end)) return false;
  return !/[\p{L}\d]/u.test(text.charAt(m.end + 4)) && !isKnownFirstName(m.text);
}

/** A holiday's name or its end ("Diwali", "Day" of "Canada Day" when the tagger read "Canada" apart). */
export function isHoliday(text: string, m: Mention): boolean {
  const name = singleSpaced(m.text.toLowerCase());
  if (HOLIDAYS.has(name)) return true;
  if (isDayOf(text, m)) return true;
  if (!HOLIDAY_TAILS.has(name)) return false;
  const before = text.slice(Math.max(0, m.start - 30), m.start).split(/\s+/);
  const one = `${before.at(-2) ?? ""} ${name}`.toLowerCase();
  const two = `${before.at(-3) ?? ""} ${one}`.toLowerCase();
  return before.at(-1) === "" && (HOLIDAYS.has(one) || HOLIDAYS.has(two));
}

/** Each holiday's first word ("black" of "black friday"). */
const HOLIDAY_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...HOLIDAYS].map((name) => name.split(" ")[0] as string),
);

/**
 * A holiday's name, or its head before the word the tagger left out, read as a place or a firm ("Black Friday
 * deals": session 36 probe, "Black" a place; Reuters: 18 records' "Easter", "Ramadan", "Labour Day" places or firms).
 * Asked of every place and firm mention by named-things.ts; isHoliday above is the person's test.
 */
export function isHolidayRead(text: string, m: Mention): boolean {
  // The first word first: most names open no holiday, and the whole name's key and the next word's regex were
  // 17 ms of a --jobs 1 profile of 4,000 Reuters documents (every place and firm asks).
  const space = m.text.search(/\s/u);
  if (!HOLIDAY_FIRST_WORDS.has((space < 0 ? m.text : m.text.slice(0, space)).toLowerCase())) return false;
  const name = singleSpaced(m.text.toLowerCase());
  if (HOLIDAYS.has(name)) return true;
  const next = /^ (\p{L}+)/u.exec(text.slice(m.end, m.end + 24))?.[1];
  return next !== undefined && HOLIDAYS.has(`${name} ${next.toLowerCase()}`);
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
