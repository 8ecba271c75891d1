import { EVENT_NOUNS } from "./event-suffixes.js";

/** A company's legal form, ending its full name ("Phillips Petroleum Co", "Zentrix Holdings Ltd"). Lower case. */
export const COMPANY_FORMS: ReadonlySet<string> = new Set([
  "inc",
  "inc.",
  "corp",
  "corp.",
  "corporation",
  "co",
  "co.",
  "cos",
  "ltd",
  "ltd.",
  "llc",
  "plc",
  "gmbh",
  "ag",
]);

/**
 * Words that end a company's or an institution's name ("Zentrix Labs", "Nordvik Technologies", "Halcyra
 * Therapeutics"): a name that ends with one is an organization, never a person. Listed in lower case; only words
 * that no person's name ends with ("Brown" and "Price" are left out).
 */
export const ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set([
  ...COMPANY_FORMS,
  "labs",
  "laboratories",
  "technologies",
  "technology",
  "tech",
  "systems",
  "solutions",
  "software",
  "networks",
  "holdings",
  "industries",
  "enterprises",
  "ventures",
  "capital",
  "partners",
  "associates",
  "pharmaceuticals",
  "pharma",
  "therapeutics",
  "biosciences",
  "biotech",
  "robotics",
  "analytics",
  "dynamics",
  "motors",
  "airlines",
  "airways",
  "foods",
  "brands",
  "studios",
  "entertainment",
  "games",
  "communications",
  "telecom",
  "insurance",
  "bancorp",
  "financial",
  "investments",
  "energy",
  "resources",
  "mining",
  "realty",
  "politics",
  // Industries that end company names in Nigerian, Indian and South African news ("Dangote Cement"; not "Steel" or "Mills": surnames).
  "cement",
  "breweries",
  "chemicals",
  "textiles",
  "petroleum",
  "refinery",
  "refineries",
  "construction",
  "properties",
  "media",
  "logistics",
  "group",
  "foundation",
  "institute",
  "university",
  "college",
  "hospital",
  "council",
  "committee",
  "party",
  "ministry",
  "agency",
  "association",
  "society",
  "club",
  "fund",
  "trust",
  // Companies and football clubs ("Warner Bros.", "Sheff Utd", "Burton Albion", "Ross County", "Luton Town").
  "bros",
  "bros.",
  "united",
  "utd",
  "fc",
  "afc",
  "town",
  "rovers",
  "albion",
  "athletic",
  "wanderers",
  "county",
  "city",
  // PolNeAR/CNN-DM sample: names ending in "Organization", "Research" and "Campaign" listed as people.
  "organization",
  "organisation",
  "research",
  "campaign",
  // Session 6, a new sample of PolNeAR/CNN-DM dev news: names ending in "Army", "Endowment", "League" as people.
  "army",
  "endowment",
  "league",
  // Session 9, a new PolNeAR/CNN-DM sample: a name ending in "Productions" listed as a person.
  "productions",
]);

/**
 * Words that open a company's name in French, Spanish and Italian wire copy ("Cie Financiere de Paribas", "Cia
 * Vale", "Societe Generale"): a name that starts with one is an organization. Reuters bench: 12 such "people".
 */
export const ORGANIZATION_PREFIXES: ReadonlySet<string> = new Set([
  "cie",
  "cie.",
  "cia",
  "cia.",
  "compagnie",
  "compania",
  "compañía",
  "societe",
  "société",
  "sociedad",
  "societa",
  "società",
]);

/**
 * Lower-case nouns that follow a brand, an app or a company's name ("the Flickwave app", "Tesla shareholders"): a
 * one-word name they follow is no person. No word that is also a verb ("Smith shares his view").
 */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  "app",
  "apps",
  "platform",
  "website",
  "software",
  "device",
  "devices",
  "phone",
  "phones",
  "smartphone",
  "brand",
  "stake",
  "shareholders",
  "subscribers",
  "users",
  "customers",
  "employees",
  "headquarters",
  "ceo",
  "executives",
  "spokesperson",
  "startup",
  "chain",
  "dealership",
  "vehicles",
  "cars",
  "products",
]);

/**
 * Words that end the name of a building, a street or another place, never a person's ("Tarrant Museum", "Lu Hanqing
 * Memorial", "Hastings Street"). Not "Hall", "Park", "Church", "Tower", "Arena": surnames end with them.
 */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  "museum",
  "memorial",
  "station",
  "center",
  "centre",
  "airport",
  "stadium",
  "theatre",
  "theater",
  "cathedral",
  "gallery",
  "library",
  "school",
  "academy",
  "hotel",
  "building",
  "street",
  "avenue",
  "boulevard",
  "road",
  "bridge",
  "square",
  "place",
  // A realm or a reign ("the Byzantine Empire", "the Tang dynasty"): no person's name ends with these (session 11).
  "empire",
  "dynasty",
  "caliphate",
  // Session 14: a hotel chain's name ("Holiday Inn", the Reuters bench) was read as a person; an inn or a motel
  // ends a building's name as "hotel" does.
  "inn",
  "motel",
]);

