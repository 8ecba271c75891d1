/**
 * Nouns that introduce a name in apposition ("the film Titanic,", "the band Coldplay."): the name after one is a
 * work or an organization, not a person (resolve/names/introduced.ts). Lower case.
 */

/** Works: a name they introduce is none of the entity types. */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  "film",
  "movie",
  "documentary",
  "album",
  "song",
  "single",
  "novel",
  "memoir",
  "book",
  "play",
  "musical",
  "opera",
  "sitcom",
  "series",
  "show",
  "podcast",
  "programme",
  "festival",
  "award",
  "prize",
  "summit",
  "campaign",
  "slogan",
  "hashtag",
]);

/** Organizations and products: a name they introduce is an organization. */
export const INTRODUCED_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  "company",
  "firm",
  "startup",
  "start-up",
  "app",
  "website",
  "brand",
  "band",
  "group",
  "charity",
  "newspaper",
  "magazine",
  "broadcaster",
  "network",
  "retailer",
  "carmaker",
  "airline",
  "club",
  "team",
]);
