/**
 * The dashes a news text sets between a dateline, a label or a name and what follows ("TORONTO —", "Pollsters
 * agree - Dana Roe: “…”"): a hyphen, two hyphens, an en dash, an em dash. Not the horizontal bar (―), which only
 * the rules of dash quotes and signatures read (extract/quotes/dash-quotes.ts, attribution-after.ts).
 */
export const DASHES: ReadonlySet<string> = new Set(["-", "--", "—", "–"]);

/**
 * The dashes that open a quote set off by a dash instead of marks ("— We waited ten years, said Ana Roe."): an en
 * dash, an em dash, the horizontal bar; not a hyphen (extract/quotes/dash-quotes.ts).
 */
export const QUOTE_OPENING_DASHES: ReadonlySet<string> = new Set(["—", "–", "―"]);
