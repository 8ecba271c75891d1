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

/**
 * Verbs of making or performing a work: a quoted name right after one is the work's title ("wrote “Wendy
 * Harrow,”", "starred in "Marnie Gale"") (resolve/names/works.ts). Lower case.
 */
export const CREATION_VERBS: ReadonlySet<string> = new Set([
  "wrote",
  "writes",
  "written",
  "penned",
  "authored",
  "co-wrote",
  "directed",
  "directs",
  "produced",
  "starred",
  "stars",
  "appeared",
  "released",
  "published",
  "recorded",
  "sang",
  "sings",
  "painted",
  "filmed",
  "staged",
]);