/**
 * Words that end the name of a venue or a landmark but also end some surnames ("Brisco Tower", "Scotiabank Arena",
 * "Massey Hall" beside "Bruce Arena", "Nathan Hall"): a name ending with one is a place only when its first word
 * is no known first name (resolve/names/named-things.ts).
 */
export const VENUE_WORDS: ReadonlySet<string> = new Set([
  "tower",
  "towers",
  "arena",
  "hall",
  "park",
  "church",
  "chapel",
  "field",
  "gardens",
  "garden",
  "farm",
  "palace",
  "plaza",
  "statue",
  "terrace",
  "cliffs",
  "bay",
  "mall",
  "market",
  "temple",
  "mosque",
  "island",
  "lake",
  "river",
  "heights",
  // PolNeAR/CNN-DM samples: "Capitol Hill" (twice) and names ending in "Beach", "Creek", "Lodge" listed as people.
  "hill",
  "hills",
  "beach",
  "creek",
  "springs",
  "falls",
  "lodge",
  // Session 9, a new PolNeAR/CNN-DM sample: "Persian Gulf" and names ending in "Mansion", "Lane" listed as people.
  "gulf",
  "sea",
  "ocean",
  "strait",
  "valley",
  "canyon",
  "mansion",
  "lane",
  // Session 13 FIT sample: a ranch named for its family listed as a person.
  "ranch",
  // A hotel chain's name ("Holiday Inn" listed as a person on the Reuters bench, s13-tagger); no surname.
  "inn",
]);

/**
 * The venue words above that are also common surnames ("Lorcan Hill", "Ama Park", "Ezra Church"): a name ending
 * in one is a person where its sentence shows a person (resolve/names/named-things.ts).
 */
export const VENUE_SURNAMES: ReadonlySet<string> = new Set([
  "hill",
  "hall",
  "park",
  "field",
  "lane",
  "church",
  "chapel",
  "temple",
  "tower",
  "bay",
]);

/**
 * Words that end the name of a poll, a treaty, a convention or a law, named for no person of the story ("Gallup
 * Poll", "Geneva Convention", "the Whitlow-Kessler Act"): unlike a prize's or a disease's namesake, the word before
 * them is no person either. Session 9, a new PolNeAR/CNN-DM sample: both listed as people; "act": session 12 FIT
 * sample, 1 law of 275 people.
 */
export const DOCUMENT_SUFFIXES: ReadonlySet<string> = new Set([
  "poll",
  "convention",
  "treaty",
  "accords",
  "act",
]);

/**
 * Words that end the name of an event, an award, a work, a plan or a law, never a person's ("Marshall Plan",
 * "Nobel Prize", "Stan Colvery Show", "Asperger Syndrome"): such a name is none of the mission's types.
 */
export const THING_SUFFIXES: ReadonlySet<string> = new Set([
  "flight",
  "plan",
  "prize",
  "award",
  "awards",
  "show",
  "expo",
  "program",
  "programme",
  "act",
  "doctrine",
  "trophy",
  "cup",
  "tournament",
  "syndrome",
  "disease",
  "effect",
  ...DOCUMENT_SUFFIXES,
  ...EVENT_NOUNS,
]);

/**
 * Lower-case nouns of a venue that follow the venue's proper name ("the Vallecas stadium", "the Turnberry golf
 * course"): the name before them is the venue's, no person's (resolve/names/joined-names.ts). Not "estate",
 * "home" or "office": a person's ("the Smith estate").
 */
export const VENUE_NOUNS: ReadonlySet<string> = new Set([
  "stadium",
  "arena",
  "ballpark",
  "racecourse",
  "golf course",
  "golf club",
  "golf resort",
  "resort",
  "hotel",
  "casino",
  "airport",
]);

/**
 * An institution's own word, which a name the tagger cut before it still holds ("the Kestrel Institute of Applied
 * Optics"): resolve/names/organization-spans.ts. Not a company's form: the tagger leaves "Corp" or "Petroleum"
 * out of a firm's name on purpose (Reuters bench: 893 records changed when every organization suffix was grown).
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  "institute",
  "university",
  "college",
  "academy",
  "museum",
  "hospital",
  "library",
  "laboratory",
  "observatory",
  "conservatory",
  "seminary",
]);

/**
 * Whether a word (lower case) ends the name of a firm, a place, a thing or a venue: one of ORGANIZATION_SUFFIXES,
 * PLACE_SUFFIXES, THING_SUFFIXES, VENUE_WORDS. Five rules of resolve/names asked the four lists in turn for a word
 * that closes no person's name.
 */
export function endsOtherName(key: string): boolean {
  return (
    ORGANIZATION_SUFFIXES.has(key) ||
    PLACE_SUFFIXES.has(key) ||
    THING_SUFFIXES.has(key) ||
    VENUE_WORDS.has(key)
  );
}
