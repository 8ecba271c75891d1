/**
 * What only a player does in cricket and tennis reports, read by extract/entities/player-deeds.ts: "<name> took
 * three wickets", "<name> took 4-35", "<name> served for the match", "<name> broke serve", "<name> was bowled for
 * 12", "caught by <name> for 40". A team takes wickets too, but is written as a country (national sides) or a
 * county; a town's name there is a player's surname ("Bolton took three wickets", "Lancaster served").
 */
import { TWO_TO_TEN_WORDS } from "./number-words.js";

/** Verbs of a bowler's haul before a count ("took three wickets", "claimed 4-35"). */
export const HAUL_VERBS: ReadonlySet<string> = new Set(["took", "claimed", "grabbed", "picked"]);
/** Nouns after a haul's count ("three wickets", "two catches", "four for 35"). */
export const HAUL_NOUNS: ReadonlySet<string> = new Set(["wicket", "wickets", "catches", "for"]);
/** Counts of a haul, in words. */
export const COUNT_WORDS: ReadonlySet<string> = new Set(["one", ...TWO_TO_TEN_WORDS]);
/** A tennis player's deeds, one word after the name ("double-faulted"). */
export const SERVE_DEEDS: ReadonlySet<string> = new Set(["double-faulted", "double-faults"]);
/** Verbs whose object "serve" makes a tennis player's deed ("broke serve", "held serve", "dropped serve"). */
export const SERVE_VERBS: ReadonlySet<string> = new Set(["broke", "held", "dropped", "lost"]);
/** What a player served for ("served for the match", "for the set", "for the championship"). */
export const SERVED_FOR: ReadonlySet<string> = new Set(["match", "set", "title", "championship"]);
/** A batsman's dismissal after "was" ("was bowled", "was stumped", "was caught", "was trapped lbw"). */
export const DISMISSED: ReadonlySet<string> = new Set(["bowled", "stumped", "caught", "trapped", "run"]);
/** A fielder or bowler after "by" ("bowled by", "stumped by"); "caught by" only before a batsman's score. */
export const DISMISSED_BY: ReadonlySet<string> = new Set(["bowled", "stumped"]);
/**
 * A footballer's deed with the ball, right after the name ("Didier Drogba headed in a second", "Mateja Kezman
 * volleyed home"): no side's word, as "scored" is ("Arsenal scored twice"), nor a firm's ("converted" its shares,
 * "drilled" a well); read only after a full name opened by a first name, "headed" not before "into", "to", "for"
 * (resolve/names/scorer-deeds.ts).
 */
export const BALL_DEEDS: ReadonlySet<string> = new Set([
  "headed",
  "volleyed",
  "netted",
  "slotted",
  "tapped",
  "curled",
  "chipped",
  "nodded",
]);
