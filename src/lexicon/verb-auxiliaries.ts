/** Auxiliary and modal verbs that show the word before them is a clause's subject ("Penhallow will …", "Ann Lee has …"). */
export const VERB_AUXILIARIES: ReadonlySet<string> = new Set([
  "is",
  "was",
  "has",
  "had",
  "will",
  "would",
  "can",
  "could",
  "did",
  "does",
]);

/** Verbs beyond the auxiliaries that show a reported clause's subject before them ("say they are"). */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  "are",
  "were",
  "have",
  "should",
  "may",
  "might",
  "must",
]);

/** Modal verbs ("will", "might"): a singular or a plural subject's alike. */
export const MODAL_VERBS: ReadonlySet<string> = new Set([
  "will",
  "would",
  "can",
  "could",
  "must",
  "may",
  "might",
  "should",
]);

/**
 * Verbs in the present or past that only a plural subject takes: a one-word name before one is a team or a body
 * ("Chelsea were", "Marsh and Co are"), never one person (resolve/names/plural-teams.ts, extract/entities/team-slang.ts).
 */
export const PLURAL_ONLY_VERBS: ReadonlySet<string> = new Set(["were", "are", "have", "do"]);

/** Forms of "be" before a participle, which make it a progressive: "was explaining", "is saying". */
export const PROGRESSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);

/**
 * A contracted "is" after a subject pronoun: "He's predicting …" (split "He" + "'s"; after a pronoun "'s" is never
 * a possessive). PolNeAR train's FIT part: such a progressive's fragment had no speaker.
 */
export const CONTRACTED_IS: ReadonlySet<string> = new Set(["'s", "’s"]);

/**
 * Verbs in the base form that a sport or business headline gives a plural subject right after a one-word name:
 * "Brentham edge out Rovers", "Rovers sign Whitlow", "Ashcombe seal title". A person's headline takes the "-s"
 * ("Whitlow beats Harlan"), so the name before one is a team or a body (resolve/names/headline-teams.ts). Only
 * verbs that are no noun after a surname: not "win", "draw", "rally", "move", "slip", "battle", "hold", "fight"
 * ("Whitlow win boosts Rovers", "Harlan rally falls short").
 */
export const HEADLINE_PLURAL_VERBS: ReadonlySet<string> = new Set([
  "beat",
  "edge",
  "ease",
  "cruise",
  "sink",
  "stun",
  "thrash",
  "crush",
  "hammer",
  "rout",
  "sweep",
  "snatch",
  "earn",
  "seal",
  "clinch",
  "secure",
  "reach",
  "survive",
  "extend",
  "overcome",
  "outclass",
  "frustrate",
  "deny",
  "dump",
  "knock",
  "sign",
  "sack",
  "appoint",
  "confirm",
  "reject",
  "complete",
  "lose",
  "suffer",
  "go",
  "come",
  "make",
  "take",
  "keep",
  "maintain",
]);
