/**
 * A government office's portfolio as a lower-case word before its role noun ("the foreign secretary", "the health
 * minister", "Education Secretary Jo Roe"): two holders of different portfolios are two offices, though both are
 * "secretary" (resolve/speakers/by-role.ts). Lower case, one word each.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  "foreign",
  "home",
  "health",
  "education",
  "defence",
  "defense",
  "finance",
  "transport",
  "transportation",
  "environment",
  "justice",
  "interior",
  "labour",
  "labor",
  "energy",
  "trade",
  "culture",
  "agriculture",
  "housing",
  "business",
  "industry",
  "immigration",
  "treasury",
  "commerce",
  "tourism",
  "sports",
  "welfare",
]);
