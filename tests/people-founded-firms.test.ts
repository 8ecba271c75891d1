/**
 * resolve/names/founded-firms.ts: what the text says was founded is a firm or a body, not a person; the founder
 * stays a person (session 21, issue 11 "companies listed as people", note20 "a founder far from his firm").
 * All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a name that was founded is no person (founded-firms.ts)", () => {
  it.each([
    [
      "Dana Whitlow founded Kessel in 1985. The company now has 4,000 staff. In 1999 Whitlow sold her stake. " +
        "Today Kessel makes engines for trucks, and Kessel is listed in Frankfurt.",
      ["Dana Whitlow"],
    ],
    ["The Quentin label was bought by a French luxury group. Quentin was founded in 1972.", []],
    ["Shoppers love Brennan, founded in 1961 by two brothers. Brennan has 200 shops.", []],
    ["Kessel was founded by Dana Whitlow in 1985.", ["Dana Whitlow"]],
    [
      "Corin Ashdale co-founded Gadsby with two friends at university. Gadsby now employs 300 people.",
      ["Corin Ashdale"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("founders and persons near 'founded' stay (founded-firms.ts)", () => {
  it.each([
    // The founder before "founded", its subject.
    ["Dana Whitlow, who founded the label in 1985, is 61.", ["Dana Whitlow"]],
    // What was founded is the possessive's noun.
    ["She founded Whitlow's first shop in a garage, Corin Whitlow said.", ["Corin Whitlow"]],
    // A titled mention keeps the name a person's.
    ["Mr Kessel founded the firm. Kessel, founded in 1985, grew fast.", ["Kessel"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
