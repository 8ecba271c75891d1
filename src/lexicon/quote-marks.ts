/**
 * Quotation marks by family. A family's marks pair with each other only: a double mark never closes a
 * single one. Curly marks say which side they are on (although writers and converters often get that wrong,
 * so the scanner trusts the surrounding spacing first); straight marks say nothing and rely on spacing. A "dash"
 * quote has no marks of its own: a paragraph's opening dash sets it off (extract/quotes/dash-quotes.ts).
 */
export type QuoteFamily = "double" | "single" | "guillemet" | "dash";

export interface QuoteMarkInfo {
  family: QuoteFamily;
  /** What the glyph itself says: an opening mark, a closing one, or either (straight marks). */
  side: "open" | "close" | "either";
}

export const QUOTE_MARKS: ReadonlyMap<string, QuoteMarkInfo> = new Map<string, QuoteMarkInfo>([
  ["“", { family: "double", side: "open" }],
  ["„", { family: "double", side: "open" }],
  ["‟", { family: "double", side: "open" }],
  ["”", { family: "double", side: "close" }],
  ['"', { family: "double", side: "either" }],
  ["＂", { family: "double", side: "either" }],
  ["‘", { family: "single", side: "open" }],
  ["‚", { family: "single", side: "open" }],
  ["‛", { family: "single", side: "open" }],
  ["’", { family: "single", side: "close" }],
  ["'", { family: "single", side: "either" }],
  ["«", { family: "guillemet", side: "open" }],
  ["»", { family: "guillemet", side: "close" }],
  ["‹", { family: "guillemet", side: "open" }],
  ["›", { family: "guillemet", side: "close" }],
]);

/** The marks of QUOTE_MARKS whose glyph says they open, close, or may do either (straight marks). */
export function quoteMarksBySide(side: QuoteMarkInfo["side"]): Set<string> {
  return new Set([...QUOTE_MARKS].filter(([, info]) => info.side === side).map(([mark]) => mark));
}

/** The apostrophes, straight and curly: a plural's possessive mark ("the Wardens' policy") is one of these alone. */
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", "’"]);

/**
 * Marks that only open a quotation, as the tagger's sentence-initial flag reads them: after one, a capital says
 * nothing about a name (extract/entities/document-view.ts).
 */
export const OPENING_QUOTE_MARKS: ReadonlySet<string> = new Set(["“", "‘", "«", "„"]);

/** Marks that may open or close a quotation, a tokenizer's doubled backquote among them (document-view.ts). */
export const EITHER_SIDE_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "'", "``", "`"]);
