/**
 * Speaker phrases with words that are not the speaker's name (session 20, issue #11 item 3). Text written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { quoteSummary as read } from "./helpers/quotes.js";

describe("after a capitalized office and its complement, the person named at its first name speaks", () => {
  it.each([
    [
      '"The talks failed," said Secretary of State Tom Harker.',
      [['"The talks failed,"', false, "Tom Harker"]],
    ],
    [
      '"The talks failed," said Chancellor of the Exchequer Dana Whitlow.',
      [['"The talks failed,"', false, "Dana Whitlow"]],
    ],
    [
      '"Rates will rise," said Minister of Finance Tom Harker.',
      [['"Rates will rise,"', false, "Tom Harker"]],
    ],
    [
      '"The talks failed," Iowa Secretary of State Tom Harker said.',
      [['"The talks failed,"', false, "Tom Harker"]],
    ],
    // (Guards: a constituency, an employer with "of", a lower-case role with "of".)
    ['"We lost," said Tory MP for Ashford Tom Roe.', [['"We lost,"', false, "Tom Roe"]]],
    ['"We lost," said Bank of Acme analyst Dana Whitlow.', [['"We lost,"', false, "Dana Whitlow"]]],
    ['"We lost," said a spokesman of Acme Corp.', [['"We lost,"', false, "a spokesman"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
