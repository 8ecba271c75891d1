/**
 * `It has been claimed that he was a “fraud”`: a passive reporting verb's empty subject "It" names no speaker of
 * the fragment (session 21, issue #11 item 3). Text written for these tests.
 */
import { describe, expect, it } from "vitest";
import { quoteSummary as read } from "./helpers/quotes.js";

describe("a passive's empty 'It' is no speaker", () => {
  it.each([
    ["It has been claimed that he was a “fraud” at the time.", [["“fraud”", true, null]]],
    ["It was reported that the plan was “dead on arrival”.", [["“dead on arrival”", true, null]]],
    ["It has been speculated that the pair were “secretly engaged”.", [["“secretly engaged”", true, null]]],
    // (Guards: "It" as an active subject, a body speaking; a plural subject of the same verb.)
    ["It said the plan was “dead on arrival”.", [["“dead on arrival”", true, "It"]]],
    ["Critics have claimed the plan is “dead on arrival”.", [["“dead on arrival”", true, "Critics"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
