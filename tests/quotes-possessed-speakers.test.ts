/**
 * `“…,” said Lee's mother.`: after an inverted verb, the person noun a name's possessive opens is the speaker, as
 * before the verb (`“…,” Lee's mother said`), not the possessor (session 21, issue #11 item 3: the quote went to
 * the possessor, and so to a named person who did not speak). Text written for these tests.
 */
import { describe, expect, it } from "vitest";
import { quoteSummary as read } from "./helpers/quotes.js";

describe("a possessed person noun after an inverted verb speaks", () => {
  it.each([
    ["“I'm proud of him,” said Moss's mother.", [["“I'm proud of him,”", false, "Moss's mother"]]],
    [
      '"He did nothing wrong," said Dana Whitlow\'s lawyer on Monday.',
      [['"He did nothing wrong,"', false, "Dana Whitlow's lawyer"]],
    ],
    [
      "‘He is a fighter,’ said Mr Harker's wife, adding that he would recover.",
      [["‘He is a fighter,’", false, "Mr Harker's wife"]],
    ],
    ["“We will appeal,” said Moss's spokesman.", [["“We will appeal,”", false, "Moss's spokesman"]]],
    // (Guards: an office speaks for its owner; a name after a possessive; a name in apposition; a plain name.)
    ["“We accept it,” said Moss's office in a statement.", [["“We accept it,”", false, "Moss"]]],
    ["“We are pleased,” said Acme's Corin Dale.", [["“We are pleased,”", false, "Corin Dale"]]],
    ["“We were close,” said Moss's lawyer, Dana Whitlow.", [["“We were close,”", false, "Dana Whitlow"]]],
    ["“We were close,” said Harlan Moss on Monday.", [["“We were close,”", false, "Harlan Moss"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
