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

/**
 * Parties whose names hold no word that says "party" and no word the 1996 tagger knows as a firm's, so that it reads
 * them as persons or places, or reads their last word alone ("Plaid Cymru, the Welsh nationalists": the person
 * "Cymru"; session 34 probe, BBC politics). Lower case, accents as news writes them and without.
 */
export const PARTY_NAMES: readonly string[] = [
  "plaid cymru",
  "sinn fein",
  "sinn féin",
  "fianna fail",
  "fianna fáil",
  "fine gael",
  "bloc quebecois",
  "bloc québécois",
  "likud",
  "kadima",
  "fatah",
  "fidesz",
  "syriza",
  "podemos",
  "ciudadanos",
  "die linke",
  "forza italia",
  "front national",
  "rassemblement national",
  "en marche",
  "la republique en marche",
  "la république en marche",
  "zanu-pf",
  "awami league",
];
