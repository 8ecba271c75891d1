/**
 * Punctuation the sentence splitter and the quote rules read around a quotation mark or an attribution, one set for
 * each place a rule looks (text/sentences.ts, extract/quotes). The sets overlap, most holding a dash or two, but each was chosen for its own place: a hyphen
 * may sign a quote (`“…” - Jane Roe`) and yet not open a dash quote's end. Dashes as a dateline or a label sets
 * them: dashes.ts; quotation marks: quote-marks.ts.
 */

/** The tokens that end a sentence for the splitter (text/sentences.ts): one mark, an ellipsis, "?!". */
export const SENTENCE_TERMINALS: ReadonlySet<string> = new Set([
  ".",
  "!",
  "?",
  "…",
  "...",
  "....",
  "?!",
  "!?",
]);

/** The marks that end a sentence. */
export const SENTENCE_END_MARKS: ReadonlySet<string> = new Set([".", "!", "?"]);

/** A sentence's end or a semicolon: where a quote's sentence or an attribution's clause ends. */
export const CLAUSE_END_MARKS: ReadonlySet<string> = new Set([".", "!", "?", ";"]);

/** Closing marks after which a sentence's end may stand (`… too late.” Adding, …`). */
export const SENTENCE_CLOSING_QUOTE_MARKS: ReadonlySet<string> = new Set(["”", "’", '"', "'"]);

/**
 * Dashes that sign a quote with a bare name: `“…” ― Pamela Ostrander`; and a hyphen standing alone as a dash, as
 * web copy writes one: `“…” - Jane Roe` (FIT half of seed 20261231).
 */
export const SIGNING_DASHES: ReadonlySet<string> = new Set(["—", "–", "―", "--", "-"]);

/** Punctuation inside the closing mark that lets the sentence go on: `“We will,” he said`. */
export const OPEN_ENDED_MARKS: ReadonlySet<string> = new Set([
  ",",
  "?",
  "!",
  "—",
  "–",
  "-",
  "--",
  "…",
  "...",
]);

/** Punctuation that may stand between a quote and an attribution after it: `”, he said` `” — he said`. */
export const QUOTE_ATTRIBUTION_LINKS: ReadonlySet<string> = new Set([",", "—", "–", "-", "--", "―"]);

/** A comma or a dash, inside or after a closing mark, with which the sentence goes on past the quote: `,”` `”,`. */
export const SENTENCE_GOES_ON_MARKS: ReadonlySet<string> = new Set([",", "?", "!", "—", "–", "--", "…"]);

/** Characters after which a quotation mark still opens ("(“", "—‘"). */
export const MARKS_BEFORE_OPENING_QUOTE: ReadonlySet<string> = new Set([
  "(",
  "[",
  "{",
  "—",
  "–",
  "-",
  "/",
  ":",
]);

/** Characters before which a quotation mark still closes ("”,"). */
export const MARKS_AFTER_CLOSING_QUOTE: ReadonlySet<string> = new Set([
  ".",
  ",",
  ";",
  ":",
  "!",
  "?",
  ")",
  "]",
  "}",
  "—",
  "–",
  "-",
  "/",
  "…",
]);

/** What stands between a live page's time stamp and a speaker's label: "14:32 GMT - Dana Roe:", "• Dana Roe:". */
export const LABEL_LEAD_MARKS: ReadonlySet<string> = new Set(["-", "—", "–", "--", ":", "|", "•"]);

/** Where a dash quote may end before its attribution: `…, said Roe`, `… — said Roe`, `…! said Roe`. */
export const DASH_QUOTE_ENDS: ReadonlySet<string> = new Set([",", "—", "–", "―", "!", "?"]);

/** How the end of an attribution between two quotes may end: a clause's or a sentence's mark, a dash. */
export const BRIDGE_END_MARKS: ReadonlySet<string> = new Set([",", ".", ";", ":", "—", "–"]);

/**
 * A possessive's marks as tokens of their own ("'s" of "Labour's", "'" of "the Tories'"): initials pass over them
 * (text/tickers.ts), and a possessor before a person's name ends at them (extract/entities/person-joins.ts).
 */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", "’", "'s", "’s"]);
