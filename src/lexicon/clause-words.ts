/**
 * Words a clause is read by when its subject is looked for before a reporting verb: what opens a main clause,
 * the adverbs between a subject and its verb, and the "-s" words that are no verb
 * (extract/quotes/clause-subjects.ts).
 */

/** Words opening a main clause before its subject (not "When", "If": a subordinate clause's subject is not the speaker). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "Then",
  "And",
  "But",
  "So",
  "Later",
  "Finally",
  "Meanwhile",
  "Still",
  "Now",
]);

/**
 * Words that open a subordinate clause, lower case: one the tagger took into the name after it at a sentence's or a
 * quote's start ("''If Trump wins, ...''", "''Once Fox made it an issue''": a PolNeAR train read, session 32) is
 * no part of the name (resolve/names/name-edges.ts).
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  "if",
  "once",
  "when",
  "whenever",
  "while",
  "unless",
  "because",
  "although",
  "though",
  "since",
  "until",
  "whether",
]);

/** Adverbs between a clause's subject and its verb ("Ann Lee immediately posted …, saying"). */
export const CLAUSE_ADVERBS: ReadonlySet<string> = new Set([
  "also",
  "then",
  "finally",
  "immediately",
  "quickly",
  "later",
  "again",
]);

/** Adverbs set off by commas between a clause's subject and its verb ("Mary Jones, however, disagreed:"). */
export const PARENTHETICAL_ADVERBS: ReadonlySet<string> = new Set([
  "however",
  "though",
  "too",
  "meanwhile",
  "instead",
]);

/**
 * Words ending in "s" that are no third-person verb ("Earlier this week, Lee pressed …": "this" is no verb after
 * "Earlier"); "-us" words ("thus", "various") are left out by the pattern itself.
 */
export const S_ENDED_NON_VERBS: ReadonlySet<string> = new Set([
  "this",
  "his",
  "its",
  "yes",
  "whereas",
  "perhaps",
  "as",
]);

/** Words that open a relative or time clause right before its subject pronoun ("… in which she declared"). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(["which", "whom", "where", "when", "whose"]);

/** Relative pronouns that open a clause whose last phrase is its object, never the sentence's subject. */
export const CLAUSE_RELATIVES: ReadonlySet<string> = new Set(["who", "whose", "which"]);

/** Articles before an acronym that is also a name ("the ARI", "an ARI attack"; "Ari" alone is a first name). */
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** Conjunctions that open a clause with its own subject, comma or not ("… said Lee while Roe believes …"). */
export const CONTRAST_CONJUNCTIONS: ReadonlySet<string> = new Set(["while", "whereas"]);
