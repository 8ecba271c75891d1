/**
 * `“…,” said Lee's successor, Jane Roe.`: the name in apposition after a possessor's noun is the speaker, whatever
 * the noun (session 21, issue #11 item 3: the quote went to the possessor for "successor", "rival", "team-mate",
 * "biographer", "girlfriend" and other nouns no role list holds; and after a role's possessive, "said the
 * senator's running mate, X", the quote went to the role). Text written for these tests.
 */
import { describe, expect, it } from "vitest";
import { quoteSummary as read } from "./helpers/quotes.js";

describe("a name in apposition after a possessor's noun speaks", () => {
  it.each([
    ["“We were close,” said Moss's successor, Dana Whitlow.", [["“We were close,”", false, "Dana Whitlow"]]],
    [
      "“He never gave up,” said Moss's team-mate, Tom Harker.",
      [["“He never gave up,”", false, "Tom Harker"]],
    ],
    [
      '"He hated fuss," said Moss\'s biographer, Rhona Gilchrist, who knew him for 30 years.',
      [['"He hated fuss,"', false, "Rhona Gilchrist"]],
    ],
    ["“It is a shock,” said Moss's girlfriend, Marla Quenby.", [["“It is a shock,”", false, "Marla Quenby"]]],
    [
      "‘We will fight on,’ said the senator's running mate, Corin Dale.",
      [["‘We will fight on,’", false, "Corin Dale"]],
    ],
    [
      "“He was always there,” said the minister's lawyer, Dana Whitlow.",
      [["“He was always there,”", false, "Dana Whitlow"]],
    ],
    [
      "“I am thrilled,” said the club's new signing, Tom Harker.",
      [["“I am thrilled,”", false, "Tom Harker"]],
    ],
    // (Guards: a role noun after a name's possessive, as before; a possessor's role holder; a name with its
    // own apposition.)
    ["“We were close,” said Moss's lawyer, Dana Whitlow.", [["“We were close,”", false, "Dana Whitlow"]]],
    ["“We were close,” said the agency's chief, Tom Harker.", [["“We were close,”", false, "Tom Harker"]]],
    [
      "“We were close,” said Harlan Moss, a friend of the family.",
      [["“We were close,”", false, "Harlan Moss"]],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
