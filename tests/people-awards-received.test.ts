/**
 * resolve/names/pets-and-awards.ts: a one-word name after "received/accepted/given/awarded a(n)" or "an
 * honorary" is an award, not a person (session 21, issue 11 "awards listed as people"). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("an award received is no person (pets-and-awards.ts)", () => {
  it.each([
    [
      "The actor Corin Ashdale received an honorary Zelda in 2003 and later wrote a memoir.",
      ["Corin Ashdale"],
    ],
    ["Dana Whitlow was given an honorary Lionel for her work, the academy said.", ["Dana Whitlow"]],
    ["Dana Whitlow accepted her second Bellamy at the ceremony in London.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons after the same verbs stay (pets-and-awards.ts)", () => {
  it.each([
    // A person received as a guest: no article before the name.
    ["The president received Corin Ashdale at the palace on Monday.", ["Corin Ashdale"]],
    // An honorary title before a full name: two words, not a one-word award.
    ["She was made an honorary member by Dana Whitlow, the club's chairman.", ["Dana Whitlow"]],
    // The award's name goes on into a longer phrase: no phrase end after it.
    ["Dana Whitlow received a Bellamy Foundation grant, Whitlow said.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
