/**
 * A quote nested in another and closed with the outer family's mark (`“… ‘look at it” and …,” said X`): the
 * first close ends the nested quote, and the outer quote goes on to the next close of its family, with no
 * opening mark between (session 21, issue #11 item 3). Text written for these tests.
 */
import { describe, expect, it } from "vitest";
import { quoteSummary as read } from "./helpers/quotes.js";

describe("a nested quote closed with the outer quote's mark", () => {
  it.each([
    [
      "“He said ‘we will look at it” and nothing happened,” said Dana Whitlow.",
      [["“He said ‘we will look at it” and nothing happened,”", false, "Dana Whitlow"]],
    ],
    [
      "“They call it ‘progress”, but it isn’t,” said Dana Whitlow.",
      [["“They call it ‘progress”, but it isn’t,”", false, "Dana Whitlow"]],
    ],
    [
      '"He said \'we will look at it" and nothing happened," said Dana Whitlow.',
      [['"He said \'we will look at it" and nothing happened,"', false, "Dana Whitlow"]],
    ],
    [
      "‘He told us “wait and see’ and then left,’ said Tom Harker.",
      [["‘He told us “wait and see’ and then left,’", false, "Tom Harker"]],
    ],
    // (Guards: a nested quote closed with its own mark; an apostrophe in the quote; a stray close with no
    // nested quote open; two quotes in one paragraph.)
    [
      "“He said ‘we will look at it’ and nothing happened,” said Dana Whitlow.",
      [["“He said ‘we will look at it’ and nothing happened,”", false, "Dana Whitlow"]],
    ],
    [
      "“The players’ union said no,” said Dana Whitlow.” The talks end today.",
      [["“The players’ union said no,”", false, "Dana Whitlow"]],
    ],
    [
      "“We won,” said Dana Whitlow. “They lost,” said Tom Harker.",
      [
        ["“We won,”", false, "Dana Whitlow"],
        ["“They lost,”", false, "Tom Harker"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
