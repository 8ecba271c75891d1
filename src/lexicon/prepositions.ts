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

/** Words that govern a noun, beyond the prepositions: "amid reports", "despite claims", "following reports". */
export const NOUN_GOVERNORS: ReadonlySet<string> = new Set([
  "amid",
  "amidst",
  "despite",
  "after",
  "following",
  "without",
]);

/**
 * Prepositions that tie a document to whom it is for or about ("the memo for members of the council"), after
 * which the document speaks; not its author's ("a report by the institute", "a letter from Lee").
 */
export const DOCUMENT_PREPOSITIONS: ReadonlySet<string> = new Set(["for", "of", "to", "on"]);

/** Prepositions after a participle ("seen by", "sent to", "edited by"): any of them, the author's too. */
export const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(["by", "to", "for", "with"]);

/** Prepositions before a programme's or a site's name: "in an interview with “…”", "says on “…”". */
export const WORK_PREPOSITIONS: ReadonlySet<string> = new Set(["with", "on"]);

/** Prepositions that open a speaker's place of origin: "Tom Roe, 61, of Dover", "from Leeds", "in Red Deer". */
export const ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "from", "in"]);

/**
 * Prepositions of where a notice or a post stands, after which it still speaks: "A post on the group's page
 * read:", "A banner at the rally read:", "a sign outside the hall said" (session 16's brief, documents as sources).
 */
export const NOTICE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "on",
  "at",
  "in",
  "outside",
  "near",
  "above",
]);

/**
 * Prepositions of place, position and company beyond the lists above ("said Ann Lee aboard Air Force One", "said
 * Ann Lee alongside Acme United's manager"): a lower-case word between two names that is one of these does not
 * describe the second name (extract/quotes/role-names.ts nameAfterDescriptor).
 */
export const POSITION_PREPOSITIONS: ReadonlySet<string> = new Set([
  "aboard",
  "above",
  "across",
  "ahead",
  "alongside",
  "amongst",
  "around",
  "behind",
  "below",
  "beside",
  "besides",
  "beyond",
  "inside",
  "near",
  "onto",
  "opposite",
  "outside",
  "past",
  "per",
  "upon",
  "versus",
  "via",
  "within",
]);
