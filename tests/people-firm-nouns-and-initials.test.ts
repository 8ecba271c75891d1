/**
 * resolve/names: a name after a firm's bare noun is a company (firm-nouns.ts), a name after a publication's
 * number is the publication (publication-issues.ts), a start-up named in apposition after "whose" is no person
 * (introduced.ts), and a name whose middle initial the tagger cut is one person (initialed-names.ts). All names
 * invented; the guard rows keep people beside those words.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

/** The document's people, each once, in order of first mention. */
const people = peopleOf;

describe("a name after a firm's bare noun is no person", () => {
  it.each([
    ["The drugmaker Halvorsen said sales rose. Halvorsen shares fell.", []],
    ["A spokesman for the drugmaker Halvorsen declined to comment.", []],
    ["Shares of automaker Brandtner rose 3 percent, Dana Whitlow said.", ["Dana Whitlow"]],
    ["The deal was struck with car maker Tessaro, which said profits rose. Tessaro gained.", []],
    ["Its subsidiary Corvell will be sold next year.", []],
    ["Sales at retailer Okonkwo were flat in May.", []],
    ["Ruth Okafor, a lawyer for insurer Pemberton, declined to comment.", ["Ruth Okafor"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person beside a firm's noun stays", () => {
  it.each([
    // A relative clause's subject after "a company"/"the firm".
    ["It plans to merge into a company Dana Whitlow is forming.", ["Dana Whitlow"]],
    ["She joined the firm Whitlow runs in 2010. Whitlow said so.", ["Whitlow"]],
    // Nouns that name people too: not firms' nouns.
    ["Noted film maker Dana Whitlow will serve as a consultant.", ["Dana Whitlow"]],
    ["Real estate developer Omar Haddad bought the tower.", ["Omar Haddad"]],
    // A founder's name before more words of the firm's name, cut by a line break.
    [
      "Dana Whitlow announced the purchase of Dana Whitlow and Co and its holding company Dana\nWhitlow Corp.",
      ["Dana Whitlow"],
    ],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a name after a publication's number is the publication", () => {
  it.each([
    ["She wrote in the latest issue of Tessa Varga's garden column.", []],
    ["The May edition of Velda Hart carried the interview with Tom Harlan.", ["Tom Harlan"]],
    // Guard: "the issue of" a person's affairs is a topic.
    ["They raised the issue of Whitlow's taxes. Dana Whitlow said no.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a start-up in apposition after a possessive relative is no person", () => {
  it.each([
    [
      "Finding a seat for Elena Voss, whose blood-testing start-up, Brantlos, has come under scrutiny, was hard.",
      ["Elena Voss"],
    ],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a name with a middle initial after an office's words is one person", () => {
  it.each([
    [
      "Senate Minority Leader Harold M. Tolliver (D-Nev.) said in a statement that the deal was bad. Tolliver said more.",
      ["Harold M. Tolliver"],
    ],
    ["Minority Leader Harold M. Tolliver said it was bad.", ["Harold M. Tolliver"]],
    [
      "Senate Minority Leader Harold M. Tolliver said in a statement that the deal was bad.",
      ["Harold M. Tolliver"],
    ],
    ["Senate Leader Dana M. Whitlow (D-Nev.) said it was bad.", ["Dana M. Whitlow"]],
    // Guards: a venue named after the person, a place's initials.
    ["She met Dana M. Whitlow Hall staff.", ["Dana M. Whitlow"]],
    ["He flew to Washington D. C. on Monday.", []],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
