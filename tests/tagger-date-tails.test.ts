/**
 * A date word the tagger ran a name on into is no part of the name (spans.ts withoutDateTail, through trimSpan):
 * a weekday always, a month before a day or a year or after a preposition inside the span. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { trimmed } from "./helpers/marked-spans.js";

describe("a weekday or a dated month ends no name", () => {
  it.each([
    // a weekday after a name, or alone
    ["a deal struck with [ORG Acme Friday].", "a deal struck with [ORG Acme] Friday."],
    ["talks in [LOC Port Corvel Wednesday] ended", "talks in [LOC Port Corvel] Wednesday ended"],
    ["reports said [PER Friday], adding", "reports said Friday, adding"],
    ["the [ORG Harlow Board Monday Tuesday] ruling", "the [ORG Harlow Board] Monday Tuesday ruling"],
    // a month before a day or a year
    ["[PER Payable April] 17 to holders", "[PER Payable] April 17 to holders"],
    ["visited by [PER Dana Whitlow March] 19-22.", "visited by [PER Dana Whitlow] March 19-22."],
    ["rates of [PER July] 1, 1974", "rates of July 1, 1974"],
    // a month after a preposition inside the span
    ["The [ORG Acme in February] said", "The [ORG Acme] in February said"],
    ["a seminar at Tokyo [ORG University on March] 12", "a seminar at Tokyo [ORG University] on March 12"],
  ])("%s → %s", (marked, expected) => {
    expect(trimmed(marked)).toBe(expected);
  });
});

describe("guards: holidays, names that are months, and May stay", () => {
  it.each([
    ["shoppers on [MISC Black Friday] queued", "shoppers on [MISC Black Friday] queued"],
    ["the [ORG Sunday Courier] said", "the [ORG Sunday Courier] said"],
    ["[PER April Ellery] won", "[PER April Ellery] won"],
    ["[PER April] said she would go", "[PER April] said she would go"],
    ["the [LOC Long March] rocket", "the [LOC Long March] rocket"],
    ["[PER Dana May] 3 goals", "[PER Dana May] 3 goals"],
    ["[PER Dana Whitlow June] said", "[PER Dana Whitlow June] said"],
  ])("%s → %s", (marked, expected) => {
    expect(trimmed(marked)).toBe(expected);
  });
});
