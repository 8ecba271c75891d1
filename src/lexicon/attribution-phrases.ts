/** Prepositional phrases that attribute what follows to a source: "according to X, “…”". Lower case. */
export const ATTRIBUTION_PREPOSITIONS: ReadonlyArray<readonly string[]> = [
  ["according", "to"],
  ["in", "the", "words", "of"],
  ["quoting"],
  ["citing"],
];

/** Words that open a noun phrase naming a speaker ("the president", "a spokesman", "his aide"). */
export const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "my",
  "your",
  "his",
  "her",
  "its",
  "their",
  "our",
  "one",
  "another",
  "this",
  "that",
  "these",
  "those",
  "two",
  "three",
  "several",
  "some",
  "many",
  "other",
  "both",
]);

/** Words that start a relative or appositive clause to skip between a speaker and its verb. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "whose", "whom", "which", "that"]);
