/**
 * Words that bound a speaker's phrase in resolve/speakers/noun-phrase.ts: the words that open a clause whose
 * subject may follow, and the words a role's phrase may hold between the role and the name.
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

/** Words after which a speaker's name is followed by what qualifies it: "Mr. Morgan of the Sierra Club". */
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

/** Words that join the parts of an employer's name: "Industrial Bank of Japan", "Gulf and Western". */
export const EMPLOYER_LINKS: ReadonlySet<string> = new Set(["of", "and", "&", "(", ")", "'s", "’s", "-"]);
