/**
 * Nouns for a place's government or a trade that speak as a body: "The city says …", "the industry says the rules
 * are “…”", "The town reasoned, “…”" (session 14: such subjects gave no speaker phrase; FIT half of seed 20261241
 * and the open list). Heads of a speaker phrase only in extract/quotes, never after a preposition
 * ("officials in the city said": the officials speak).
 */
export const SPEAKING_BODY_NOUNS: ReadonlySet<string> = new Set([
  "city",
  "town",
  "village",
  "county",
  "borough",
  "municipality",
  "province",
  "industry",
  "sector",
]);
