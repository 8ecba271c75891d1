/**
 * A one-word "person" the gazetteer knows only as a city is the city right after a preposition of place or
 * motion (resolve/names not-people.ts, lexicon CITY_PREPOSITIONS). All names invented but the cities; the guard
 * rows keep people whose first name is also a city's. A first name and a word of places after "in" is a town
 * (resolve/names/named-things.ts).
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

/** The document's people, each once, in order of first mention. */
const people = peopleOf;

describe("a city after a preposition of place or motion is no person", () => {
  it.each([
    ["Dozens of nurses drove to Denver for a Whitlow union meeting.", []],
    ["The choir travelled to Denver for a Haddad charity concert.", []],
    ["Last spring, 60 farmers rode buses to Denver for a Quill water rally.", []],
    ["The airline already flies from Denver to eleven cities.", []],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person named like a city stays", () => {
  it.each([
    ["The letter went to Orlando, who read it aloud.", ["Orlando"]],
    ["Austin Reyes said the prize went to Austin, his son.", ["Austin Reyes"]],
    ["Dana Whitlow moved to Denver in 2010.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a first name and a word of places after 'in' is a town the gazetteer lacks", () => {
  it.each([
    ["The awards were handed out at the ceremony in Beverly Hills on Sunday.", []],
    ["It sold its claims in Elliot Lake, Ontario, to a mining firm.", []],
    // Guards: the surname alone names a person; a possessive.
    [
      "Hills, the trade envoy, said she would stay. Congress has confidence in Carla Hills, aides said.",
      ["Carla Hills"],
    ],
    ["Carla Hills spoke first. Officials in Carla Hills' office agreed.", ["Carla Hills"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
