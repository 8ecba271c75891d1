/**
 * Hostile input for the attributions added for wire copy and live pages (a label before a colon, "quoted X as
 * saying", a nickname between name words, a base-form cue read as a noun): whatever the mix, quotes stay inside
 * the text, in order and apart, and long runs of each pattern stay linear (generous bounds: a quadratic scan
 * takes minutes on these).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LINEARITY_TIMEOUT_MS } from "./helpers/cpu-time.js";
import { expectQuotesApart, expectQuotesLinear, quotesOf } from "./helpers/quotes.js";

const pieces = fc.constantFrom(
  "Roche",
  " Mary Roe",
  ":",
  ": ",
  " - ",
  "14:32",
  " 3.45pm",
  "Updated ",
  " (Orkney and Shetland)",
  "(",
  ")",
  '"',
  "“",
  "”",
  " Bato ",
  "Sen. Ronald ",
  " dela Rosa",
  " state media quoted",
  " quoted",
  " as saying",
  " said",
  " for comment",
  ", ",
  ".",
  "\n",
  "\n\n",
  " ",
  "We will win",
  " (We will not give up)",
  " Labour MP for Wrexham Ian Lusk",
  " the Minister for Health, Mary Hanlon,",
);
const texts = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(""));

describe("labels, nicknames and quoting verbs on hostile input", () => {
  it("quotes stay inside the text, in order and apart, and speaker phrases inside the text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expectQuotesApart(text, quotesOf(text), (q) => {
          if (q.speakerPhrase !== null)
            expect(text.slice(q.speakerPhrase.start, q.speakerPhrase.end)).toBe(q.speakerPhrase.text);
        });
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    [
      "50,000 labelled quotes in one paragraph",
      `Where they stand\n\n${'Roe: "We will win." '.repeat(50_000)}`,
    ],
    [
      "a label after 100,000 words with no sentence end",
      `Notes\n\n${"word ".repeat(100_000)}- Roe: "We will win."`,
    ],
    ["50,000 nicknames", 'Sen. Ronald "Bato" dela Rosa and '.repeat(50_000)],
    ["50,000 quoting verbs", '"It grew," state media quoted Li as saying, '.repeat(50_000)],
    ["50,000 translations", '"Kami menang," (We won) Ahmad said. '.repeat(50_000)],
    ["a parenthesis never closed after 100,000 quotes", '"Kami," ( '.repeat(100_000)],
    ["100,000 colons before one quote", `Roe${": ".repeat(100_000)}"We will win."`],
  ])("stays linear on %s", (_, text) => expectQuotesLinear(text), LINEARITY_TIMEOUT_MS);
});
