/**
 * Words around a name that say it is a firm (read by extract/entities/employer-contexts.ts): the jobs whose
 * "at"/"with" names an employer ("an analyst at Vantorel", "a trader with Moravek"), the offices and holdings
 * whose "of" or "in" names a company ("chief executive of Tessaro", "a stake in Corvell"), and the nouns a
 * company's possessive opens ("Tessaro's board"). Lower case.
 */

/** Jobs of markets and firms: "<job> at/with X", "<job> Dana Whitlow at X". No job of government or sport. */
export const FIRM_JOBS: ReadonlySet<string> = new Set([
  "analyst",
  "analysts",
  "economist",
  "economists",
  "strategist",
  "strategists",
  "trader",
  "traders",
  "dealer",
  "dealers",
  "broker",
  "brokers",
  "banker",
  "bankers",
  "executive",
  "executives",
  "employee",
  "employees",
  // Session 36 probe (BBC politics, 2005): "Veritas founder Robert Kilroy-Silk" listed "Veritas" as a person. A
  // firm's or a party's founder, chairman or boss; a person's name modifies none of them ("a senator's aide" does).
  "founder",
  "founders",
  "chairman",
  "chairwoman",
  "boss",
]);

/** Prepositions after a firm's job before the firm. */
export const FIRM_JOB_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "with"]);

/**
 * Prepositions after a firm's job and a person's name before the firm: those above, and "of", as Canadian and
 * US news write a market's analyst ("said analyst Dana Whitlow of Corbeau"; a known place after "of" is the
 * person's town: "economist Dana Whitlow of Toronto"). Invented probe (s29): 1 of 1 such firm listed as a person.
 */
export const FIRM_JOB_PERSON_PREPOSITIONS: ReadonlySet<string> = new Set([...FIRM_JOB_PREPOSITIONS, "of"]);

/**
 * Two words before a company's name: an office or a holding and its preposition ("chief executive of",
 * "general manager of", "a stake in", "shares of"). Not "shares in", which also names a market ("list its shares in
 * Frankfurt": Reuters bench).
 */
export const COMPANY_BEFORE: ReadonlySet<string> = new Set([
  "executive of",
  "officer of",
  "director of",
  "manager of",
  "chairman of",
  "chairwoman of",
  "shareholders of",
  "shareholder of",
  "shares of",
  "stake in",
  "subsidiary of",
  "unit of",
]);

/**
 * Nouns after a company's possessive ("Tessaro's board", "Corvell's shareholders"); not "shares", which people
 * hold, nor "sales", "earnings" or "products", which a writer's, a player's or a designer's are too. The second
 * group (session 19, resolve/names/firm-possessions.ts): a firm's officers and holdings, in Reuters the
 * possessive's nouns whose possessors were all firms ("Tessaro's chairman").
 */
export const COMPANY_POSSESSIONS: ReadonlySet<string> = new Set([
  "board",
  "shareholders",
  "subsidiary",
  "subsidiaries",
  "chairman",
  "chairwoman",
  "directors",
  "stockholders",
  "units",
  "plants",
  "factories",
  "revenue",
  "revenues",
]);

/**
 * Nouns after a possessive that a trade's owner holds (resolve/names/firm-possessions.ts): a firm's stores and
 * staff, when the name is none of a person's (no known first name, no word of a longer person's name):
 * "Tessaro's stores", "Halvorsen Brothers' outlets". Not "customers" (a shopkeeper's: "Ramirez's customers").
 */
export const TRADE_OUTLETS: ReadonlySet<string> = new Set([
  "stores",
  "shops",
  "outlets",
  "showrooms",
  "franchises",
  "franchisees",
  "workforce",
]);

/**
 * A trade's accounts and goods after a possessive: a firm's only for a one-word name that is none of a person's
 * ("Tessaro's profits", "Keswin's earnings"); a full name's are a player's or a designer's ("Lee Okafor's
 * earnings", "Marta Kessel's products"). Reuters bench: the untitled persons before TRADE_OUTLETS and these
 * nouns were all firms (9).
 */
export const TRADE_ACCOUNTS: ReadonlySet<string> = new Set([
  "profit",
  "profits",
  "sales",
  "earnings",
  "turnover",
  "operations",
  "products",
  "brands",
]);

/** Two words after a company's possessive: its officers and accounts ("Tessaro's chief executive"). */
export const COMPANY_POSSESSION_PHRASES: ReadonlySet<string> = new Set([
  "chief executive",
  "chief financial",
  // British firms' officers (session 29, invented probe: "Fenwick's managing director" listed a store as a person).
  "managing director",
  "finance director",
  "chief operating",
  "parent company",
  "net income",
  "net profit",
  "net loss",
  "pretax profit",
  "operating profit",
  "share price",
  "stock price",
  "market value",
  "common stock",
  "common shares",
]);

