import { EVENT_NOUNS } from "./event-suffixes.js";

/**
 * Words that end the name of a poll, a treaty, a convention or a law, named for no person of the story ("Gallup
 * Poll", "Geneva Convention", "the Whitlow-Kessler Act"): unlike a prize's or a disease's namesake, the word before
 * them is no person either. Session 9, a new PolNeAR/CNN-DM sample: both listed as people; "act": session 12 FIT
 * sample, 1 law of 275 people.
 */
export const DOCUMENT_SUFFIXES: ReadonlySet<string> = new Set([
  "poll",
  "convention",
  "treaty",
  "accords",
  "act",
]);

/** Words that end an award's name ("Nobel Prize", "the Dana Whitlow Trophy"). */
const AWARD_LIST = ["prize", "award", "awards", "trophy", "cup"] as const;

/**
 * Words after a person's name that make it an award's after "the" ("the Marcus Fenwick Medal"):
 * resolve/names/venues-and-events.ts. Lower case.
 */
export const AWARD_WORDS: ReadonlySet<string> = new Set([...AWARD_LIST, "medal"]);

/**
 * Words that end the name of an event, an award, a work, a plan or a law, never a person's ("Marshall Plan",
 * "Nobel Prize", "Stan Colvery Show", "Asperger Syndrome"): such a name is none of the mission's types.
 */
export const THING_SUFFIXES: ReadonlySet<string> = new Set([
  "flight",
  "plan",
  ...AWARD_LIST,
  "show",
  "expo",
  "program",
  "programme",
  "act",
  "doctrine",
  "tournament",
  "syndrome",
  "disease",
  "effect",
  ...DOCUMENT_SUFFIXES,
  ...EVENT_NOUNS,
]);

/**
 * Words right after a one-word name that make it the modifier of a thing's noun, as written (case matters):
 * an award's ("two Zelda awards", "the Zelda Awards", "a Zelda winner", "her Zelda nomination", "a Zelda
 * contender", "Zelda night"; no word that is also a verb: "Whitlow hopes", "Whitlow races") and a product
 * line's ("the Marla range", "her Marla collection"). Capitalized "Award" alone is left out: GUM names a prize's
 * namesake as a person ("the <Name> Award": named-things.ts). Read by resolve/names/modifier-names.ts, only
 * when every mention of the name is so written.
 */
export const THING_HEADS_AFTER_NAME: ReadonlySet<string> = new Set([
  "award",
  "awards",
  "Awards",
  "winner",
  "winners",
  "nominee",
  "nominees",
  "nomination",
  "nominations",
  "statuette",
  "ceremony",
  "contender",
  "contenders",
  "shortlist",
  "night",
  "collection",
  "range",
  "line",
  "label",
  "fragrance",
  "perfume",
]);

/**
 * Words right after a one-word name that only an award takes in news ("six Zelda nominations", "hoping for Zelda
 * glory", "her Zelda haul", "a Zelda statuette"): written once so, the name is the award's in all its one-word
 * mentions, where THING_HEADS_AFTER_NAME's words must follow every mention (resolve/names/modifier-names.ts).
 * Not "nomination", "nominee", "winner", "success", "victory", "hopes": a politician's ("the Whitlow nomination",
 * "a Whitlow nominee", "a Whitlow victory") or a scorer's ("a late Whitlow winner"). Lower case.
 */
export const AWARD_ONLY_HEADS: ReadonlySet<string> = new Set([
  "nominations",
  "nod",
  "nods",
  "statuette",
  "statuettes",
  "glory",
  "triumph",
  "haul",
  "gong",
  "gongs",
  "ceremony",
]);

/**
 * Words of an award's category between "best" and the award's name ("the best actress Zelda", "best supporting
 * actor Zelda", "the best film Lionel"): resolve/names/modifier-names.ts. Not "friend", "man", "player": "his best
 * friend Jake" names a person.
 */
export const AWARD_CATEGORY_WORDS: ReadonlySet<string> = new Set([
  "actor",
  "actress",
  "film",
  "picture",
  "director",
  "album",
  "song",
  "single",
  "newcomer",
  "artist",
  "documentary",
  "screenplay",
  "drama",
  "comedy",
  "musical",
  "play",
  "novel",
]);

/**
 * Nouns after a person's name that make the name an eponym's, the thing named after the person: a scale ("the
 * Richter scale", "the Fenwick–Hollis scale"), a prison or a base ("the Harold Bisbee Correctional Facility",
 * "Tomas Ovalle Base"), an oil or gas field, a prize ("the Turner Prize"), a weapon ("Molotov cocktails"). Read by
 * resolve/names/eponyms.ts, only when every mention of the name is so written. Case as written; phrases of one or
 * two words. Wikinews 2019-2020 FIT half (session 24, seed 2424): 6 of 77 wrong people were such namesakes (a scale
 * twice, a prison, a prize, cocktails, a ship), CHECK half 11 of 107. Left out: "Award" and "Centre" (GUM counts
 * their namesakes as people: named-things.ts) and telescopes (GUM train counts two telescopes' namesakes: with
 * "telescope" here, people F1 on GUM train fell 83.8 -> 83.7).
 */
export const EPONYM_HEADS: ReadonlySet<string> = new Set([
  "scale",
  "Correctional Facility",
  "correctional facility",
  "Correctional Institution",
  "Air Base",
  "Base",
  "oil field",
  "oilfield",
  "gas field",
  "Prize",
  "prize",
  // Medals and trophies named for people ("the Halvorsen Medal", "the Kestler Trophy"): session 26, invented award
  // texts at c82bd37, where the short form "the Halvorsen" was listed as a person (eponyms.ts reads it now).
  "Medal",
  "Trophy",
  "cocktail",
  "cocktails",
]);

/**
 * Endings of a one-word name that make it a digital coin's ("Quillcoin", "Dogecoin"): no person's name ends so.
 * Session 27 probe (42 invented local articles): a coin listed as a person.
 */
export const COIN_WORD_ENDINGS: readonly string[] = ["coin"];

/**
 * Capitalized first words of a restaurant's or shop's name that no person's name opens with ("Chez Morand"). Session
 * 27 probe: a closing French restaurant, named five times, listed as a person.
 */
export const EATERY_NAME_OPENERS: ReadonlySet<string> = new Set(["Chez"]);

/**
 * Possessive determiners after a capitalized word that opens a sentence: the word is a verb in the imperative
 * ("Mark your calendar", "Mark my words"), no first name (a name opening a sentence is followed by its verb).
 * Session 27 probe: "Mark your calendar:" closing a local story, listed as a person.
 */
export const IMPERATIVE_OBJECTS: ReadonlySet<string> = new Set(["your", "my", "our"]);
