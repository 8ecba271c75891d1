/**
 * Nouns that end an event's name whoever or whatever comes before them (a place: "the Ostend Festival"; a
 * person: "the Dana Whitlow Festival"), lower case: listed here once, read by both EVENT_SUFFIXES and
 * lexicon/thing-suffixes.ts' THING_SUFFIXES.
 */
export const EVENT_NOUNS: readonly string[] = ["festival", "olympics", "championships", "championship"];

/**
 * The last word of a town's summer fair ("Millbrook Days", "Port Alden Days"), lower case; it is also a surname
 * ("Marla Days"), so it ends an event only after a word that is no first name (resolve/names/local-things.ts).
 * Session 27 probe: "Millbrook Days" listed as a person; session 28 probe: "Marla Days" and "Harold James Days"
 * lost while "days" ended every event's name here.
 */
export const FAIR_NOUN = "days";

/**
 * Words that end a sports event's or a festival's name after a place ("the Harlow Open", "the Corby Marathon",
 * "the Ostend Film Festival"), lower case. A place before one is part of an event's name, no place of its own
 * (extract/entities/events.ts). Two-word forms are written with a space.
 */
export const EVENT_SUFFIXES: ReadonlySet<string> = new Set([
  "open",
  "masters",
  "marathon",
  "classic",
  "invitational",
  "grand prix",
  "film festival",
  "biennale",
  "games",
  ...EVENT_NOUNS,
]);

/**
 * Capitalized words after a full name and "the" before it that make the name an event's ("the Santa Claus Parade",
 * "the Richard Dimbleby Lecture"), where the tagger left the word out of the person's span
 * (resolve/names/venues-and-events.ts, beside the awards' words). Session 32, an invented Canadian community
 * story: "the Santa Claus Parade" listed a person. Not "run" or "walk": a memorial run's namesake is the story's
 * person ("the Terry Fox Run ... Fox's brother Fred"). Lower case.
 */
export const EVENT_NAMESAKE_WORDS: ReadonlySet<string> = new Set([
  ...EVENT_NOUNS,
  "parade",
  "marathon",
  "gala",
  "tournament",
  "classic",
  "lecture",
  "regatta",
]);
