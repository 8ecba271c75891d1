/**
 * Words that bound a speaker's phrase in resolve/speakers/noun-phrase.ts: the words that open a clause whose
 * subject may follow, and the words a role's phrase may hold between the role and the name; and the words and marks
 * that open, join or end the phrase of a name elsewhere (a speaker's appositive, an employer's or a constituency's
 * name).
 */

/** Words that open a clause whose subject may follow ("because Hale is …, he …"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "but",
  "because",
  "when",
  "while",
  "although",
  "though",
  "if",
  "since",
  "after",
  "before",
  "until",
]);

/** Words a role's phrase may hold between the role and the name: "the president of Acme, Dana Whitlow". */
export const ROLE_PHRASE_WORDS: ReadonlySet<string> = new Set(["of", "the", "for", "at", "and", "&"]);

/** Words for part of a group before "of" ("one of the organizers", "two of his aides"). */
export const PART_OF_GROUP: ReadonlySet<string> = new Set([
  "one",
  "two",
  "three",
  "some",
  "several",
  "many",
  "most",
]);

/**
 * Lower-case words that join the capitalized words of a body's or an office's name when they stand between
 * capitals: "Bank of England", "Chancellor of the Exchequer", "Secretary of State for Health", "Marks & Spencer"
 * (speaker phrases that must reach past them to the person's name, extract/quotes).
 */
export const NAME_LINKS: ReadonlySet<string> = new Set(["of", "the", "and", "for", "&"]);

/** Words that join the parts of an employer's name: "Industrial Bank of Japan", "Gulf and Western". */
export const EMPLOYER_LINKS: ReadonlySet<string> = new Set(["of", "and", "&", "(", ")", "'s", "’s", "-"]);

/**
 * What may follow a name before a reporting verb, opening its appositive: "Dana Whitlow of Acme University,
 * said", "Ann Lee, 70, said", "Rick Dean (D-Ill.) said" (resolve/speakers/subject-position.ts).
 */
export const NAME_APPOSITIVE_OPENERS: ReadonlySet<string> = new Set([",", "(", "of", "from", "at"]);

/**
 * Words after which a speaker's name is followed by what qualifies it: "Dana Whitlow of the Acme Society"
 * (extract/quotes/verb-speakers.ts' describedSpeaker).
 */
export const POSTMODIFIER_STARTS: ReadonlySet<string> = new Set([
  ",",
  "(",
  "of",
  "for",
  "at",
  "from",
  "with",
  "in",
  "who",
  "on",
]);

/** Words that join a constituency's parts: "Ross, Skye and Lochaber", "Brighton & Hove", "Stoke-on-Trent". */
export const CONSTITUENCY_JOINERS: ReadonlySet<string> = new Set([",", "and", "&", "-"]);

/**
 * Words that end a clause looking back from a pronoun: a person before them may be its referent again
 * (resolve/speakers/pronoun.ts).
 */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ",",
  ";",
  ":",
  "(",
  '"',
  "“",
  "”",
  "and",
  "but",
  "or",
  "who",
  "whom",
  "that",
  "which",
  "when",
  "while",
  "because",
  "after",
  "before",
  "if",
  "as",
]);

/**
 * Adjectives that open a postmodifier after an unnamed source, with the prepositions they take: "a source
 * familiar with the talks", "a person close to Roe", "officials knowledgeable about the plan", "an aide briefed
 * on the matter" (extract/quotes/source-phrases.ts). The source speaks, not what the adjective's object names.
 */
export const SOURCE_POSTMODIFIERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["familiar", new Set(["with"])],
  ["close", new Set(["to"])],
  ["knowledgeable", new Set(["about", "of"])],
  ["briefed", new Set(["on"])],
]);
