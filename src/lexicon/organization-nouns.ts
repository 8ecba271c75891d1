/**
 * Head nouns of noun phrases that name an organization speaking ("the ministry said", "the campaign
 * said in a statement"): such a speaker is kept with its organization rather than resolved to a person.
 * A statement ("the report said") speaks for an author the document may not name, so it is not
 * resolved to the latest organization named, as "the company said" is.
 */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  "report",
  "statement",
  "study",
  "poll",
  "survey",
  "memo",
  "letter",
  "lawsuit",
  "complaint",
  "indictment",
  "filing",
  "release",
  "press release",
  "communique",
  "editorial",
  // Messages whose sender the text names elsewhere ("the email said", "a tweet read").
  "email",
  "e-mail",
  "tweet",
  "headline",
  "transcript",
]);

/** Every head noun of a speaking organization or of its statement. */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  "ministry",
  "department",
  "agency",
  "government",
  "administration",
  "office",
  "campaign",
  "committee",
  "company",
  "firm",
  "group",
  "police",
  "army",
  "military",
  "council",
  "commission",
  "court",
  "party",
  "embassy",
  "union",
  "organization",
  "organisation",
  "institute",
  "foundation",
  "bank",
  "network",
  "newspaper",
  "paper",
  "magazine",
  "spokesman's office",
  "team",
  "white house",
  "kremlin",
  "pentagon",
  "board",
  "authority",
  "authorities",
  "regime",
  "coalition",
  "alliance",
  "bloc",
  "association",
  "federation",
  "service",
  "outlet",
  "website",
  "site",
  "agency's",
  "times",
  "post",
  "journal",
  "news",
  "utility",
  "airline",
  "carrier",
  "retailer",
  "supermarket",
  "insurer",
  "lender",
  "regulator",
  "watchdog",
  "broadcaster",
  "club",
  "charity",
  "carmaker",
  "manufacturer",
  "operator",
  "corporation",
  "conglomerate",
  "university",
  "college",
  "school",
  "hospital",
  "diocese",
  ...STATEMENT_NOUNS,
]);

/**
 * Verbs by which a subject sends out a statement ("issued a statement", "sent out an email", "posted a video"):
 * a later "the statement said" is that subject's. Past forms; "out" may follow ("put out a statement").
 */
export const ISSUING_VERBS: ReadonlySet<string> = new Set([
  "issued",
  "released",
  "sent",
  "wrote",
  "posted",
  "published",
  "signed",
  "penned",
  "tweeted",
  "emailed",
  "e-mailed",
  "put",
  "circulated",
  "distributed",
  "delivered",
]);

/**
 * Documents, notices and publications that speak for their makers in a speaker phrase (extract/quotes only): "a
 * short bio describes her as “…”", "the ad argues that “…”", "a sign on the door read: “…”", "as the Courier
 * tabloid put it, …" (session 16, the brief's documents as sources and the FIT half of seed 20261261: no speaker).
 * Kept apart from ORGANIZATION_NOUNS, which the tagger's rules read as words no name holds ("Dana Banner"). As a
 * speaker such a noun names no organization by itself (resolve/speakers/by-organization.ts).
 */
export const NOTICE_NOUNS: ReadonlySet<string> = new Set([
  "ad",
  "advert",
  "advertisement",
  "bio",
  // (Not "biography": a book, as "memoir" is (TITLED_WORK_NOUNS); `“Title,” a biography written by …` gave the
  // title to "a biography" in session 16's CHECK diff.)
  "profile",
  "sign",
  "placard",
  "banner",
  "billboard",
  "leaflet",
  "flyer",
  "brochure",
  "petition",
  "manifesto",
  "tabloid",
  "broadsheet",
]);

/**
 * Nouns that name a legislature or a public body and close its name ("the Northern Assembly", "the Kestrel
 * Parliament", "the State Senate"); none closes a person's name. Lower case. Read where a title's next word was
 * taken for a person's name and the body noun follows it ("President Northern Assembly": titled-bodies.ts).
 * Session 23, a Wikinews sample (CC BY 2.5, through AMALGUM): a parliament after a credit line's title was a person.
 */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  "parliament",
  "assembly",
  "senate",
  "congress",
  "legislature",
  "council",
  "commission",
  "committee",
  "tribunal",
  "authority",
  "federation",
  "association",
  "institute",
  "foundation",
  "university",
]);

/**
 * Last words of an organization's name that make it a public body, a court, a school or a market, never a company:
 * "the company said" is not the Securities Commission, Borough Council or Stock Exchange named since the firm
 * (resolve/speakers/by-organization.ts). Lower case.
 */
export const NOT_COMPANY_ENDINGS: ReadonlySet<string> = new Set([
  ...BODY_NOUNS,
  "board",
  "court",
  "service",
  "administration",
  "department",
  "ministry",
  "agency",
  "exchange",
  "college",
  "school",
  "government",
  "police",
  "party",
]);

/** The nouns that head a public body's name ("Foreign Ministry", "Labour Bureau"): the two lists below share them. */
const BODY_HEADS = [
  "ministry",
  "department",
  "commission",
  "council",
  "committee",
  "bureau",
  "agency",
  "directorate",
  "secretariat",
  "inspectorate",
] as const;

/**
 * Nouns that head a public body's name after a capitalized modifier ("Home Office", "Foreign Ministry", "State
 * Department", "Labour Office"): extract/entities/opening-body-names.ts joins the modifier a sentence opens with.
 * Lower case.
 */
export const DEPARTMENT_NOUNS: ReadonlySet<string> = new Set([...BODY_HEADS, "office"]);

/**
 * Words that make a name a public body's wherever they stand in it, never a place's ("Ghana Cocoa Board", "North
 * Yemen Government", "Kansas City Board of Trade", "the Treasury"): resolve/names/place-bodies.ts. Not "office"
 * ("the Oval Office"), "embassy" (a building as much as a mission) nor "court" (place-bodies.ts reads it apart:
 * "Hampton Court" is a palace). Lower case.
 */
export const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  ...BODY_HEADS,
  "board",
  "authority",
  "government",
  "administration",
  "parliament",
  "senate",
  "assembly",
  "legislature",
  "tribunal",
  "treasury",
  "police",
  "army",
]);

/** Words before "Court" that make it a court of law ("Manhattan Federal Court", "Delaware Chancery Court"). */
export const COURT_KINDS: ReadonlySet<string> = new Set([
  "federal",
  "supreme",
  "district",
  "superior",
  "high",
  "crown",
  "appeal",
  "appeals",
  "chancery",
  "bankruptcy",
  "claims",
  "general",
  "state",
  "county",
  "magistrates",
  "magistrates'",
  "circuit",
  "criminal",
  "family",
  "provincial",
  "constitutional",
  "international",
]);
