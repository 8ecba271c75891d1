/**
 * Capitalized words written before a person's name that are no part of it (extract/entities/person-span.ts).
 * They are kept apart from PERSON_TITLES, whose words are features of the entity tagger: a word added there
 * changes the model, and these need no retraining.
 */

/**
 * A party or a camp, before a first name ("Democrat Marla Quenby", "Labour Jane Doe"). Hunspell lists them
 * capitalized, so they are not among the ordinary words that a name's start drops anyway ("Crooked Marla").
 */
export const PARTY_DESCRIPTORS: ReadonlySet<string> = new Set([
  "democrat",
  "democratic",
  "republican",
  "conservative",
  "liberal",
  "labour",
  "labor",
  "tory",
  "ndp",
  "gop",
  "independent",
  "green",
]);

/**
 * The party descriptors that name one member as a noun ("the Kentucky Republican", "the Vermont independent"), not
 * only as an adjective ("democratic", "labour"). Lower case.
 */
export const PARTY_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  "democrat",
  "republican",
  "conservative",
  "liberal",
  "tory",
  "independent",
]);

/**
 * A legislator's title, written in capitals before the name ("MP Jane Doe", "MPP", "MLA", "MEP", Quebec's "MNA",
 * Newfoundland's "MHA", Scotland's "MSP"). Lower case.
 */
export const MEMBER_TITLES: readonly string[] = ["mp", "mpp", "mla", "mep", "mna", "mha", "msp"];

/**
 * Party and legislature roles of Canadian, British and US news, before any name ("Conservative Leader Andrew
 * Schaefer", "Liberal MP Jane Doe", "Del. Rob Kessler", "Candidate Brisco"); alone, they name no one.
 */
export const ROLE_DESCRIPTORS: ReadonlySet<string> = new Set([
  "leader",
  ...MEMBER_TITLES,
  "whip",
  "del.",
  "delegate",
  "candidate",
  "nominee",
]);

/**
 * Prefixes that make an adjective of a name ("pro-Beijing", "Anti-Brisco", "non-Catholic"): such a word names no
 * person (resolve/names/named-things.ts).
 */
export const ADJECTIVE_PREFIXES: ReadonlySet<string> = new Set([
  "pro",
  "anti",
  "non",
  "post",
  "pre",
  "neo",
  "sub",
]);

/**
 * Prefixes that date an office ("then-Chief Justice", "then-Utah Gov.", "ex-Senator"): such a word alone is
 * the start of a title, no person (resolve/names/named-things.ts).
 */
export const OFFICE_TIME_PREFIXES: ReadonlySet<string> = new Set(["then", "ex"]);

/**
 * Suffixes that date an office the other way ("Mayor-elect", "Minister-designate"): with a title before the
 * hyphen, the word is a title, no name (extract/entities/dated-titles.ts).
 */
export const OFFICE_TIME_SUFFIXES: ReadonlySet<string> = new Set(["elect", "designate"]);

/**
 * US forces' grades that a class follows ("Petty Officer 2nd Class", "Sergeant First Class", "Airman First Class",
 * "Private First Class"), lower case, as token texts joined by spaces; the class is an ordinal (CLASS_ORDINALS) and
 * "Class". The tagger read the grade as a name and the class with the person ("First Class Ray Hill" a place):
 * extract/entities/class-ranks.ts. Kept apart from PERSON_TITLES, the tagger's features.
 */
export const CLASS_RANKS: ReadonlySet<string> = new Set([
  "petty officer",
  "chief petty officer",
  "sergeant",
  "sgt.",
  "airman",
  "private",
  "pvt.",
  "seaman",
  "specialist",
  "fireman",
]);
export const CLASS_ORDINALS: ReadonlySet<string> = new Set(["1st", "2nd", "3rd", "first", "second", "third"]);
