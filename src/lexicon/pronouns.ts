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
