/**
 * A court's written words, which speak for the court (`“…” of the case, the unsigned opinion said`, `the ruling
 * said`): head nouns of a speaker phrase in extraction only (FIT half of seed 20261231: such a clause was read as
 * nobody's; not "decision", `“…” about the decision, said X`, which then spoke). Kept out of the organization
 * nouns the tagger and the people list read. Lower case.
 */
export const COURT_DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "opinion",
  "ruling",
  "judgment",
  "judgement",
]);
