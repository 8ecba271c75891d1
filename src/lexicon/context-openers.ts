/**
 * First words of a sentence that lean on the sentence before it: a pronoun whose antecedent is earlier, or
 * a connective that answers it ("But", "However"). Lifted out of the story into a summary, such a sentence
 * reads as a fragment, so a summarizer ranks it lower.
 */
export const CONTEXT_OPENERS: ReadonlySet<string> = new Set([
  "he",
  "she",
  "it",
  "they",
  "his",
  "her",
  "its",
  "their",
  "this",
  "these",
  "those",
  "that",
  "but",
  "and",
  "or",
  "so",
  "however",
  "also",
  "still",
  "yet",
  "then",
  "instead",
  "meanwhile",
  "moreover",
  "furthermore",
  "nevertheless",
  "otherwise",
  "besides",
  "indeed",
  "such",
]);

/** Adverbs that open such a sentence as a preposition's phrase does: "However, “…”". */
export const LINKING_ADVERBS: ReadonlySet<string> = new Set([
  "however",
  "still",
  "yet",
  "meanwhile",
  "instead",
  "also",
]);
