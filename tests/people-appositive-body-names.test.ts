/**
 * resolve/names/appositive-organizations.ts: a body's own name in apposition, its noun capitalized ("X, the
 * Northern Space Agency,"), calls X that body (session 21, issue 11). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a body's capitalized name in apposition makes an organization (appositive-organizations.ts)", () => {
  it.each([
    [
      "The launch has been moved to May, Halvorsen, the Northern Space Agency, said. Halvorsen gave no reason.",
      [],
    ],
    ["Ramirez, the Coastal Development Bank, said lending fell. Ramirez blamed high rates.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons with a capitalized apposition stay (appositive-organizations.ts)", () => {
  it.each([
    // An office, not a body.
    ["Dana Whitlow, the Foreign Secretary, said talks would resume.", ["Dana Whitlow"]],
    // A person of the body: the possessive's noun ends the phrase.
    ["Ramirez, the Coastal Development Bank's chairman, said lending fell.", ["Ramirez"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
