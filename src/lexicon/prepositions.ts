/** Prepositions that put a name in an adjunct ("under the care of Dr. Pennock"), where pronouns seldom point. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "of",
  "to",
  "by",
  "with",
  "under",
  "at",
  "for",
  "from",
  "on",
  "in",
  "about",
  "against",
  "among",
  "between",
  "into",
  "over",
  "toward",
  "towards",
  "through",
]);

/** Prepositions between people and the place they are in: "officials in Dover", "residents across the city". */
export const PEOPLE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "across",
  "around",
  "throughout",
]);
