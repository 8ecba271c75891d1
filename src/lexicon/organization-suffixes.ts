import { PLACE_SUFFIXES, VENUE_WORDS } from "./place-suffixes.js";
import { THING_SUFFIXES } from "./thing-suffixes.js";

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
  "plc.",
  "gmbh",
  "ag",
  // Japanese: "company" ("Shoei Kisen Kaisha", "Kabushiki Kaisha"; session 42 probe, the Suez Canal blocked)
  "kaisha",
]);

/**
 * Legal forms of other countries' companies ("Zentrix NV", "Harlow SpA", "AB Tarvenia", "Acme Bhd"), as written:
 * read in lower case they would be English words or places' codes ("spa", "as", "ab", "sa"), so they are matched
 * case and stops as listed, and only beside a name (extract/entities/company-forms.ts). "Spa" in title case is
 * left out (a Belgian town; "Bath Spa"), and so are "AS" and "A/S" (a capitals headline's "AS").
 */
export const WRITTEN_COMPANY_FORMS: ReadonlySet<string> = new Set([
  "NV",
  "N.V.",
  "BV",
  "B.V.",
  "SA",
  "S.A.",
  "SpA",
  "SPA",
  "S.p.A.",
  "AB",
  "Oy",
  "KK",
  "K.K.",
  "Bhd",
  "Pty",
  "PTY",
  "Sarl",
  "SARL",
  "Srl",
  "SRL",
]);

/** Whether a word, as written, is a company's legal form: COMPANY_FORMS in any case, WRITTEN_COMPANY_FORMS as listed. */
export function isLegalFormWord(word: string): boolean {
  return COMPANY_FORMS.has(word.toLowerCase()) || WRITTEN_COMPANY_FORMS.has(word);
}

/**
 * The first word of a two-word company form of Singapore, Malaysia and South Asia ("Pte Ltd", "Sdn Bhd", "Pvt
 * Ltd"; also "(Pte) Ltd"), as written, and the words that may close it: a form only before one of them ("Pte" alone
 * is a British private soldier's rank, "Pte Dana Whitlow"). extract/entities/company-forms.ts compoundFormsNamed.
 */
export const COMPOUND_FORM_OPENERS: readonly string[] = ["Pte", "Pvt", "Sdn"];
export const COMPOUND_FORM_CLOSERS: readonly string[] = ["Ltd", "Bhd", "Limited", "Berhad"];

/**
 * Written forms that are also the codes of provinces and states ("AB" Alberta, "SA" South Australia): after a
 * place's name with no comma ("Edmonton AB", "Adelaide SA"), such a code is the address's, not a firm's form.
 */
export const FORMS_ALSO_REGION_CODES: ReadonlySet<string> = new Set(["AB", "SA"]);

/**
 * Endings of a division's name as often as of a firm's ("Apple Music", "Sony Pictures", "Warner Records"): a name
 * that ends with one is an organization (ORGANIZATION_SUFFIXES), but its first word alone is the parent firm, not
 * short for it (resolve/names/short-names.ts).
 */
export const DIVISION_ENDINGS: ReadonlySet<string> = new Set([
  "records",
  "pictures",
  "films",
  "music",
  "publishing",
  "images",
]);

/**
 * Words that end a company's name, not an institution's ("Zentrix Labs", "Nordvik Technologies", "Halcyra
 * Therapeutics", "Tarvenia Airlines"): part of ORGANIZATION_SUFFIXES, and what makes a people's adjective before
 * such a name part of the firm's ("Tarvenian Airlines": resolve/names/demonym-firms.ts). Lower case.
 */
export const FIRM_ENDINGS: ReadonlySet<string> = new Set([
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
  // Session 22 (issue 11, showbiz and captions): labels, film and photo agencies named for founders ("<Name>
  // Records", "<Name> Films", "<Name> Images" in a picture credit) were listed as people on invented texts.
  ...DIVISION_ENDINGS,
  "games",
  "communications",
  "telecom",
  // Session 36 probe (BBC tech, 2005): "a report by <Name> Telecoms" listed as a person.
  "telecoms",
  "telecommunications",
  "electronics",
  "semiconductor",
  "semiconductors",
  "wireless",
  "interactive",
  "consulting",
  "consultants",
  "insurance",
  "bancorp",
  "financial",
  "investments",
  "energy",
  "resources",
  "mining",
  "realty",
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
  // Session 9, a new PolNeAR/CNN-DM sample: a name ending in "Productions" listed as a person.
  "productions",
  "bros",
  "bros.",
  // Session 27: reinsurers name themselves for their country and "Re" ("<Demonym> Re"), which demonym-firms.ts read
  // as the country's adjective alone. Reuters bench: 1 record (2 mentions), better; no other record changes.
  "re",
]);

