/**
 * Speakers after a photo caption run into the text (no full stop between caption and sentence), as British
 * online news prints them. All text here is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("a caption run into the attribution", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a club's name glued to the coach's surname is the coach",
      "Coach Marco Bellini has named his side. Defender Paul Kerr has been ruled out of the game against Sevilla Bellini said: 'We are thinking only of this match.'",
      { "Marco Bellini": {}, "Paul Kerr": {}, "Sevilla Bellini": { type: "organization" } },
      [["Marco Bellini", "Sevilla Bellini"]],
    ],
    [
      "an organization named more than once stays the organization",
      "Dana Hollis runs the store. Acme Hollis opened in May. Acme Hollis said: 'Sales are strong.'",
      { "Dana Hollis": {}, "Acme Hollis": { type: "organization" } },
      [[null, "Acme Hollis", "Acme Hollis"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a participle after a name that 'of' governs", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "footage of a person saying",
      'The new ad uses footage of Dana Whitfield asking, "Why are we not ahead by fifty points?"',
      { "Dana Whitfield": {} },
      [["Dana Whitfield", "Dana Whitfield"]],
    ],
    [
      "but not a preposition that makes a place of it",
      'Mayor Ann Lee responded on Facebook writing, "We will rebuild."',
      { "Ann Lee": {}, Facebook: { type: "organization" } },
      [["Ann Lee", "Mayor Ann Lee"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
