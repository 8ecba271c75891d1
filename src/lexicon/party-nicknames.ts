/**
 * Nicknames news gives parties, each with the stem of the party's formal first word (see partyStem in
 * resolve/names/organizations.ts): "the Tories" are the Conservative Party, "the Grits" the Liberal Party,
 * "the GOP" the Republican Party. Keys lower case, singular and plural.
 */
export const PARTY_NICKNAMES: ReadonlyMap<string, string> = new Map([
  ["tory", "conservative"],
  ["tories", "conservative"],
  ["grit", "liberal"],
  ["grits", "liberal"],
  ["gop", "republican"],
  ["dems", "democrat"],
]);

/**
 * Parties' clipped names that the tagger reads as a person's first name and surname ("Lib Dem home affairs
 * spokesman Mark Oaten": session 32, an invented BBC politics story listed "Lib Dem" as a person). Lower case.
 */
export const CLIPPED_PARTY_NAMES: ReadonlySet<string> = new Set([
  "lib dem",
  "lib dems",
  "lib-dem",
  "lib-dems",
  "libdem",
  "libdems",
]);
