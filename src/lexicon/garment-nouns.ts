/**
 * Nouns of clothes and accessories a label's name stands before ("a Zentara biker coat", "her Mira Vell handbag"):
 * the name is the label's, not a person of the story (resolve/names/worn-labels.ts). Not "suit" (a lawsuit) nor
 * "top" (an adjective: "a senator's top aide").
 */
export const GARMENT_NOUNS: ReadonlySet<string> = new Set([
  "coat",
  "coats",
  "jacket",
  "jackets",
  "dress",
  "dresses",
  "gown",
  "gowns",
  "skirt",
  "skirts",
  "blouse",
  "shirt",
  "shirts",
  "sweater",
  "jumper",
  "blazer",
  "trousers",
  "jeans",
  "boots",
  "shoes",
  "heels",
  "sneakers",
  "trainers",
  "sandals",
  "handbag",
  "handbags",
  "bag",
  "bags",
  "clutch",
  "tote",
  "sunglasses",
  "scarf",
  "swimsuit",
  "bikini",
  // Session 32 (a PolNeAR train story: "voters with Bernie Sanders T-shirts" was one person's name).
  "t-shirt",
  "t-shirts",
  "hoodie",
  "hoodies",
]);

/**
 * Words right before a fashion label's name ("a Zentara biker coat", "her favourite Mira Vell quilted handbag"):
 * an article, a possessive, a demonstrative, "favourite"/"new" (resolve/names/worn-labels.ts, any case).
 */
export const GARMENT_LABEL_OPENERS: readonly string[] = [
  "a",
  "an",
  "the",
  "her",
  "his",
  "their",
  "my",
  "your",
  "our",
  "this",
  "that",
  "favourite",
  "favorite",
  "new",
];

/**
 * Verbs of wearing before a label's name that stands alone for its clothes ("wore Zentara to the premiere",
 * "arrived wearing Mira Vell"): resolve/names/worn-labels.ts, lower case, two words as written.
 */
export const WEARING_VERBS: readonly string[] = [
  "wore",
  "wears",
  "wearing",
  "donned",
  "donning",
  "dressed in",
  "clad in",
];

/**
 * Words after a label's name worn alone that close its phrase ("wore Zentara to the ball", "wearing Mira Vell
 * and pearls"): a preposition or "and"; punctuation does too. Not "out"/"down" ("wore Whitlow down": a rival).
 */
export const AFTER_WORN_LABEL: ReadonlySet<string> = new Set([
  "to",
  "at",
  "for",
  "on",
  "and",
  "as",
  "while",
  "with",
  "in",
  "from",
  "during",
]);
