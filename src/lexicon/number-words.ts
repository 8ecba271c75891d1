/** The counts from two to ten written as words: "ten days ago" (time-phrases.ts), "took three wickets" (player-deeds.ts). */
export const TWO_TO_TEN_WORDS: readonly string[] = [
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];
