/** Subject pronouns that may name a speaker, with the gender they imply (null when none). */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, "male" | "female" | "plural" | "neuter" | "first"> =
  new Map([
    ["he", "male"],
    ["she", "female"],
    ["they", "plural"],
    ["it", "neuter"],
    ["i", "first"],
    ["we", "first"],
  ]);

/**
 * Object pronouns that name a speaker as the object of "quoted" (`Xinhua quoted him as saying`): the person's, as
 * GENDERED_PRONOUNS reads them ("them" names no one person).
 */
export const OBJECT_SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(["him", "her"]);

/** Possessive and object pronouns that reveal a person's gender when they follow the name. */
export const GENDERED_PRONOUNS: ReadonlyMap<string, "male" | "female"> = new Map([
  ["he", "male"],
  ["his", "male"],
  ["him", "male"],
  ["himself", "male"],
  ["she", "female"],
  ["her", "female"],
  ["hers", "female"],
  ["herself", "female"],
]);

/** Subject pronouns that may open the sentence before a speaker pronoun and hand it their referent. */
export const GENDERED_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);

/** The pronouns a firm or a body takes of itself ("<name> said it would", "said its profits"). */
export const NEUTER_PRONOUNS: ReadonlySet<string> = new Set(["it", "its"]);

export const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "their"]);
