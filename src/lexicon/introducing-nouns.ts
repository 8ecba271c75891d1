/**
 * Nouns that introduce a name in apposition ("the film Titanic,", "the band Coldplay."): the name after one is a
 * work or an organization, not a person (resolve/names/introduced.ts). Lower case.
 */

/** Works with a title: the nouns both lists below read. */
const TITLED_WORK_LIST = [
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
  "sitcom",
  "series",
  "show",
  "podcast",
  "programme",
  // Film kinds showbiz news writes before a title with no quotation marks ("the biopic Tessa,", "the thriller
  // Marnie Gale,"): session 23, invented texts in British entertainment style at e05fa62.
  "biopic",
  "thriller",
  "comedy",
  "drama",
  "sequel",
  "blockbuster",
] as const;

/** Works with a title, as a set: a title named like a person may follow one (resolve/names/introduced.ts). */
export const TITLED_WORKS: ReadonlySet<string> = new Set(TITLED_WORK_LIST);

/**
 * Works a character is played in ("played Marcus Fenwick in the long-running soap"): a played name before one of
 * them is a character's (resolve/names/characters.ts); sport's "played Dana Whitlow in the final" is a match.
 */
export const ACTING_NOUNS: ReadonlySet<string> = new Set([
  ...TITLED_WORK_LIST,
  "drama",
  "soap",
  "serial",
  "miniseries",
  "comedy",
  "thriller",
  "biopic",
  "sequel",
  "prequel",
  "remake",
  "adaptation",
  "production",
  "revival",
  "franchise",
  "episode",
  "opera",
  "pantomime",
  "panto",
  "blockbuster",
  "cartoon",
]);

/**
 * Works that tell a story and have characters: a story's person ("the novel's protagonist, X", "X, the villain of
 * the game") is no one the news speaks of (resolve/names/characters.ts). The acting works and a game's or a
 * comic's story; not in ACTING_NOUNS, where "played X in the game" is sport.
 */
export const FICTION_NOUNS: ReadonlySet<string> = new Set([
  ...ACTING_NOUNS,
  "game",
  "videogame",
  "story",
  "comic",
  "manga",
  "saga",
  "trilogy",
]);

/**
 * A story's roles: "the novel's protagonist, X", "X, the villain of the game" (resolve/names/characters.ts). Not
 * "hero" ("war hero X") nor "role" (a post in events). Lower case.
 */
export const STORY_ROLE_NOUNS: ReadonlySet<string> = new Set([
  "protagonist",
  "antagonist",
  "heroine",
  "villain",
  "character",
]);

/** Works: a name they introduce is none of the entity types. */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  ...TITLED_WORK_LIST,
  "opera",
  "festival",
  "award",
  "prize",
  "summit",
  "campaign",
  "slogan",
  "hashtag",
  // Products (session 19, issue 11 "products and apps"): things, not people ("the drug Veltrazine,").
  "game",
  "videogame",
  "console",
  "drug",
  "medicine",
  "vaccine",
  "chatbot",
  "smartphone",
  "handset",
  "laptop",
  "tablet",
  "gadget",
  "ship",
  "vessel",
  "tanker",
  "freighter",
  "yacht",
]);

/**
 * Works whose title in quotation marks may follow (src/extract/quotes: "the podcast “…”", "his comedy “…”"): the
 * title is no one's words.
 */
