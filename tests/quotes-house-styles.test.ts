/**
 * Speaker phrases and quote bounds in other house styles (session 19, issue #11 item 3): first names that are
 * also English words, roles made of an adjective used as a noun, long descriptors before a name, hard-wrapped
 * wire copy. Text written for these tests.
 */
import { describe, expect, it } from "vitest";
import { quoteSummary as summary } from "./helpers/quotes.js";

/** [quoted span, partial, speaker phrase] of every quote, in order. */
const read = summary;

describe("a capitalized auxiliary right before a reporting verb is a first name", () => {
  it.each([
    ['"It was terrifying," Will said.', [['"It was terrifying,"', false, "Will"]]],
    ['"We lost it all," Will told reporters.', [['"We lost it all,"', false, "Will"]]],
    // (Guards: other first names that are words, and a lower-case auxiliary still skipped.)
    ['"We lost it all," Hope said.', [['"We lost it all,"', false, "Hope"]]],
    ['"It was a good night," said Bill.', [['"It was a good night,"', false, "Bill"]]],
    ['"It was over," Dana Whitlow would later say.', [['"It was over,"', false, "Dana Whitlow"]]],
    ['"We will win," he said.', [['"We will win,"', false, "he"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
