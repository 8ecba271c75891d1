/**
 * Nouns for anyone at all, with no role, trade or tie ("a man yelled", "another commenter wrote", "one user
 * tweeted"): the head of a speaker phrase like "the spokesman", though they name no office. Lower case,
 * singular (a plural in "s" is read through its singular).
 */
export const GENERIC_PERSON_NOUNS: ReadonlySet<string> = new Set([
  "man",
  "woman",
  "person",
  "commenter",
  "user",
  "attendee",
  "participant",
  "spectator",
  "onlooker",
  "bystander",
  "listener",
  "viewer",
  "reader",
  "fan",
  "teenager",
  "girl",
  "boy",
  // A gathering that chants or shouts as one ("“Gota go home,” chanted the crowd": session 40 probe, a Sri Lankan
  // story, where the chant went to the Speaker quoted before; "the crowd chanted" was read already).
  "crowd",
  "audience",
  // "The poster wrote that “…”", "a blogger said" (FIT half of seed 20261231).
  "blogger",
  "poster",
  // "Another child replied, “…”", "one insider said", "a campaign staffer said" (session 15: such unnamed speakers
  // had no phrase, and their quotes continued the last named speaker).
  "child",
  "kid",
  "youngster",
  "pupil",
  "shopper",
  "insider",
  "confidant",
  "staffer",
  "volunteer",
  "villager",
  "mourner",
  "protestor",
  // "The first lady told the crowd she was “…”" (session 16, FIT half of seed 20261261: no speaker).
  "lady",
]);

/**
 * The gender a generic person noun gives ("the woman said", "a young man told"): what an unnamed speaker's
 * "she" or "he" after it must agree with. Lower case, singular.
 */
export const FEMALE_PERSON_NOUNS: ReadonlySet<string> = new Set([
  "woman",
  "girl",
  "lady",
  "mother",
  "grandmother",
]);
export const MALE_PERSON_NOUNS: ReadonlySet<string> = new Set(["man", "boy", "father", "grandfather"]);

/**
 * Callings of performers and athletes, whom news names by one word or a stage name right after the noun ("the
 * singer Mirela", "striker Zelinho", "rapper Kofi Blaze"): a name there is a person's, never a firm's or a place's.
 * Only callings of one person (not "partner", "owner", "investor", "member", which stand before firms too; not
 * "model", which stands before a car's name: "1987-model Ford Tempos", Reuters bench).
 * Lower case, singular. Read by extract/entities/calling-names.ts; also person descriptors (PERSON_DESCRIPTORS).
 */
const CALLINGS: readonly string[] = [
  "singer",
  "rapper",
  "songwriter",
  "actor",
  "actress",
  "comedian",
  "dancer",
  "drummer",
  "guitarist",
  "bassist",
  "pianist",
  "violinist",
  "presenter",
  "novelist",
  "poet",
  "painter",
  "sculptor",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "winger",
  "footballer",
  "cricketer",
  "batsman",
  "runner",
  "sprinter",
  "marathoner",
  "boxer",
  "wrestler",
  "golfer",
  "swimmer",
  "cyclist",
  "skater",
  "skier",
  "gymnast",
  // Callings of today's showbiz and online news ("celebrity chef X", "the influencer X", "vlogger X"): an
  // invented battery of unknown names after them, 4 of 4 read as firms (s22).
  "chef",
  "influencer",
  "vlogger",
  // British sport and music pages' callings (invented battery, session 22: "Frontman X" kept the calling in the
  // name, "Wicketkeeper X" was a firm, "the playmaker X" was dropped, 4 of 11 callings).
  "frontman",
  "frontwoman",
  "vocalist",
  "keyboardist",
  "saxophonist",
  "cellist",
  "trumpeter",
  "playmaker",
  "wicketkeeper",
  "jockey",
  "hurdler",
  // Session 29 probe: "Glasgow stand-up X" (British arts pages); the word is a comic's calling before a name.
  "stand-up",
];
export const CALLING_NOUNS: ReadonlySet<string> = new Set(CALLINGS);

/**
 * Callings of media and online news ("the pundit X", "blogger X", "photographer X"), read as callings before a name
 * only (extract/entities/calling-names.ts): an invented probe of names from many regions after them (s23), 3 of 3
 * unknown names read as firms after each. Not "producer" or "designer", which stand before firms ("oil producer
 * Acme", "chip designer Acme"), nor "broadcaster". Kept out of PERSON_DESCRIPTORS, whose readers make speaker
 * phrases of them: with them there, CHECK (2,177 unread documents) moved 7 quotes' speakers, 4 better, 2 worse,
 * 1 neutral ("echoing some commentators who ..." took a quote of the person named before it).
 */
export const MEDIA_CALLINGS: ReadonlySet<string> = new Set([
  "commentator",
  "pundit",
  "newsreader",
  "journalist",
  "photographer",
  "blogger",
  "podcaster",
  "filmmaker",
]);

/**
 * A performer's calling written in capitals before the stage or given name ("DJ Saroya", "Radio 1 DJ Dana
 * Whitlow", "MC Blaze"): case-sensitive, as "Dj"/"mc" are other things. The tagger (1996 Reuters) never saw them
 * and reads the calling with the name as a firm.
 */
