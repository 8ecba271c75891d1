/** The particles of a patronymic, which make the word before them a given name ("Mohammed bin Salman"). */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(["bin", "ibn", "bint", "binti"]);

/**
 * Lower-case words that belong inside a person's name ("Rafael van der Vaart", "Osama bin Laden",
 * "Leonardo da Vinci"). Any other lower-case word ends a person's name ("Frank Bruno has quit").
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
  "le",
  "von",
  "zu",
  "bin",
  "ibn",
  "bint",
  // Malay "binti" (daughter of: "Siti Nurhaliza binti Tarudin"), Filipino "dela" ("Ronald dela Rosa"), Welsh
  // "ap"/"ab" (son of: "Dafydd ap Gwilym", "Rhodri ab Iorwerth").
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
