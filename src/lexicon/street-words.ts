/**
 * Words of street names in several languages, lower case: a person's name after one names the street
 * ("Rue Victor Hugo", "bd Jean Jaurès", "Avenida Juan Pérez"), and a plural one closes streets coordinated
 * ("Elm and Baxter Streets"). Read by resolve/names/streets.ts.
 */

/** Words that open a street's name and are written lower case in addresses too ("12 rue ...", "bd ..."). */
export const STREET_OPENERS_ANY_CASE: ReadonlySet<string> = new Set([
  "rue",
  "bd",
  "blvd",
  "av",
  "avda",
  "avenida",
  "calle",
  "paseo",
  "viale",
  "corso",
  "rua",
  "ulica",
  "ul",
  "jalan",
  "jl",
  "quai",
  "allée",
  "chaussée",
  "carrer",
  "praça",
  "piazza",
  "strada",
]);

/** Words that open a street's name when capitalized ("Avenue ...", "Boulevard ..."): lower case, they are prose. */
export const STREET_OPENERS_CAPITALIZED: ReadonlySet<string> = new Set([
  "avenue",
  "ave",
  "boulevard",
  "plaza",
  "place",
]);

/** Plural street words after coordinated names ("Elm and Baxter Streets", "King and Bay Sts."). */
export const PLURAL_STREET_WORDS: ReadonlySet<string> = new Set([
  "streets",
  "avenues",
  "roads",
  "boulevards",
  "lanes",
  "drives",
  "sts",
  "aves",
]);
