/**
 * Words of a time phrase beside a reporting verb (src/extract/quotes): "Lee last week said", "…, the Herald
 * reported ten days ago." Lower case. Each word once; the two phrase shapes spread the shared units.
 */
import { DATE_WORDS } from "./attribution-phrases.js";
import { TWO_TO_TEN_WORDS } from "./number-words.js";

/** Calendar units that both shapes read. */
const CALENDAR_UNITS = ["week", "weekend", "month", "year"] as const;

/** Units counted back from a closing reporting verb: "ten days ago", "last week" (a count or last/this before). */
export const COUNTED_TIME_UNITS: ReadonlySet<string> = new Set([
  ...CALENDAR_UNITS,
  "hour",
  "hours",
  "day",
  "days",
  "weeks",
  "months",
  "years",
]);

/** Words that count such units: "a week ago", "ten days ago", "several months ago". */
export const TIME_COUNT_WORDS: ReadonlySet<string> = new Set(["a", ...TWO_TO_TEN_WORDS, "few", "several"]);

/** Parts of a day, after a day or alone: "on Tuesday night", "Lee this morning said". */
export const DAY_PARTS: ReadonlySet<string> = new Set(["night", "morning", "afternoon", "evening"]);

/** Nouns of a time phrase between a speaker and its verb: "Lee last week said", "Lee on Tuesday said". */
export const SPEAKER_TIME_NOUNS: ReadonlySet<string> = new Set([
  ...DATE_WORDS,
  ...CALENDAR_UNITS,
  ...DAY_PARTS,
]);

/** Time words that stand alone between a subject and its verb ("Kennett yesterday refused"). */
export const LONE_TIME_WORDS: ReadonlySet<string> = new Set(["yesterday", "today", "tonight"]);

/** Words that open such a time phrase, one word before its noun. */
export const TIME_OPENERS: ReadonlySet<string> = new Set(["last", "this", "on", "earlier", "late"]);

/**
 * Time words whose possessive dates a venue or an event before its name ("last week's <Town> Masters", "Sunday's
 * <Name> Classic": resolve/names/venues-and-events.ts). A weekday's possessive matches by its end ("Sunday's"): the
 * pattern has no word boundary before these words.
 */
export const POSSESSIVE_TIME_WORDS: ReadonlySet<string> = new Set([
  ...CALENDAR_UNITS,
  "season",
  "day",
  "night",
  "today",
  "yesterday",
  "tomorrow",
]);
