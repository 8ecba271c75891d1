/**
 * Speaker phrases with words that are not the speaker's name (session 20, issue #11 item 3): an abbreviation spelt
 * as a function word ("US", "WHO"), a capitalized office with its complement ("Secretary of State"), a hyphenated
 * describer ending in a participle ("London-born"). Text written for these tests.
 */
import { describe, expect, it } from "vitest";
import { quoteSummary as read } from "./helpers/quotes.js";

describe("an abbreviation spelt as a function word is no pronoun and leads on to the speaker", () => {
  it.each([
    [
      '"It is a proud moment," said US rapper Jaxon Pell.',
      [['"It is a proud moment,"', false, "Jaxon Pell"]],
    ],
    [
      '"The virus is spreading," said WHO chief Dana Whitlow.',
      [['"The virus is spreading,"', false, "Dana Whitlow"]],
    ],
    ['"We will respond," said US officials.', [['"We will respond,"', false, "US officials"]]],
    // (Guards: a headline in capitals, the pronoun in lower case, inside a quote.)
    ['"WE WILL NOT GIVE UP," SAYS US RAPPER.', [['"WE WILL NOT GIVE UP,"', true, null]]],
    ['"Give it to us," said the fans.', [['"Give it to us,"', false, "the fans"]]],
    ['"Tell us more," Dana Whitlow said.', [['"Tell us more,"', false, "Dana Whitlow"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

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

describe("a hyphenated describer ending in a participle is no part of the name after it", () => {
  it.each([
    ['"It never stops," London-born Teodor Vasko said.', [['"It never stops,"', false, "Teodor Vasko"]]],
    ['"It never stops," said London-born Teodor Vasko.', [['"It never stops,"', false, "Teodor Vasko"]]],
    ['"The deal is done," US-based Acme said.', [['"The deal is done,"', false, "Acme"]]],
    // (Guards: hyphenated first names and surnames; after a preposition or "the" the phrase is read as before.)
    ['"We won," Jean-Luc Marchand said.', [['"We won,"', false, "Jean-Luc Marchand"]]],
    ['"We won," Anne-marie Dufresne said.', [['"We won,"', false, "Anne-marie Dufresne"]]],
    ['"It is over," Acme-Smith said.', [['"It is over,"', false, "Acme-Smith"]]],
    [
      '"We are ready," a spokesman for Montreal-based Acme said.',
      [['"We are ready,"', false, "a spokesman"]],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a calling is a person noun: the people it names are the subject a cue's phrase reads", () => {
  it.each([
    // "left-wingers" (the calling "winger"): before, the phrase before the cue went on to the sentence's subject.
    [
      'Housing is a major campaign issue, with hard left-wingers accusing the council of being weak in the face of a "developer land grab."',
      [['"developer land grab."', true, null]],
    ],
    // (Guard: a named calling keeps its speaker.)
    [
      'Housing is a major issue, with the Chelsea winger Dale Ruddock accusing the club of a "quiet surrender."',
      [['"quiet surrender."', true, "Dale Ruddock"]],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
