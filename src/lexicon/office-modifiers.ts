/**
 * Lower-case words that may stand between "the" and an office without making it another office or a compound
 * noun ("the sitting governor", "the former chairman"; not "the base chief", "the deputy minister"): a role noun
 * phrase the pronoun chain reads as the office's holder (resolve/speakers/by-role.ts `roleNounAt`).
 */
export const OFFICE_MODIFIERS: ReadonlySet<string> = new Set([
  "current",
  "former",
  "presumptive",
  "outgoing",
  "incoming",
  "acting",
  "sitting",
]);

/**
 * Modifiers that put an office in the past ("the former governor", "a onetime senator"; "ex-" is a prefix):
 * resolve/speakers/role-places.ts. Not "retired" ("the general said" often means a retired general) nor "then"
 * ("then-Gov. Roe" held the office at the time the story tells).
 */
export const PAST_OFFICE_MODIFIERS: ReadonlySet<string> = new Set([
  "former",
  "onetime",
  "one-time",
  "erstwhile",
]);
