/**
 * resolve/names/company-lists.ts `isListedWithPlaces`: a one- or two-word name listed among places is a place, not
 * a person (session 24, issue 11: towns in lists read as people on the Wikinews check corpus). All names are
 * invented or ordinary place names.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a name listed among places is a place (company-lists.ts)", () => {
  it.each([
    ["Damage was worst in the towns of Ubeda, Seville, Marisol and Granada.", []],
    ["Fire crews came from Leeds, York, Ripon and Abbots Morley.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("people beside places stay people (company-lists.ts)", () => {
  it.each([
    // The speaker before the list.
    ["Dana Whitlow said flights to Paris, Hollis and Madrid were cancelled.", ["Dana Whitlow"]],
    // A full name with a known first name closes the list.
    ["Visitors came from Leeds, York and Dana Whitlow's village.", ["Dana Whitlow"]],
    // A titled name.
    ["The mayors of Leeds and York met Dr Carrow on Monday.", ["Carrow"]],
    // An owner after places is left as it was read, no place.
    ["Acme sold its plant in Bluffton, Ohio, and Pemberton's shop in Leeds.", ["Pemberton"]],
    // Not a list: a person from a place.
    [
      "Jamie Carrow of Leeds, Dana Whitlow of York and Tom Rees spoke.",
      ["Jamie Carrow", "Dana Whitlow", "Tom Rees"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
