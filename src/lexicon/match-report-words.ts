/**
 * Lower-case words that mark a match report ("the striker", "relegation", "half-time"): a score in a document
 * that holds one is a game's, not a vote's ("the court ruled 5-4 with Marwood"). Used by resolve/names/teams.ts.
 */
export const MATCH_REPORT_WORDS: readonly string[] = [
  "goal",
  "goals",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "keeper",
  "winger",
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
