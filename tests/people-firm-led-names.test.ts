/**
 * resolve/names/firm-led-names.ts: a firm's capitalized noun opening a sentence is no part of a person's name;
 * the name after it is the firm (session 21, issue 11 "companies listed as people"). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { organizationsOf, peopleOf } from "./helpers/document.js";

describe("a capitalized firm's noun opening a sentence introduces a firm (firm-led-names.ts)", () => {
  it.each([
    ["Carmaker Deltrix said it would cut 2,000 jobs. Deltrix has plants in Spain.", []],
    ["Retailer Brennan reported weak sales on Tuesday. Analysts had expected worse.", []],
    ["Drugmaker Halvorsen won approval for a new pill, the agency said on Friday.", []],
    // The tagger leaves the noun out before a comma: the name right after it is the firm.
    ["Sales fell. Carmaker Deltrix, meanwhile, said it would cut 2,000 jobs.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });

  it("names the firm without the noun", () => {
    expect(
      organizationsOf("Carmaker Deltrix said it would cut 2,000 jobs. Deltrix has plants in Spain."),
    ).toEqual(["Deltrix: Deltrix"]);
  });
});

describe("persons after the same nouns stay (firm-led-names.ts)", () => {
  it.each([
    // A full name led by a known first name: the rule leaves it alone.
    ["Retailer Dana Whitlow, 54, said her shop would close.", ["Dana Whitlow"]],
    // The noun in lower case after an article: a person's job noun elsewhere in the sentence.
    ["Airline pilot Dana Whitlow said the landing was hard.", ["Dana Whitlow"]],
    // The noun inside a sentence, before a person it does not introduce.
    ["Shares in the insurer rose after Lender Dana Whitlow spoke.", ["Dana Whitlow"]],
    // A person noun, not a firm's: descriptor-led-names.ts reads it.
    ["Defender Corin Ashdale was booked. Ashdale said nothing.", ["Corin Ashdale"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
