/**
 * Manner-of-speech tags after a quote (`“…,” she laughed`, `“…,” blasted Dana Whitlow`, `“…,” reckoned the
 * coach`): the quote is a direct one with that speaker (session 21, issue #11 item 3: it was read as a partial
 * quote with no speaker). Text written for these tests.
 */
import { describe, expect, it } from "vitest";
import { quoteSummary as read } from "./helpers/quotes.js";

describe("manner-of-speech verbs tag a quote", () => {
  it.each([
    ["“I never expected to win,” she laughed.", [["“I never expected to win,”", false, "she"]]],
    ["‘It is a disgrace,’ blasted Dana Whitlow.", [["‘It is a disgrace,’", false, "Dana Whitlow"]]],
    ['"We can still go up," reckoned the coach.', [['"We can still go up,"', false, "the coach"]]],
    [
      "“Please give us more time,” Tom Harker pleaded.",
      [["“Please give us more time,”", false, "Tom Harker"]],
    ],
    ["“We are back,” beamed Marla Quenby, 34.", [["“We are back,”", false, "Marla Quenby"]]],
    ["“I knew it,” he grinned.", [["“I knew it,”", false, "he"]]],
    // (Guards: "threatened" as a passive is no cue; a noun before a quote with its own tag.)
    [
      "Diplomats said the reforms were not threatened by the drive against “foreign ideas” at all.",
      [["“foreign ideas”", true, "Diplomats"]],
    ],
    ["She gave a laugh. “We won,” said Tom Harker.", [["“We won,”", false, "Tom Harker"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
