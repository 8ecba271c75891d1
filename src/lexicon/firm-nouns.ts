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
  // Session 31: "Lumora, a Montreal-based startup, said it would" (an invented probe's firm left out).
  "startup",
  "start-up",
]);

/**
 * Nouns of a trade that, before "of" in apposition, call the name before them a firm: "X, a maker of boats", "X,
 * the Oslo-based supplier of software" (resolve/names/appositive-organizations.ts). The nouns of
 * FIRM_ACTIVITY_VERBS' trades; not "producer" ("a wine producer", "the producer of the film"), "publisher",
 * "developer" or "owner", which name persons too. Lower case.
 */
export const FIRM_TRADE_NOUNS: ReadonlySet<string> = new Set([
  "maker",
  "manufacturer",
  "supplier",
  "distributor",
  "retailer",
  "wholesaler",
  "provider",
  "operator",
  "exporter",
  "importer",
  "refiner",
]);

/**
 * Nouns of a trade that, after "<place>-based" in apposition, call the name before them a firm: "X, the
 * Calgary-based grocer,", "X, a Leeds-based chain," (resolve/names/appositive-organizations.ts). A place the
 * firm is based in makes the trade a business's, where "a grocer" alone may be a shopkeeper; not "developer",
 * "publisher", "producer", "broker" or "designer", which a place-based person is called too. Lower case.
 */
export const BASED_FIRM_NOUNS: ReadonlySet<string> = new Set([
  "grocer",
  "chain",
  "bank",
  "miner",
  "utility",
  "carrier",
  "railway",
  "railroad",
  "homebuilder",
  "shipper",
  "group",
  "manufacturer",
  "supplier",
  "distributor",
  "wholesaler",
  "operator",
  "exporter",
  "importer",
  "refiner",
  "provider",
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
 * The nouns that call an organization a company and nothing else: "the company said" is no public body named
 * since the firm (resolve/speakers/by-organization.ts).
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(["company", "firm"]);

/**
 * Firm nouns that may open a relative clause right after an article ("a company X founded"): the name after
 * them is not the firm's (resolve/names/firm-nouns.ts).
 */
export const RELATIVE_CLAUSE_NOUNS: ReadonlySet<string> = COMPANY_NOUNS;

/**
 * What a company does, as a relative clause's verb after its name ("Veldkamp, which makes garden tools";
 * resolve/names/firm-relatives.ts): a "which" that runs a trade refers to a firm, never to a person (who) nor to
 * the clause before it ("..., said Whitlow, which is a surprise" takes an evaluative verb, none of these).
 * Lower case, third person.
 */
export const FIRM_ACTIVITY_VERBS: ReadonlySet<string> = new Set([
  "makes",
  "manufactures",
  "produces",
  "owns",
  "operates",
  "sells",
  "markets",
  "distributes",
  "supplies",
  "builds",
  "designs",
  "develops",
  "employs",
  "controls",
  "holds",
  "offers",
  "provides",
  "publishes",
  "imports",
  "exports",
  "refines",
  "mines",
  "guarantees",
  "insures",
  "lends",
  "specializes",
  "specialises",
]);
