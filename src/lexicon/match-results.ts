/**
 * The words of a game's result around the clubs' names ("Dunmere beat Oakfold", "lost to Oakfold", "drew with"):
 * the word before the loser or the opponent, its two-word forms, and the word after the winner. Read by
 * extract/entities/clubs.ts, which reads a place named so as its club.
 */

/** Words a result puts right before the loser or the opponent ("beat Corby", "lost to Corby", "drew with Corby"). */
export const BEFORE_OPPONENT: ReadonlySet<string> = new Set([
  "beat",
  "beats",
  "beating",
  "defeated",
  "defeating",
  "edged",
  "thrashed",
  "routed",
  "v",
  "vs",
  "vs.",
]);

/** Two-word forms: "win over", "victory over", "lost to", "defeat by", "drew with". */
export const BEFORE_OPPONENT_PAIRS: ReadonlySet<string> = new Set([
  "win over",
  "wins over",
  "victory over",
  "triumph over",
  "lost to",
  "loss to",
  "losing to",
  "defeat by",
  "defeat to",
  "drew with",
  "draw with",
  "tie with",
]);

/** Words a result puts right after the winner ("Corby beat", "Corby drew with"). */
export const AFTER_WINNER: ReadonlySet<string> = new Set([
  "beat",
  "beats",
  "defeated",
  "edged",
  "thrashed",
  "routed",
  "drew",
  "lost",
  "rallied",
  "won",
]);

/** Markers of a dismissal in a scorecard, in lower case as scorecards print them. */
export const DISMISSAL_MARKERS: ReadonlySet<string> = new Set(["c", "st", "b"]);
