/**
 * Words an organization's acronym leaves out: "Organization of the Petroleum Exporting Countries" is OPEC,
 * "Banque de France" is BdF by some, BF by none. Compared lower-cased.
 */
export const ACRONYM_SKIP_WORDS: ReadonlySet<string> = new Set([
  "of",
  "the",
  "and",
  "&",
  "for",
  "on",
  "in",
  "at",
  "to",
  "de",
  "des",
  "du",
  "la",
  "le",
  "les",
  "del",
  "della",
  "der",
  "die",
  "das",
  "und",
  "für",
  "et",
  "y",
]);

/**
 * All-capital words at most this long are kept as written in an organization's name (NATO, IMF, FIFA);
 * longer ones are headline capitals (REUTERS, BUNDESBANK) and are written in title case, unless the
 * document also spells them in lower case.
 */
export const MAX_ACRONYM_LETTERS = 5;
