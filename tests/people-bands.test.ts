/**
 * resolve/names/bands.ts: a one-word name the text calls a band is that band (session 22, issue 11 "bands").
 * All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a band is no person (bands.ts)", () => {
  it.each([
    ["The band Harrowgate released their third album on Friday. Harrowgate will tour Europe in May.", []],
    [
      "Harrowgate's frontman Dana Whitlow said the band would tour. Harrowgate played two sold-out nights.",
      ["Dana Whitlow"],
    ],
    ["Pellow's lead singer was taken ill before the show, and Pellow cancelled the tour.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons near a band's words stay (bands.ts)", () => {
  it.each([
    // A solo singer has a guitarist.
    ["Okafor's guitarist left the tour in May, Okafor said.", ["Okafor"]],
    // A person's own "frontman days".
    ["Dana Whitlow's frontman days are over, Whitlow said.", ["Dana Whitlow"]],
    // A member of a band.
    ["Dana Whitlow quit the band Okafor fronted, and Okafor said he was sad.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
