/**
 * Capitalized words written before a person's name that are no part of it: a party or a camp ("Democrat Hillary
 * Clinton", "Conservative Leader Andrew Scheer", "Labour MP Jane Doe"). Hunspell lists them capitalized, so they
 * are not among the ordinary words that extract/entities/person-span.ts otherwise strips from a name's start.
 */
export const NAME_DESCRIPTORS: ReadonlySet<string> = new Set([
  "democrat",
  "democratic",
  "republican",
  "conservative",
  "liberal",
  "labour",
  "labor",
  "tory",
  "ndp",
  "gop",
  "independent",
  "green",
]);
