/**
 * Verbs of a person's life that a firm, a club or a place does not take as its subject: "<name> died", "<name>
 * resigned", "<name> was born". Left out on purpose: verbs a firm takes too in wire copy ("retired" debt, "pleaded
 * guilty", "was charged", "was fined", "was sentenced", "scored" a goal or a profit, "said").
 */

/** Past-tense verbs right after the subject ("<name> died on Sunday"). */
export const LIFE_EVENT_VERBS: ReadonlySet<string> = new Set([
  "died",
  "resigned",
  "married",
  "remarried",
  "divorced",
  "wed",
  "drowned",
]);

/** Participles after "was"/"is" ("<name> was born", "<name> is survived by"). */
export const LIFE_EVENT_PARTICIPLES: ReadonlySet<string> = new Set([
  "born",
  "buried",
  "survived",
  "knighted",
  "widowed",
  "arrested",
  "jailed",
  "imprisoned",
  "killed",
  "murdered",
  "stabbed",
  "shot",
  "wounded",
  "injured",
  "hospitalised",
  "hospitalized",
  "kidnapped",
  "abducted",
]);

/** Auxiliaries before such a participle ("was", "has been"). */
export const LIFE_EVENT_AUXILIARIES: ReadonlySet<string> = new Set(["was", "is", "has", "had"]);
