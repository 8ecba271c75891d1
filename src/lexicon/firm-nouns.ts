/**
 * Nouns that stand bare before a company's name in news style ("drugmaker Halvorsen said", "Dutch chemicals firm
 * Veldkamp NV", "its subsidiary Corvell"): read by resolve/names/firm-nouns.ts. Only nouns that name no person:
 * not "publisher", "developer", "broker", "brewer" or "broadcaster" ("real estate developer Dana Whitlow"), not
 * "film maker" or "lawmaker". Lower case; a product and "maker" may also be two words ("car maker").
 */
export const FIRM_NOUNS: ReadonlySet<string> = new Set([
  "company",
  "firm",
  "subsidiary",
  "conglomerate",
  "carmaker",
  "automaker",
  "drugmaker",
  "chipmaker",
  "planemaker",
  "toymaker",
  "steelmaker",
  "truckmaker",
  "retailer",
  "insurer",
  "lender",
  "airline",
  "brokerage",
]);

/** Products whose "maker" is a firm ("car maker", "chip maker"); lower case. */
export const FIRM_PRODUCTS: ReadonlySet<string> = new Set([
  "car",
  "auto",
  "drug",
  "chip",
  "aircraft",
  "plane",
  "software",
  "toy",
  "steel",
  "truck",
  "phone",
  "handset",
  "computer",
  "tyre",
  "tire",
  "engine",
  "semiconductor",
  "appliance",
  "cigarette",
]);

/**
 * Firm nouns that may open a relative clause right after an article ("a company X founded"): the name after
 * them is not the firm's (resolve/names/firm-nouns.ts).
 */
export const RELATIVE_CLAUSE_NOUNS: ReadonlySet<string> = new Set(["company", "firm"]);