/**
 * Words that end a company's or an institution's name ("Zentrix Labs", "Nordvik Technologies", "Halcyra
 * Therapeutics"): a name that ends with one is an organization, never a person. Listed in lower case; only words
 * that no person's name ends with ("Brown" and "Price" are left out).
 */
export const ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set([
  ...COMPANY_FORMS,
  ...FIRM_ENDINGS,
  "politics",
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
  // Football clubs ("Sheff Utd", "Burton Albion", "Ross County", "Luton Town"; companies' "Warner Bros." above).
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
  // Session 37 probe (CP 2016): a First Nation's government ("Nishnawbe Aski Nation", "Cree Nation") listed as a
  // person.
  "nation",
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
 * Institutions' words of other languages, anywhere in a name ("Vrije Universiteit Amsterdam", "Universidad de
 * Chile", "Technische Hochschule", "Banco Santander", "Fundación Telefónica"): a name that holds one is an
 * organization, never a person (resolve/names/named-things.ts). No English word, no surname; lower case, accents
 * as written and without. GUM dev: a Dutch university listed as a person.
 */
export const FOREIGN_INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  "universiteit",
  "universität",
  "universitat",
  "université",
  "universidad",
  "università",
  "universidade",
  "uniwersytet",
  "hochschule",
  "hogeschool",
  "instituto",
  "istituto",
  "fundación",
  "fundacion",
  "fundação",
  "fondazione",
  "stiftung",
  "stichting",
  "banco",
  "banque",
  "gesellschaft",
  "ministerio",
  "ministère",
  "ministerium",
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
 * The words that make a possessive name an institution's ("Queen's Club", "Queen's College", "St Brendan's Hospital",
 * "King's University"): British, Irish and Canadian institutions are named so, and the tagger cuts them at the
 * "'s", leaving the owner ("Queen", "King", "St Brendan") as a person (resolve/names/organization-spans.ts).
 */
export const POSSESSIVE_INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  ...INSTITUTION_WORDS,
  "club",
  "school",
  "infirmary",
]);

/**
 * The words that make a body's name after its members' plural possessive ("Kelowna Teachers' Association",
 * "Canadian Union of Postal Workers' Council", "Farmers' Union"): a union or association of those members
 * (resolve/names/organization-spans.ts). Lower case.
 */
export const MEMBERS_BODY_WORDS: ReadonlySet<string> = new Set([
  "association",
  "union",
  "federation",
  "council",
  "alliance",
  "guild",
  "league",
  "society",
  "fund",
  "cooperative",
  "co-operative",
  "caucus",
  "coalition",
  "network",
  "congress",
  "party",
  "club",
  "collective",
]);

/**
 * The words that make a saint's possessive name a church's ("St. Aldric's Church", "St Ebbe's Cathedral"): only
 * after a saint's name, as a person's possessive before them is that person's ("Dana's church"). Lower case.
 */
export const SAINT_INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  "church",
  "cathedral",
  "chapel",
  "abbey",
  "priory",
  "basilica",
  "minster",
]);

/**
 * Words that make a name a body's wherever they stand in it ("the Treasury Department", "University of Kestrel",
 * "Northern Space Agency", "Halden Broadcasting Network"): the corpus's type vote does not make a document's
 * organization of such a name a place or country (resolve/type-votes.ts). Lower case.
 */
export const BODY_NAME_WORDS: ReadonlySet<string> = new Set([
  ...INSTITUTION_WORDS,
  "department",
  "ministry",
  "agency",
  "network",
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

/**
 * Whether a word (lower case) ends an institution's name and no firm's legal one: "Foundation", "Fund", "Institute"
 * ("of the Health Foundation" after a person's name), not "Inc" ("Central Bancorp of the South Inc" is one firm).
 */
export function endsInstitutionName(key: string): boolean {
  return ORGANIZATION_SUFFIXES.has(key) && !COMPANY_FORMS.has(key);
}

/**
 * Stock exchanges that open a ticker in brackets after a listed company's name ("Tessaro (NYSE: TSR)", "Corvell
 * (TSX-V: CVL)"): resolve/names/firm-tickers.ts. As written.
 */
export const EXCHANGE_CODES: readonly string[] = [
  "NYSE",
  "NYSE American",
  "NASDAQ",
  "Nasdaq",
  "AMEX",
  "OTC",
  "OTCQB",
  "OTCQX",
  "TSX",
  "TSX-V",
  "TSXV",
  "CSE",
  "LSE",
  "AIM",
  "ASX",
  "NZX",
  "SGX",
  "HKEX",
  "NSE",
  "BSE",
  "JSE",
  "Euronext",
  "Xetra",
  "SIX",
];
