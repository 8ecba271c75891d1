/** A football team's positions: words of a match report, and posts after a club's name. */
const FOOTBALL_POSITIONS: readonly string[] = [
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "keeper",
  "winger",
];

/**
 * Lower-case words that mark a match report ("the striker", "relegation", "half-time"): a score in a document
 * that holds one is a game's, not a vote's ("the court ruled 5-4 with Marwood"). Used by resolve/names/teams.ts.
 */
export const MATCH_REPORT_WORDS: readonly string[] = [
  "goal",
  "goals",
  ...FOOTBALL_POSITIONS,
  "relegation",
  "relegated",
  "fixture",
  "fixtures",
  "half-time",
  "kick-off",
  "league",
  "derby",
  "equaliser",
  "equalizer",
  "scored",
  "manager",
];

/**
 * Lower-case posts of a club's player or staff, written right after the club's name ("Rochdale manager", "the
 * Harrogate striker", "Durham skipper"): a town's name there is its club's. Sport's posts only, no office a firm's
 * branch or an airline has too, except "manager", "boss" and "captain" (CLUB_STAFF_ROLES), read so only after a
 * town that is no big city (a firm's "Tokyo manager"). Read by extract/entities/club-roles.ts.
 */
export const CLUB_ROLES: ReadonlySet<string> = new Set([
  ...FOOTBALL_POSITIONS,
  "full-back",
  "centre-back",
  "centre-half",
  "fly-half",
  "scrum-half",
  "skipper",
  "batsman",
  "bowler",
  "spinner",
  "wicketkeeper",
  "all-rounder",
  "quarterback",
  "pitcher",
  "playmaker",
  "manager",
  "boss",
  "captain",
]);

/** Of CLUB_ROLES, the posts a firm has too: a club's only after a town that is no big city. */
export const CLUB_STAFF_ROLES: ReadonlySet<string> = new Set(["manager", "boss", "captain"]);

/**
 * Headings of a match report's lines that list only players, written before a colon at a line's start ("Subs not
 * used: Bright, Corbishley, Nolan.", "Replacements: McKenzie, Rees."). Read by extract/entities/line-ups.ts.
 */
export const PLAYER_LIST_HEADINGS: ReadonlySet<string> = new Set([
  "subs",
  "subs not used",
  "substitutes",
  "substitutes not used",
  "unused substitutes",
  "replacements",
  "bench",
  "booked",
  "sent off",
  "sin-binned",
  // Session 31: scorers, each name with the minutes or the count after it ("Goals: Lampard 23, Duff 59.",
  // "Tries: Lewsey 2, Cohen.", "Pens: Wilkinson 3.").
  "goals",
  "scorers",
  "tries",
  "cons",
  "pens",
]);

/** Notes in brackets after a player in a line-up: captain, goalkeeper, vice-captain, wicketkeeper. */
export const LINE_UP_NOTES: ReadonlySet<string> = new Set(["capt", "c", "captain", "gk", "vc", "wk"]);
