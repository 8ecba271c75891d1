/**
 * A speaker phrase must reach the person's name past the place, body or office that describes the role before it
 * (session 22, issue #11 item 3): "<place> state treasurer <name> said", "<body> of <place> governor <name> said",
 * "Secretary of State for Health <name> said". Before, the phrase was cut at the describer's first word and the
 * quote went to the place, the body or the office. Text written for these tests.
 */
import { describe, expect, it } from "vitest";
import { quoteSummary as read } from "./helpers/quotes.js";

describe("a reporting verb's base form before a person noun and a name modifies the noun", () => {
  it.each([
    [
      '"We will balance the books," Velmora state treasurer Dana Whitlow said.',
      [['"We will balance the books,"', false, "Dana Whitlow"]],
    ],
    [
      '"We will balance the books," said Velmora state treasurer Dana Whitlow.',
      [['"We will balance the books,"', false, "Dana Whitlow"]],
    ],
    ['"Claims rose," Acme claim manager Dana Whitlow said.', [['"Claims rose,"', false, "Dana Whitlow"]]],
    [
      '"We will act," North Velmora state deputy premier Dana Whitlow said.',
      [['"We will act,"', false, "Dana Whitlow"]],
    ],
    // (Guards: the verb after a plural subject, "say" before a role noun.)
    ['"It was late," critics claim spokesman Dana Whitlow admitted.', [['"It was late,"', false, "critics"]]],
    [
      '"It was late," residents say spokesman Dana Whitlow admitted.',
      [['"It was late,"', false, "residents"]],
    ],
    [
      '"We will act," the Velmora state government said.',
      [['"We will act,"', false, "the Velmora state government"]],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("describers with links between capitals before a role noun lead on to the name", () => {
  it.each([
    [
      '"Prices are high," Bank of Velmora governor Dana Whitlow said.',
      [['"Prices are high,"', false, "Dana Whitlow"]],
    ],
    [
      '"Prices are high," the Bank of Velmora governor Dana Whitlow said.',
      [['"Prices are high,"', false, "Dana Whitlow"]],
    ],
    // (Guards: links with no "of" read as before; a person noun that governs the name's role speaks; a name
    // after a preposition is not the speaker.)
    [
      '"We were poor today," Acme City and Velmora Rovers coach Dana Whitlow said.',
      [['"We were poor today,"', false, "Dana Whitlow"]],
    ],
    [
      '"Prices are high," the lawyer for Acme chief Dana Whitlow said.',
      [['"Prices are high,"', false, "the lawyer"]],
    ],
    ['"Prices are high," Mr. Roe of the Velmora Club said.', [['"Prices are high,"', false, "Mr. Roe"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a capitalized office's complement with its links before the name", () => {
  it.each([
    [
      '"The economy is growing," Chancellor of the Exchequer Dana Whitlow said.',
      [['"The economy is growing,"', false, "Dana Whitlow"]],
    ],
    [
      '"The economy is growing," Secretary of State for Health Dana Whitlow said.',
      [['"The economy is growing,"', false, "Dana Whitlow"]],
    ],
    [
      '"We will act," Governor of the Bank of Velmora Dana Whitlow said.',
      [['"We will act,"', false, "Dana Whitlow"]],
    ],
    // (Guards: the comma-set name, and the office alone.)
    [
      '"We will act," the Governor of the Bank of Velmora, Dana Whitlow, said.',
      [['"We will act,"', false, "Dana Whitlow"]],
    ],
    ['"We will act," the Governor of the Bank of Velmora said.', [['"We will act,"', false, "the Governor"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a role's lower-case complement, and a body's long name in apposition, lead on to the name", () => {
  it.each([
    [
      '"It is rare," Acme City\'s director of football Dana Whitlow said.',
      [['"It is rare,"', false, "Dana Whitlow"]],
    ],
    [
      '"It is rare," the head of the Velmora Chamber of Commerce, Dana Whitlow, said.',
      [['"It is rare,"', false, "Dana Whitlow"]],
    ],
    // (Guards: a spokesman for the named one speaks; a short complement as before; a long one with a lower-case
    // word is no body's name.)
    [
      '"It is rare," a spokesman for Velmora state premier Dana Whitlow said.',
      [['"It is rare,"', false, "a spokesman"]],
    ],
    ['"It is rare," the head of Acme, Dana Whitlow, said.', [['"It is rare,"', false, "Dana Whitlow"]]],
    [
      '"It is rare," the head of the big new Velmora trade body, Dana Whitlow, said.',
      [['"It is rare,"', false, "the head"]],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
