/**
 * The dashes a news text sets between a dateline, a label or a name and what follows ("TORONTO —", "Pollsters
 * agree - Dana Roe: “…”"): a hyphen, two hyphens, an en dash, an em dash. Not the horizontal bar (―), which only
 * the rules of dash quotes and signatures read (extract/quotes/dash-quotes.ts, attribution-after.ts).
 */
export const DASHES: ReadonlySet<string> = new Set(["-", "--", "—", "–"]);