/**
 * Callings read before a name only in lower case ("K-pop star X", "the film's star X", "Kestrel star X"): written
 * with a capital, the word opens titles and names ("Star Wars", a newspaper's "Star"), so it is neither an opening
 * calling nor a person descriptor. Invented battery (s22): 4 of 5 unknown names after "star" read as firms.
 */
export const LOWER_CASE_CALLINGS: ReadonlySet<string> = new Set(["star"]);

export const CAPITALIZED_CALLINGS: ReadonlySet<string> = new Set(["DJ", "MC", "YouTuber"]);

/**
 * Callings only after the medium they work in ("TV host X", "radio host X", "news anchor X", "talk show host X"):
 * alone the words stand before firms and places too ("web host Acme", "host Brazil", "anchor tenant Acme").
 * Invented probe (s23): 13 of 40 names from many regions after "TV host" read as firms. Lower case, singular.
 */
export const MEDIUM_CALLINGS: ReadonlySet<string> = new Set(["host", "anchor"]);
/**
 * A player's rank before the name in sport ("top seed X", "the second seed X", "British number one X"): only players
 * are ranked so (a team is a "seed" in few draws, and the gazetteer knows most clubs). Invented
 * probe (s23): 4 of 40 names after "British number one" read as places or firms, 1 of 3 after "top seed" a firm.
 * RANK_NOUNS stand right before the name; RANK_OPENERS before a number word or digit that does ("number one"). Not
 * "No. 1": wire text grades goods so ("No. 2 Barley", "No. 4 Feb"; a first version, Reuters 5 records changed).
 */
export const RANK_NOUNS: ReadonlySet<string> = new Set(["seed"]);
export const RANK_OPENERS: ReadonlySet<string> = new Set(["number"]);
/** Number words of a rank after RANK_OPENERS ("number one", "number two"), lower case. */
export const RANK_NUMBERS: ReadonlySet<string> = new Set([
  "one",
  "two",
  "three",
  "four",
  "five",
  "1",
  "2",
  "3",
  "4",
  "5",
]);
/** The media before MEDIUM_CALLINGS ("TV", "talk show", "breakfast show"), lower-cased. */
export const CALLING_MEDIA: ReadonlySet<string> = new Set([
  "tv",
  "television",
  "radio",
  "show",
  "podcast",
  "news",
]);

/**
 * Nouns for people that stand between a descriptor and a name ("Concord resident Whit Calloway", "Refco
 * analyst Mike Connery", "Quenby ally James Farrow"), beyond the role nouns of speaker-roles.ts (which
 * also name office holders for role resolution, so these stay apart). Every calling above is one too ("the
 * Chelsea winger X"). Lower case, singular.
 */
export const PERSON_DESCRIPTORS: ReadonlySet<string> = new Set([
  ...CALLINGS,
  "delegate",
  "resident",
  "scientist",
  "researcher",
  "ally",
  "widow",
  "widower",
  "consultant",
  "voter",
  "supporter",
  "historian",
  "owner",
  "member",
  "editor",
  "reporter",
  "correspondent",
  "partner",
  "treasurer",
  "trader",
  "dealer",
  "banker",
  "student",
  "teacher",
  "worker",
  "mother",
  "father",
  "son",
  "daughter",
  "wife",
  "husband",
  "friend",
  "neighbor",
  "neighbour",
  "veteran",
  "organizer",
  "organiser",
  "coordinator",
  "fellow",
  "head",
  "surrogate",
  "operative",
  "donor",
  "fundraiser",
  "critic",
  "observer",
  "lobbyist",
  "nurse",
  "doctor",
  "farmer",
  "player",
  "year-old",
  "writer",
  "artist",
  "designer",
  "engineer",
  "architect",
  "pilot",
  "survivor",
  "victim",
  "witness",
  "parent",
  "campaigner",
  "protester",
  "demonstrator",
  "entrepreneur",
  "investor",
  "shareholder",
  "native",
  "colleague",
  "deputy",
  "assistant",
  "associate",
  "trustee",
  "governor",
  "backbencher",
  "councillor",
  "councilor",
  "councilwoman",
  "councilman",
  "superintendent",
  "principal",
  "announcer",
  "narrator",
  "caller",
  "passenger",
  "customer",
  "employee",
  "official",
  // Who speaks for a performer or a writer: "Her agent, Tom Harlow, …" then "the agent said" (invented
  // entertainment reports: the agent or publicist went to nobody). Not "producer", which stands before firms ("a
  // copper producer <Firm> Ltd"): with it, Reuters CHECK made a firm's first word a person speaking.
  "agent",
  "publicist",
  // Who a local story quotes by what they are ("Local resident Jo Roe, 78, said … “…?” the pensioner asked":
  // session 39 probe, a British council story, where the pensioner went to nobody).
  "pensioner",
  "retiree",
  "homeowner",
  "tenant",
  "shopkeeper",
  "motorist",
]);

