/**
 * How news reports that someone now holds a role (resolve/speakers/appointed-role.ts): "Acme named Jo Roe (as)
 * chief executive", "Roe, who was appointed editor last year,", "Roe took over as coach", "Roe replaced Al Poe
 * as manager". A later "the chief executive said" is that person. Lower case.
 */

/** Verbs before the appointed person's name ("has named Jo Roe as", "appointed Jo Roe"). */
export const APPOINTING_VERBS: ReadonlySet<string> = new Set([
  "named",
  "names",
  "appointed",
  "appoints",
  "hired",
  "hires",
  "installed",
  "installs",
  "elected",
  "promoted",
]);

/** Of APPOINTING_VERBS, those that may take the role without "as" ("named Jo Roe chief executive"). */
export const BARE_ROLE_VERBS: ReadonlySet<string> = new Set([
  "named",
  "names",
  "appointed",
  "appoints",
  "elected",
]);

/** Words before an appointing verb that put the appointment in the future: no holder yet ("plans to name"). */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  "to",
  "will",
  "would",
  "could",
  "may",
  "might",
  "shall",
]);

/** Auxiliaries between the name (or "who") and a passive appointment ("who has been appointed", "was named"). */
export const APPOINTMENT_AUXILIARIES: ReadonlySet<string> = new Set([
  "was",
  "is",
  "has",
  "have",
  "had",
  "been",
]);

/** Passive participles of an appointment after the name ("was appointed editor", "has been named as coach"). */
export const APPOINTED_PARTICIPLES: ReadonlySet<string> = new Set([
  "appointed",
  "named",
  "hired",
  "installed",
  "elected",
  "made",
  "promoted",
  "confirmed",
]);

/** Verbs of taking a role over, followed by "over as" ("took over as coach"). */
export const TAKING_OVER_VERBS: ReadonlySet<string> = new Set(["took", "takes", "taken"]);

/** Verbs of succeeding someone in a role, followed by that person and "as" ("replaced Al Poe as manager"). */
export const SUCCEEDING_VERBS: ReadonlySet<string> = new Set([
  "succeeded",
  "succeeds",
  "replaced",
  "replaces",
]);

/** Verbs of becoming, followed at once by the role ("became chief executive in 2019"). */
export const BECOMING_VERBS: ReadonlySet<string> = new Set(["became", "becomes"]);

/**
 * Lower-case words that may stand before the role without making it another role ("its new chief executive",
 * "interim manager", "head coach"); not "assistant" or "deputy", which name another post.
 */
export const APPOINTED_ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  "new",
  "interim",
  "acting",
  "permanent",
  "caretaker",
  "full-time",
  "head",
  "incoming",
]);

/** Determiners that may open the role after the verb or "as" ("as its new editor", "as the club's manager"). */
export const APPOINTED_ROLE_DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "its",
  "their",
  "his",
  "her",
  "a",
  "an",
]);

/** What may follow the role's head: punctuation or one of these ("chief executive of Acme", "coach in June"). */
export const APPOINTED_ROLE_ENDS: ReadonlySet<string> = new Set([
  "of",
  "at",
  "in",
  "on",
  "for",
  "from",
  "after",
  "and",
  "last",
  "this",
  "since",
  "with",
  "until",
  "earlier",
]);
