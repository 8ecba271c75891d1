import fc from "fast-check";

/*
 * The generators of the property tests (tests/property-*.test.ts): news-like pieces (names, "said", quotes,
 * titles, headers) mixed with noise (controls, escape sequences, lone surrogates, astral characters), so
 * that the extractors really run.
 */

/** PROPERTY_RUNS=20 npx vitest run tests/property-*.test.ts: a deeper search than `npm test` can afford. */
const DEPTH = Number(process.env.PROPERTY_RUNS ?? 1);
export const runs = (n: number): number => n * DEPTH;
/** The limit of a property test: the suite's own (vitest.config.ts: a loaded CI machine), times the depth. */
export const TIMEOUT = 180_000 * DEPTH;

const NAMES = [
  "Anna Berg",
  "Tomas Okafor",
  "Mr. Lindqvist",
  "Dr. Haddad",
  "President Duval",
  "Paris",
  "Kenya",
];
const WORDS = [
  "the",
  "minister",
  "said",
  "told",
  "reporters",
  "he",
  "she",
  "added",
  "on",
  "Tuesday",
  "prices",
];
const MARKS = ["“", "”", "‘", "’", '"', "'", "«", "»", "‹", "›", "„"];
const DASHES = ["-", "–", "—", "--", "―"];
export const NOISE = [
  "\u0000",
  "\u001b[31m",
  "\u001b]8;;http://x\u0007",
  "\u001b]0;title\u001b\\",
  "\u202e",
  "\u2066",
  "\u0085",
  "\u00a0",
  "\ufeff",
  "\r\n",
  "\r",
  "\n\n",
  "\t",
  "\ud83d\ude00",
  "\ud800",
  "\udfff",
  "𝐀𝐁",
  "é",
  "e\u0301",
  "...",
  "…",
  "U.S.",
  "a.m.",
  "e.g.x",
  "1,000.5",
  "10:30",
];

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.constantFrom(...DASHES) },
  { weight: 2, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 2, arbitrary: fc.constantFrom(".", ",", "!", "?", ":", ";", "(", ")") },
  // A run of capitals, as in headlines and shouting.
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{2,40}$/) },
  // Arbitrary Unicode, lone surrogates included.
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
);

const separator = fc.constantFrom(" ", " ", " ", "", "\n", "\r\n", "\n\n", "  ");

const body: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, separator), { maxLength: 80 })
  .map((parts) => parts.map(([p, s]) => p + s).join(""));

/** A quotation in the shape news uses it, so that the quote extractor and speaker resolution run. */
const quotation: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...NAMES), body, fc.constantFrom("said", "told reporters", "added", "warned"))
  .map(([name, words, verb]) => `“${words},” ${name} ${verb}. `);

const header = fc.constantFrom(
  "",
  "date 2020-01-01\n",
  "date 2020-01-01 ",
  "title A headline\ndate 2021-02-28\n\n",
);

export const documentText: fc.Arbitrary<string> = fc
  .tuple(header, fc.array(fc.oneof(body, quotation), { minLength: 1, maxLength: 4 }))
  .map(([h, parts]) => h + parts.join(" "));
