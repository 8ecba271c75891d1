/**
 * Words around "God" in an exclamation or a set phrase ("oh my God", "thank God", "God bless", "for God's sake"):
 * there the word names no one the text is about (resolve/names/occasions.ts). Lower case.
 */
export const DEITY_WORDS: ReadonlySet<string> = new Set(["god", "lord", "jesus", "christ"]);
export const EXCLAMATION_BEFORE: ReadonlySet<string> = new Set([
  "my",
  "oh",
  "thank",
  "by",
  "swear to",
  "honest to",
]);
export const EXCLAMATION_AFTER: ReadonlySet<string> = new Set([
  "bless",
  "knows",
  "willing",
  "forbid",
  "damn",
  "help",
]);
