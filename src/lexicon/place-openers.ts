/**
 * Words that open a place's name before another name ("San Miguel", "Port Harlow", "Cape Spencer", "Fort Corby"):
 * a two-word name opening with one is no person's, though the word is a first name in some lists ("San") or the
 * last word a surname. Lower case. Reuters bench: a company named after a town ("San Miguel") read as a person.
 */
export const PLACE_OPENERS: ReadonlySet<string> = new Set([
  "san",
  "santa",
  "santo",
  "sao",
  "são",
  "saint",
  "st",
  "st.",
  "sainte",
  "port",
  "fort",
  "mount",
  "mt",
  "mt.",
  "lake",
  "cape",
  "los",
  "las",
  "new",
  "north",
  "south",
  "east",
  "west",
  "upper",
  "lower",
  "great",
]);

/**
 * Abbreviated words that open a name and never stand alone as one ("St. Elvary", "Ste. Orlaine", "Mt. Tarven",
 * "Ft. Corby", "St. Varnier" the surname): with and without the stop, lower case. Read by
 * extract/entities/abbreviated-openers.ts, which joins such a word the tagger read alone to the name after it.
 */
export const ABBREVIATED_OPENERS: ReadonlySet<string> = new Set([
  "st",
  "st.",
  "ste",
  "ste.",
  "mt",
  "mt.",
  "ft",
  "ft.",
]);

/**
 * A compass point's initial and the words it stands for in a place's name, lower case ("N. Korea", "S. Carolina",
 * "N. Ireland", "E. Timor" in headlines and tables). Read by extract/entities/compass-places.ts, which takes the
 * initial and the word after it for the place only when the gazetteer knows the name written out.
 */
export const COMPASS_INITIALS: ReadonlyMap<string, readonly string[]> = new Map([
  ["n.", ["north", "northern"]],
  ["s.", ["south", "southern"]],
  ["e.", ["east", "eastern"]],
  ["w.", ["west", "western"]],
]);

/**
 * Arabic words that open a place's name before an article and a name ("Jebel al-Akhdar", "Burj al-Arab", "Ras
 * al-Khaimah", "Sharm el-Sheikh", "Umm Qasr"): mountain, tower, cape, bay, gate, valley, hill, monastery, village,
 * inn, well, spring, mother, house, market, palace, mosque, bridge, river, meadow, quarter, city, port, road. Such a
 * name is no person's (extract/entities/article-names.ts). Lower case, in the Latin spellings news uses.
 */
export const ARABIC_PLACE_OPENERS: ReadonlySet<string> = new Set([
  "jebel",
  "jabal",
  "jbel",
  "burj",
  "ras",
  "sharm",
  "bab",
  "wadi",
  "tell",
  "tel",
  "deir",
  "dayr",
  "kafr",
  "khan",
  "bir",
  "ain",
  "umm",
  "beit",
  "bayt",
  "souk",
  "suq",
  "qasr",
  "masjid",
  "jisr",
  "nahr",
  "marj",
  "hayy",
  "madinat",
  "mina",
  "darb",
  "dar",
  "shatt",
]);

/**
 * The place openers above that open no person's name as its first word ("Cape Breton", "Fort Frances", "Port
 * Hawkesbury", "Mount Pearl"): a person span opening with one is the place (extract/entities/span-mentions.ts).
 * Not "San", "Santa", "St", "New", "West" and the like, which open people's names too ("Santa Claus", "North West",
 * "St John" the surname); not "Lake" ("Lake Bell"). Lower case.
 */
export const PLACE_ONLY_OPENERS: ReadonlySet<string> = new Set([
  "cape",
  "fort",
  "port",
  "mount",
  "mt",
  "mt.",
]);
