/** The particles of a patronymic, which make the word before them a given name ("Mohammed bin Salman"). */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(["bin", "ibn", "bint", "binti"]);

/**
 * Lower-case words that belong inside a person's name ("Jan van der Berg", "Mohammed bin Harith",
 * "Leonardo da Varenna"). Any other lower-case word ends a person's name ("Frank Milo has quit").
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "van",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "dos",
  "das",
  "do",
  "du",
  "des",
  "la",
  // Spanish plural articles after "de" ("Juan de los Rios", "Ana de las Heras"): without them the name was read as
  // two persons, the given names and the last word (s27 invented probe of 40 names from many countries: 1 of 40).
  "los",
  "las",
  "le",
  "von",
  "zu",
  "bin",
  "ibn",
  "bint",
  // Malay "binti" (daughter of: "Siti Aminah binti Rahmat"), Filipino "dela" ("Ronaldo dela Paz"), Welsh
  // "ap"/"ab" (son of: "Dafydd ap Gwynfor", "Rhodri ab Iorwerth").
  "binti",
  "dela",
  "ap",
  "ab",
  "al",
  "el",
  "ben",
  "ter",
  "ten",
  "af",
  "av",
  "y",
  "e",
  "st",
  "st.",
  "mac",
  "abu",
  "ould",
  // Bantu "wa" (of: "Ngugi wa Thiong'o").
  "wa",
]);

/**
 * The capitalized particles of Irish surnames, as written ("Seán Ó Laoire", "Áine Ní Chorráin", "Máire Nic Ruairc",
 * "Tomás Mac Ruairc"): Ó/Ua (descendant of), Ní/Uí (daughter or wife of an Ó), Mac/Mhic/Nic (son, wife, daughter
 * of a Mac). The tagger reads a span holding one as an organization's; unaccented "O" is left out (an initial).
 */
export const IRISH_SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  "Ó",
  "Ua",
  "Ní",
  "Uí",
  "Mac",
  "Mhic",
  "Nic",
]);

/**
 * Arabic articles glued to a surname by a hyphen ("al-Sadr", "el-Baradei", "ash-Shara"): the extractor joins such a
 * surname to the given name before it (extract/entities/article-names.ts), and the person rule matches the surname
 * without its article (resolve/names/persons.ts). Lower case.
 */
export const GLUED_ARTICLES: readonly string[] = ["al", "el", "ash", "ad", "as", "az", "ar"];

/** A generation after a surname ("Jr.", "Sr", "III"), which closes a person's name and is no name of its own. */
export const GENERATION_WORD = /^(?:[IVX]+|Jr\.?|Sr\.?)$/u;
