/**
 * The elided "and" of "rock 'n' roll" between single marks is no quotation (session 20, issue #11 item 3). Text
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { quoteSummary as read } from "./helpers/quotes.js";

describe("the mark after an elided 'n' closes no quote", () => {
  it.each([
    [
      "'It was pure rock 'n' roll,' said Dana Whitlow.",
      [["'It was pure rock 'n' roll,'", false, "Dana Whitlow"]],
    ],
    [
      "Rovers' 'Rock 'n' Roll Night' goes ahead next week, the club said.",
      [["'Rock 'n' Roll Night'", true, "the club"]],
    ],
    // (Guards: the elision in double quotes, written as one word, and beside a quote of its own.)
    [
      "\"It was pure rock 'n' roll,\" said Dana Whitlow.",
      [["\"It was pure rock 'n' roll,\"", false, "Dana Whitlow"]],
    ],
    ["He loves rock'n'roll. 'We sold out,' said Tom Harker.", [["'We sold out,'", false, "Tom Harker"]]],
    [
      "The band's rock 'n' roll show drew 'huge crowds', Tom Harker said.",
      [["'huge crowds'", true, "Tom Harker"]],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
