/**
 * Words that end or follow the name of a place or a venue, never (or seldom) a person's: read beside the
 * organizations' words of organization-suffixes.ts by the rules that tell a person's name from another name.
 */

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
  // Their abbreviations after a name (session 42 probe, a New Zealand flood: "a home on Pakowhai Rd" was a person
  // who spoke). Not "St" (Saint before a name) nor "Dr" (Doctor).
  "rd",
  "rd.",
  "ave",
  "ave.",
  "blvd",
  "blvd.",
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
  // Session 27 probe (42 invented local articles): a hall named for a donor ("the Rebecca Cohn Auditorium"), a
  // street ("west to Moodie Drive") and a wharf ("from Sackville Landing") listed as people; no surname is one.
  "auditorium",
  "drive",
  "crescent",
  "landing",
  // Session 30 lead's probe (an invented Ohio local story): "Montville Township trustees" listed "Montville" as a
  // person; no surname is "Township".
  "township",
  // Session 40 probe (a Ghanaian story): "a cocoa farmer in the Ashanti Region" listed a person; a country's
  // divisions are named so in Africa, Asia and the former Soviet states, and no surname is one of these.
  "region",
  "province",
  "district",
  "prefecture",
  "governorate",
  "oblast",
  "municipality",
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
  // Session 37: land and water forms the Reuters bench listed as people ("Noto Peninsula", "Eromanga Basin",
  // "Bass Straits", "Pocono Mountains"); no surname is one of them.
  "peninsula",
  "basin",
  "straits",
  "mountains",
  "islands",
  "desert",
  "glacier",
  "plateau",
  "reef",
]);

/** Whether a word (any case) ends a place's or a venue's name ("Square", "Park", "Basin"): PLACE_SUFFIXES or VENUE_WORDS. */
export function endsPlaceName(word: string): boolean {
  const key = word.toLowerCase();
  return PLACE_SUFFIXES.has(key) || VENUE_WORDS.has(key);
}

/**
 * Words that end a building's name after a person's ("the Betsy Ross House", "the Anne Frank House", "the Ida B.
 * Wells Homes"): also surnames, so a place only where the name cannot be a person's (after "the":
 * resolve/names/named-things.ts). With the venue words.
 */
export const BUILDING_WORDS: ReadonlySet<string> = new Set([
  ...VENUE_WORDS,
  "house",
  "homes",
  "court",
  "cottage",
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
  // Session 22 (issue 11, sport news): tracks named for people ("the <Name> velodrome", "the <Name> circuit").
  "velodrome",
  "circuit",
  "speedway",
  "raceway",
  "racetrack",
]);

/**
 * Venue nouns that name a venue after a name only when "the" opens it ("the Vallecas ground"): without it the
 * word is often a verb after a person ("Whitlow ground out a win"). CoNLL train: a football ground named for a
 * person listed as one (resolve/names/joined-names.ts).
 */
export const VENUE_NOUNS_AFTER_THE: ReadonlySet<string> = new Set(["ground"]);

/**
 * Lower-case nouns of a facility named after a person, written after the name ("Victor Verster prison", "Jomo
 * Kenyatta airport", "Groote Schuur hospital"): the name before one is the facility's, no person
 * (resolve/names/venues-and-events.ts). Lower case.
 */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set([
  "prison",
  "jail",
  "gaol",
  "airport",
  "hospital",
  "stadium",
]);