/**
 * What a firm's shares or stock do on a market, after "<Name> shares" or "<Name>'s stock" ("Tessaro shares fell
 * 2p", "Corvell stock closed at 40"): verbs of price moves (resolve/names/firm-possessions.ts).
 */
export const SHARE_MOVES: ReadonlySet<string> = new Set([
  "rose",
  "fell",
  "closed",
  "gained",
  "jumped",
  "dropped",
  "slipped",
  "eased",
  "climbed",
  "slumped",
  "surged",
  "tumbled",
  "plunged",
  "soared",
  "edged",
  "firmed",
  "advanced",
  "declined",
  "rallied",
  "sank",
  "traded",
  "opened",
  "finished",
  "ended",
]);

/** States after "<Name> shares were": "were up 4p", "were unchanged". */
export const SHARE_STATES: ReadonlySet<string> = new Set([
  "up",
  "down",
  "higher",
  "lower",
  "unchanged",
  "firmer",
  "weaker",
  "steady",
  "suspended",
  "quoted",
]);

/**
 * Verbs by which a company gives its results ("Tessaro reported a net profit of ...", "Corvell posted a first
 * quarter loss"): read before RESULTS_NOUNS by resolve/names/firm-results.ts. Not "made" or "earned" alone,
 * which a person's pay and a trader's gain take too.
 */
export const RESULTS_VERBS: ReadonlySet<string> = new Set([
  "reported",
  "reports",
  "posted",
  "posts",
  "recorded",
  "records",
  "booked",
  "books",
]);

/**
 * A company's results after RESULTS_VERBS. Not "sales" (a singer "posted record sales") nor "income" alone (a
 * candidate "reported income of ..." in a tax filing); "loss" only with a figure or an accounts word before it
 * (RESULTS_LOSS_MARKS): a pitcher "recorded the loss".
 */
export const RESULTS_NOUNS: ReadonlySet<string> = new Set([
  "profit",
  "profits",
  "loss",
  "losses",
  "revenue",
  "revenues",
  "earnings",
  "turnover",
]);

/** Words of accounts that make a "loss" a company's ("a net loss", "a first-quarter loss", "a 40 mln dlr loss"). */
export const RESULTS_LOSS_MARKS: ReadonlySet<string> = new Set([
  "net",
  "pretax",
  "pre-tax",
  "operating",
  "quarter",
  "quarterly",
  "first-quarter",
  "second-quarter",
  "third-quarter",
  "fourth-quarter",
  "half",
  "half-year",
  "interim",
  "annual",
  "full-year",
  "trading",
  "mln",
  "million",
  "billion",
  "bln",
  "dlr",
  "dlrs",
  "stg",
]);

/**
 * What a firm opens, closes, ships or recalls by the count (resolve/names/firm-counts.ts: "Brennan will open 40
 * new stores", "Orvane shipped 4 million handsets"). Not "jobs" (a minister "will cut 40,000 jobs"), "copies",
 * "albums" or "units" (a singer "sold 3 million copies"), "restaurants" (a chef's), "homes" (a builder's or a
 * buyer's). Lower case, plural.
 */
export const COUNTED_HOLDINGS: ReadonlySet<string> = new Set([
  "stores",
  "shops",
  "outlets",
  "showrooms",
  "branches",
  "plants",
  "factories",
  "handsets",
  "vehicles",
]);

/**
 * A firm's works, after "the" and its name ("the Penhallow plant", "the Orvane refinery in Sarnia"): a person owns
 * no plant in news, and a family's farm or house is none of these (resolve/names/firm-possessions.ts). Lower case.
 */
export const FIRM_FACILITIES: ReadonlySet<string> = new Set([
  "plant",
  "plants",
  "factory",
  "factories",
  "mill",
  "mills",
  "refinery",
  "smelter",
  "warehouse",
  "depot",
]);

/** A firm's verbs before COUNTED_HOLDINGS (resolve/names/firm-counts.ts); lower case. */
export const HOLDING_COUNT_VERBS: ReadonlySet<string> = new Set([
  "open",
  "opens",
  "opened",
  "opening",
  "close",
  "closes",
  "closed",
  "closing",
  "shut",
  "shuts",
  "shutting",
  "ship",
  "ships",
  "shipped",
  "shipping",
  "recall",
  "recalls",
  "recalled",
  "recalling",
]);
