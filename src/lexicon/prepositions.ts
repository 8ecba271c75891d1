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

/**
 * Prepositions of place and motion before a city's name: "came to X", "flew from X", "a rally in X". A one-word
 * "person" the gazetteer knows only as a city is the city after one (resolve/names/not-people.ts).
 */
export const CITY_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "to",
  "from",
  "near",
  "into",
  "outside",
  "across",
  "around",
  "throughout",
  "via",
]);
