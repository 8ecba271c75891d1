/**
 * resolve/names: firms named with no company form in the text, told by what the text says they do (session 20,
 * issue 11 "companies listed as people"). All names are invented; the guard rows keep people who do the same
 * verbs or own the same nouns as persons.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a name that gives a company's results is the firm (firm-results.ts)", () => {
  it.each([
    ["Halvorsen posted a loss of £40 million in the third quarter. Halvorsen said demand was weak.", []],
    ["Halvorsen reported a net profit of 40 mln dlrs, up from 31 mln. Halvorsen said sales rose.", []],
    ["Okafor recorded pretax profits of 12 mln stg in the year to March, Okafor said.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a person who reports a profit or a loss stays (firm-results.ts)", () => {
  it.each([
    // A tax filing's loss is a person's.
    ["Halvorsen reported a loss of £916 million on his 1995 tax return, the newspaper said.", ["Halvorsen"]],
    // A pitcher's loss: no figure, no accounts word.
    ["Ramirez recorded the loss as the Tigers fell 3-2. Ramirez said he was tired.", ["Ramirez"]],
    // An age in commas marks the person.
    [
      "Dana Whitlow, 64, reported a net profit of 40 mln dlrs. Whitlow said it was a good year.",
      ["Dana Whitlow"],
    ],
    // One's own earnings; a title.
    ["Halvorsen reported his earnings to the tax office, Halvorsen said.", ["Halvorsen"]],
    ["Mr Halvorsen reported a profit on the sale of his house.", ["Halvorsen"]],
    // A singer's sales are no company's results.
    ["Adele posted record sales in her first week, Adele said.", ["Adele"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a name whose possessive holds a trade's stores or accounts is the firm (firm-possessions.ts)", () => {
  it.each([
    ["Analysts expect Tessaro's profits to climb. Tessaro's stores in Ohio will close next month.", []],
    ["Halvorsen's stores in Ohio will close next month, Halvorsen said.", []],
    ["Keswin's earnings rose to 1.2 billion dlrs in 1986, Keswin said.", []],
    // Session 29: its works after "the"; "managing director" among a firm's officers.
    ["Workers at the Marchetti plant were told on Monday.", []],
    ["Hulbrook's managing director, Nigel Ashworth, resigned.", ["Nigel Ashworth"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a person's stores, sales and earnings stay a person's (firm-possessions.ts)", () => {
  it.each([
    // A known first name: a shopkeeper.
    ["Dana Whitlow's stores in Ottawa are busy, Whitlow said.", ["Dana Whitlow"]],
    // A word of a longer person's name.
    ["Corin Ashdale earns a lot. Ashdale's earnings rose to £40 million last year.", ["Corin Ashdale"]],
    // A one-word name that is a first name: a singer.
    ["Adele's sales rose in the week after the show.", ["Adele"]],
    // Customers are a shopkeeper's too: not in the list.
    ["Ramirez's customers were angry, he said.", ["Ramirez"]],
    // A word of a longer person's name before works: his family's.
    ["Corin Marchetti grew up in Hamilton. Workers at the Marchetti plant knew him.", ["Corin Marchetti"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a name that a 'which' clause says runs a trade is the firm (firm-relatives.ts)", () => {
  it.each([
    ["Halvorsen, which makes garden tools, said it would cut 300 jobs. Halvorsen said demand fell.", []],
    ["Halvorsen, which also owns two mills in Ohio, said it would cut jobs.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a person before a 'which' of the clause, or before 'who', stays (firm-relatives.ts)", () => {
  it.each([
    [
      "The senator attacked Halvorsen, which makes it harder to pass the bill, Dana Whitlow said.",
      ["Halvorsen", "Dana Whitlow"],
    ],
    ['"We will win," said Halvorsen, which is a surprise.', ["Halvorsen"]],
    ["Halvorsen, who makes garden tools, said he would cut 300 jobs.", ["Halvorsen"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a label worn, before its garment or alone after a verb of wearing, is no person (worn-labels.ts)", () => {
  it.each([
    // A modifier-less garment followed by more words ("handbag and ...").
    ["She carried a Marchetti handbag and wore a Renzo Alvi dress.", []],
    ["The actress wore Renzo Alvi to the premiere, and Lena Marsh wore Castellane.", ["Lena Marsh"]],
    [
      "Dana Whitlow wore Oscar de la Vessa at the gala, while her husband wore Tom Harland.",
      ["Dana Whitlow"],
    ],
    ["The singer arrived wearing Marco Delvane and left early.", []],
    ["Lena Marsh was dressed in Piero Santelli, her stylist said.", ["Lena Marsh"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a designer spoken of, or a person worn down, stays (worn-labels.ts)", () => {
  it.each([
    [
      "Lena Marsh wore a Marchetti quilted handbag. Renzo Alvi said the bag was new.",
      ["Lena Marsh", "Renzo Alvi"],
    ],
    ["The actress wore Renzo Alvi's old coat to the premiere.", ["Renzo Alvi"]],
    ["The boxer wore Whitlow down in the third round, Dana Whitlow said.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a name followed by its stock ticker is the listed company (firm-tickers.ts)", () => {
  it.each([
    ["Analysts like Halvorsen <HVN.N> and Kessling <KSL>, and Halvorsen said demand held up.", []],
    ["Investors sold Halvorsen <HVN> and bought Okafor <OKF> on Monday.", []],
    ["The index was led by Halvorsen (HVN.N), which rose 5 percent, Halvorsen said.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a person followed by a party's bracket or a caption's stays (firm-tickers.ts)", () => {
  it.each([
    ["Marta Kessel (R-Texas) said the bill would pass. Kessel (pictured) left early.", ["Marta Kessel"]],
    // Initials after a name led by a known first name are left alone.
    ["Dana Whitlow (DW) said the bill would pass.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