export const TITLED_WORK_NOUNS: ReadonlySet<string> = new Set([
  ...TITLED_WORK_LIST,
  "program",
  "comedy",
  "drama",
  "column",
  "episode",
  "segment",
  "newsletter",
  "exhibit",
  "exhibition",
  "hit",
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
 * Bodies an apposition names besides the introducing nouns ("the firm X"): "X, a firm founded in 2014"
 * (resolve/names/appositive-organizations.ts, with the two lists after this one).
 */
export const APPOSITIVE_BODY_NOUNS: ReadonlySet<string> = new Set([
  ...INTRODUCED_ORGANIZATION_NOUNS,
  "agency",
  "bank",
  "partnership",
  "consultancy",
  "publisher",
  "outlet",
  "manufacturer",
  "conglomerate",
  "subsidiary",
  // Apps and websites by what they do (session 26, issue 11 "products and apps"): "X, the messaging service,",
  // "X, the ride-hailing platform,". Invented 2020s texts at c82bd37: 2 of 4 such apps listed as people.
  "service",
  "platform",
  // Markets by what they are (session 42 probe, FTX's collapse: "Binance, the world's largest crypto exchange," was
  // listed as a person).
  "exchange",
  "bourse",
  "marketplace",
]);
/** Words in an apposition that make it a person's: a preposition before the noun, a past tie. */
export const NOT_A_BODY_PHRASE: ReadonlySet<string> = new Set([
  "at",
  "of",
  "for",
  "in",
  "on",
  "to",
  "from",
  "by",
  "and",
  "or",
  "former",
]);
/** Words after the body's noun that go on to tell of the body. */
export const BODY_TOLD: ReadonlySet<string> = new Set([
  "founded",
  "based",
  "owned",
  "run",
  "that",
  "which",
  "whose",
  "with",
  "known",
  "set",
  "formed",
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

/**
 * Words after a work's title that tell of the work, not of a person named after the noun ("the film Tom Harlan
 * directed"). Invented rows in tests/people-works.test.ts.
 */
export const WORDS_AFTER_WORK_TITLE: ReadonlySet<string> = new Set([
  "which",
  "about",
  "starring",
  "premiered",
  "premieres",
  "opened",
  "opens",
  "aired",
  "airs",
  "debuted",
  "debuts",
  "follows",
  "topped",
  "grossed",
  // Session 34 probe (BBC entertainment, Bafta night): "the abortion drama Vera Drake has won three Baftas".
  "won",
  "wins",
  "scooped",
  "earned",
  "beat",
]);

/**
 * Verbs and prepositions after which a span in title case names a thing, a pet, a band or a work, and is nobody's
 * words (src/extract/quotes): `a goat called “Biscuit”`, `a band named ‘River Nine’`, `a clip from “Star Quest”`,
 * `wrote about “Harbour Lights”` (session 15: such names were given the sentence's subject or a closing
 * "according to X").
 */
export const NAMING_WORDS: ReadonlySet<string> = new Set([
  "called",
  "named",
  "nicknamed",
  "dubbed",
  "titled",
  "entitled",
  "about",
  "from",
  "of",
  "in",
  // `The group, which calls itself “Dover First”, said …`.
  "itself",
  "himself",
  "herself",
  "themselves",
]);

/**
 * Phrases that give a person a nickname with an article: "dubbed the Sky King", "nicknamed the Galloping Major",
 * "known as the Iron Duchess". The capitalized words after the article are an epithet, no second person
 * (resolve/names/epithets.ts). Lower case; matched as whole words before "the", "a" or "an".
 * Session 23, Wikinews sample (FIT half): "dubbed the Bandit King" listed a person "King".
 */
export const EPITHET_OPENERS: readonly string[] = [
  "dubbed",
  "nicknamed",
  "known as",
  "billed as",
  "hailed as",
  "branded",
  "styled",
  "christened",
];

/**
 * Words that open a phrase introducing a name by its noun, up to two lower-case modifiers before the noun ("the
 * tech news site", "his new film", "the hit show"): resolve/names/introduced.ts.
 */
export const INTRODUCING_DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "new",
  "hit",
  "latest",
  // "whose blood-testing start-up, Quorvia, has": a possessive relative before an apposition's noun.
  "whose",
  "our",
  "my",
  "your",
]);

/**
 * Prepositions that may stand for a determiner right before a work's noun, British news style ("his role in
 * biopic Tessa,", "nominated for comedy Alfie Banks."): resolve/names/introduced.ts, titled works only. Session 23,
 * invented texts in British entertainment style at e05fa62.
 */
export const WORK_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "for", "from"]);

/** Words that end a noun phrase rather than modify the next noun ("of", "and"): no determiner reaches past them. */
export const STOP_MODIFIERS: ReadonlySet<string> = new Set([
  "of",
  "and",
  "or",
  "for",
  "to",
  "in",
  "at",
  "by",
  "with",
  "from",
]);

/**
 * Nouns after a name in quotes that make it the name of a thing: `a new ‘Silver Fern’ range`, `the “Fresh
 * Start” campaign`, `their “Summer Nights” tour` (session 16, FIT half of seed 20261261: a product line's name was
 * given to the person of the sentence). Read only after a span in title case (extract/quotes/sentence-fragments.ts).
 */
export const NOUNS_AFTER_NAME: ReadonlySet<string> = new Set([
  "line",
  "range",
  "collection",
  "brand",
  "label",
  "series",
  "show",
  "programme",
  "program",
  "podcast",
  "tour",
  "album",
  "festival",
  "award",
  "awards",
  "prize",
  "campaign",
  "initiative",
  "scheme",
  "project",
  "app",
  "hashtag",
  "movement",
  "slogan",
  "logo",
  "t-shirt",
  "t-shirts",
]);

/**
 * Words that rank a work among its maker's between a possessive and the work's noun ("her fifth album", "their
 * debut single", "his latest film"): a name said to be one is the work's title (resolve/names/work-rankings.ts).
 * Lower case.
 */
export const WORK_RANKS: ReadonlySet<string> = new Set([
  "new",
  "latest",
  "debut",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "last",
  "final",
  "forthcoming",
  "upcoming",
  "next",
  "comeback",
  "best-selling",
  "hit",
  "solo",
  "studio",
]);
