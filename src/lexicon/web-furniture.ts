/**
 * The furniture of a news web page around the story: lines that link to other stories ("Related: …", "Read more:
 * …") and the time zones of its "Published … | Updated 4:15 p.m. ET" stamps.
 */

/** Lower-case words that open a line linking to another story, before a colon ("Related:", "READ MORE:"). */
export const LINK_OPENERS: readonly string[] = [
  "related",
  "read more",
  "read also",
  "also read",
  "see also",
  "more",
  "watch",
  "listen",
  "recommended",
  "trending",
  "more from",
  "latest",
];

/**
 * Words a wire closes its story with, after the last sentence or alone on the last line ("… great potential,"
 * Wang said. Enditem"; Xinhua's "Enditem", a release's "ENDS" or "-30-"): marks of the wire, not names.
 */
export const WIRE_CLOSERS: readonly string[] = ["enditem", "ends", "end", "endit"];

/** Time zones as written after a clock time ("4:15 p.m. ET", "2:05 PM PT", "10:00 GMT"), upper case. */
export const TIME_ZONES: readonly string[] = [
  "ET",
  "EST",
  "EDT",
  "CT",
  "CST",
  "CDT",
  "MT",
  "MST",
  "MDT",
  "PT",
  "PST",
  "PDT",
  "AT",
  "AST",
  "ADT",
  "NT",
  "NST",
  "NDT",
  "AKST",
  "AKDT",
  "HST",
  "GMT",
  "BST",
  "UTC",
  "CET",
  "CEST",
  "EET",
  "EEST",
  "WET",
  "IST",
  "AEST",
  "AEDT",
  "ACST",
  "AWST",
  "NZST",
  "NZDT",
  "JST",
  "KST",
  "HKT",
  "SGT",
  "WAT",
  "EAT",
  "CAT",
  "SAST",
];