/**
 * Describers that name a person by a tie to another ("her agent", "his doctor", "a friend"): "the agent said" after
 * "The singer Dana Vell arrived late." is someone else, not an epithet of the person just named (by-describer.ts'
 * reading of the sentence before). Lower case, singular.
 */
export const RELATIONAL_PERSON_NOUNS: ReadonlySet<string> = new Set([
  "agent",
  "publicist",
  "friend",
  "neighbor",
  "neighbour",
  "colleague",
  "partner",
  "assistant",
  "associate",
  "deputy",
  "doctor",
  "nurse",
  "surrogate",
  "ally",
  "trustee",
  "employee",
  "customer",
  "caller",
  "owner",
  "head",
]);

/**
 * Offices that open an apposition after a founder's or owner's name ("Dale Emerson, head of ...", ", founder
 * of", ", the chairman of"): the name is a person's, not the namesake firm's (resolve/names/person-marks.ts).
 * Lower case.
 */
export const FIRM_HEAD_OFFICES: ReadonlySet<string> = new Set([
  "head",
  "founder",
  "co-founder",
  "chairman",
  "chairwoman",
  "president",
  "owner",
]);

/**
 * Lower-case plurals for a town's public servants and people ("Hamilton police say", "Leeds residents"): the town
 * before them is a place, which the tagger reads as an organization ("Hamilton police": session 36 probe, CP local
 * news; the document's other "Hamilton"s then went with it). Read by extract/entities/town-descriptors.ts.
 */
export const TOWN_PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  "police",
  "firefighters",
  "paramedics",
  "residents",
  "councillors",
  "councilors",
]);

/**
 * Nouns for a person whom a town's name before them places and no firm employs ("Glasgow stand-up X", "Leeds
 * pensioner X"): the town there is a place, which the tagger (1996 Reuters, where a town before a noun is often a
 * club) reads as an organization. Callings, media callings and anyone-at-all nouns, with the home's and trade's
 * nouns that name no employer (not "lawyer": "Burlington lawyer X" was the firm's, Reuters bench); the club
 * posts (CLUB_ROLES) are read apart (extract/entities/town-descriptors.ts). Lower case, singular.
 */
export const TOWN_PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...CALLINGS,
  ...MEDIA_CALLINGS,
  ...GENERIC_PERSON_NOUNS,
  "resident",
  "neighbour",
  "neighbor",
  "native",
  "pensioner",
  "student",
  "teacher",
  "mother",
  "father",
  "writer",
  "artist",
  "businessman",
  "businesswoman",
  "entrepreneur",
  "farmer",
  "campaigner",
  "protester",
  "backbencher",
  "councillor",
  "councilor",
]);

/**
 * Offices and ties only a person holds, beyond the gendered roles, the family's, the callings and anyone-at-all's
 * (no firm is a mayor, a critic or a victim): a name right after one, alone or in apposition, is a person's ("Its
 * chairwoman, Kagwiria Mbogori, said", "health critic Wanjiru Otieno said"; resolve/names/appositive-persons.ts).
 * Not the roles firms fill too ("adviser", "lawyer", "manager", "owner", "partner", "agent", "auditor", "source",
 * "investor", "host"). Lower case, singular; "executive" only after "chief" (the reader's rule).
 */
export const PERSON_ONLY_ROLES: ReadonlySet<string> = new Set([
  "president",
  "vice-president",
  "chairperson",
  "ceo",
  "executive",
  "spokesperson",
  "mayor",
  "governor",
  "premier",
  "minister",
  "senator",
  "lawmaker",
  "legislator",
  "councillor",
  "councilor",
  "secretary",
  // (Session 40 probe: "Walhi's Kalimantan director Fathur Roziqin Fen" was a firm; a board's directors are people.)
  "director",
  "critic",
  "coach",
  "captain",
  "skipper",
  "principal",
  "nurse",
  "doctor",
  "teacher",
  "student",
  "victim",
  "witness",
  "survivor",
  "friend",
  "neighbour",
  "neighbor",
  "colleague",
]);

/**
 * What only a person has, after a possessive name ("Giorgia Meloni's Brothers of Italy party", "Dana Roe's
 * government", "Dana Roe's widow"): a party, a government, a term in office, a spouse. Not the ties firms have too
 * ("sister", "parent", "partner") nor what a firm runs too ("campaign", "team"). Lower case, singular.
 */
export const PERSON_POSSESSIONS: ReadonlySet<string> = new Set([
  "party",
  "coalition",
  "government",
  "administration",
  "cabinet",
  "presidency",
  "premiership",
  "wife",
  "husband",
  "widow",
  "widower",
]);

/**
 * Adherents of a creed or a cause, which only a person is ("Sinan Ogan, the nationalist who came third,": session
 * 41 probe, a Turkish runoff; the candidate was a firm). Read in apposition after a name
 * (resolve/names/appositive-persons.ts). Lower case, singular.
 */
export const ADHERENT_NOUNS: ReadonlySet<string> = new Set([
  "nationalist",
  "populist",
  "socialist",
  "communist",
  "centrist",
  "separatist",
  "royalist",
  "monarchist",
  "islamist",
  "libertarian",
  "anarchist",
  "reformist",
  "hardliner",
  "moderate",
]);
