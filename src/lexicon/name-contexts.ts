/**
 * Lower-case nouns around a name that say what the name is, whatever the tagger read (extract/entities/
 * name-contexts.ts). Listed in lower case.
 */
import { COMPANY_FORMS } from "./organization-suffixes.js";

/** A ship's noun before its name ("the aircraft carrier Dana Whitlow", "the tanker Corby Star"): a ship is no person. */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  "carrier",
  "carriers",
  "warship",
  "warships",
  "frigate",
  "destroyer",
  "cruiser",
  "submarine",
  "battleship",
  "tanker",
  "freighter",
  "trawler",
  "ferry",
  "liner",
  "vessel",
  "ship",
  "yacht",
  // Craft of space flight ("the space shuttle Challenger exploded": session 41 probe, a 1986 wire story).
  "shuttle",
  "spacecraft",
  "capsule",
  "orbiter",
  "lander",
  "rover",
]);

/**
 * A settlement's or a division's noun before "of" and a name ("the city of Corby", "the eastern province of
 * Harlow"): the name is a place.
 */
export const PLACE_OF_NOUNS: ReadonlySet<string> = new Set([
  "city",
  "town",
  "village",
  "province",
  "region",
  "district",
  "county",
  "island",
  "port",
  "suburb",
  "municipality",
  "prefecture",
  "township",
  "enclave",
  "borough",
  "hamlet",
]);

/**
 * A person's dwelling or home ground, named in apposition after its own name ("stormed Ganabhaban, Hasina's
 * official residence", "at Chequers, the prime minister's country home"; resolve/names/place-contexts.ts). Lower
 * case, singular.
 */
export const DWELLING_NOUNS: ReadonlySet<string> = new Set([
  "residence",
  "home",
  "house",
  "palace",
  "mansion",
  "villa",
  "compound",
  "estate",
  "ranch",
  "farm",
  "hometown",
  "birthplace",
  "retreat",
]);

/**
 * A place's people and parts, which no person has: "residents of X", "X's mayor", "the streets of X"
 * (resolve/names/place-contexts.ts). Lower case.
 */
export const PLACE_PART_NOUNS: ReadonlySet<string> = new Set([
  "residents",
  "inhabitants",
  "townspeople",
  "villagers",
  "streets",
  "outskirts",
  "suburbs",
  "mayor",
]);

/**
 * Words that end an institution's or a company's name and no place's ("New Corby Mercantile Exchange", "Harlow
 * Consolidated Ltd", "Harlow Port Police"): a span read as a place that ends with one is an organization. The
 * company forms are organization-suffixes.ts's (with "cos", "gmbh", "ag"). Not "bank" ("West Bank"), nor the clubs' "city", "town", "county".
 */
export const INSTITUTION_ENDINGS: ReadonlySet<string> = new Set([
  ...COMPANY_FORMS,
  "exchange",
  "police",
  "group",
  "association",
  "institute",
  "university",
  "society",
  "council",
  "committee",
  "commission",
  "authority",
  "ministry",
  "agency",
  "party",
  "foundation",
  "holdings",
  "industries",
  "airlines",
  "airways",
]);

/**
 * Words the tagger reads alone as a place that name no place on the map: "World" of "World Record", "World 2,000
 * metres", "World Bank" cut short. Reuters bench: all 23 lone "World" places wrong.
 */
export const NO_PLACE_WORDS: ReadonlySet<string> = new Set(["world"]);

/** Prepositions of place before a town and its country ("over Corby, Scotland", "in Harlow, Belgium"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "near", "over", "outside"]);

/** Role heads that name no office of one person before a name ("the official Corby Gazette", "sources"). */
export const NOT_OFFICES: ReadonlySet<string> = new Set([
  "official",
  "officials",
  "source",
  "sources",
  "host",
  "leader",
]);

/** Words before a role head that make it a firm's role in a deal ("lead manager", "co-lead manager"). */
export const DEAL_ROLES: ReadonlySet<string> = new Set(["lead", "co-lead", "joint", "co-manager", "sole"]);

/**
 * Words after a possessive with no noun after it ("Kestrel's and Harlow's", "revenue at Kestrel's fell",
 * "Kestrel's said"): the possessive names a shop (resolve/names/name-contexts.ts; lower case only).
 */
export const SHOP_POSSESSIVE_FOLLOWERS: readonly string[] = [
  "and",
  "or",
  "by",
  "at",
  "in",
  "on",
  "for",
  "with",
  "from",
  "was",
  "is",
  "has",
  "had",
  "said",
  "says",
  "reported",
  "will",
  // Shares' verbs: "Shares in Sainsbury's rose" (session 36 probe).
  "rose",
  "fell",
];

/**
 * Nouns of a shop, a restaurant or a bar in apposition after a possessive ("Luigi's, the Italian restaurant in
 * Soho"): the possessive names the place (resolve/names/name-contexts.ts; lower case).
 */
export const SHOP_NOUNS: readonly string[] = [
  "restaurant",
  "cafe",
  "café",
  "bar",
  "pub",
  "bistro",
  "diner",
  "shop",
  "store",
  "boutique",
  "bakery",
  "nightclub",
  "salon",
  "deli",
  // Session 36 probe (BBC 2005 business): "Sainsbury's, Britain's third-biggest supermarket" read as a place.
  "supermarket",
  "retailer",
  "grocer",
  "chain",
];

/** Prepositions of place right before a name ("on", "at", "near"): a venue's name there is no person's (any case). */
export const PREPOSITIONS_BEFORE_A_PLACE: readonly string[] = [
  "on",
  "in",
  "at",
  "near",
  "into",
  "onto",
  "across",
  "outside",
  "inside",
  "around",
  "toward",
  "towards",
];

/**
 * Words right before a person's other name, the one the person was born with or performs under ("was born Dana
 * Mary Whitlow", "under the ring name Rocky Barlow", "her stage name Lula Vane"): that name is the same
 * person's (resolve/names/other-names.ts). Lower case, each the last words before the name.
 */
export const OTHER_NAME_OPENERS: readonly string[] = [
  "born",
  "ring name",
  "stage name",
  "pen name",
  "birth name",
];
