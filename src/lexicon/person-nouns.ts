/**
 * Nouns for anyone at all, with no role, trade or tie ("a man yelled", "another commenter wrote", "one user
 * tweeted"): the head of a speaker phrase like "the spokesman", though they name no office. Lower case,
 * singular (a plural in "s" is read through its singular).
 */
export const GENERIC_PERSON_NOUNS: ReadonlySet<string> = new Set([
  "man",
  "woman",
  "person",
  "commenter",
  "user",
  "attendee",
  "participant",
  "spectator",
  "onlooker",
  "bystander",
  "listener",
  "viewer",
  "reader",
  "fan",
  "teenager",
  "girl",
  "boy",
  // "The poster wrote that “…”", "a blogger said" (FIT half of seed 20261231).
  "blogger",
  "poster",
  // "Another child replied, “…”", "one insider said", "a campaign staffer said" (session 15: such unnamed speakers
  // had no phrase, and their quotes continued the last named speaker).
  "child",
  "kid",
  "youngster",
  "pupil",
  "shopper",
  "insider",
  "confidant",
  "staffer",
  "volunteer",
  "villager",
  "mourner",
  "protestor",
]);

/**
 * The gender a generic person noun gives ("the woman said", "a young man told"): what an unnamed speaker's
 * "she" or "he" after it must agree with. Lower case, singular.
 */
export const FEMALE_PERSON_NOUNS: ReadonlySet<string> = new Set([
  "woman",
  "girl",
  "lady",
  "mother",
  "grandmother",
]);
export const MALE_PERSON_NOUNS: ReadonlySet<string> = new Set(["man", "boy", "father", "grandfather"]);
