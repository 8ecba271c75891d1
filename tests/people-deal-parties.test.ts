/**
 * A name a deal's words show to be a company is an organization (resolve/names deal-parties.ts): "its" and a
 * deal's noun after it, "sell itself", "X and Y to merge". All names invented; the guard rows keep people beside
 * a company's "its".
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

/** The document's people, each once, in order of first mention. */
const people = peopleOf;

describe("a party to a deal is no person", () => {
  it.each([
    [
      "The bank will receive $40 million for advising Kessler on its sale to Orvex, Dana Whitlow said.",
      ["Dana Whitlow"],
    ],
    ["He helped design a plan that would allow Kessler and Whitaker to merge in a big deal.", []],
    ["The firm advised Hollis Brandt on its takeover bid, Dana Whitlow said.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person beside a company's deal stays", () => {
  it.each([
    ["Dana Whitlow said on its website that the shares would rise.", ["Dana Whitlow"]],
    ["Omar Haddad spoke about its sale at length.", ["Omar Haddad"]],
    ["Ruth Okafor and Tom Harlan agreed to merge their two shops.", ["Ruth Okafor", "Tom Harlan"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
