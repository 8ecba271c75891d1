/**
 * A name an apposition calls a firm, an agency or another body is an organization (resolve/names
 * appositive-organizations.ts). All names invented; the guard rows keep people described by a body's noun.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

/** The document's people, each once, in order of first mention. */
const people = peopleOf;

describe("a name called a body in apposition is no person", () => {
  it.each([
    ["The deal was arranged by Hollis Brandt, a firm founded in 2014 by two bankers.", []],
    ["Tamsin Creel, the official news agency, said the talks had ended.", []],
    ["Ruth Okafor said Marlow Penn, a boutique bank based in Leeds, advised the buyer.", ["Ruth Okafor"]],
    ["Farrow Quill, an Ohio consultancy, and Dana Whitlow wrote the report.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person described by a body's noun stays", () => {
  it.each([
    ["Dana Whitlow, a company spokeswoman, declined to comment.", ["Dana Whitlow"]],
    ["Dana Whitlow, the firm's founder, declined to comment.", ["Dana Whitlow"]],
    ["Omar Haddad, a former bank executive, joined the board.", ["Omar Haddad"]],
    ["Omar Haddad, the agency head, said the rules would change.", ["Omar Haddad"]],
    ["Ruth Okafor, a partner at the firm, led the talks.", ["Ruth Okafor"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a name an apposition calls a firm by its trade is no person (session 25)", () => {
  it.each([
    ["Whitcombe, a maker of boats, said sales rose.", []],
    ["Whitcombe, the Oslo-based maker of boats, said sales rose.", []],
    ["Carvel Marine, a maker of boats, said sales rose.", []],
    ["Whitcombe, a supplier of garden tools, said sales rose.", []],
    ["Whitcombe, a distributor of toys, was sold to Dana Whitlow.", ["Dana Whitlow"]],
    ["Whitcombe, a car maker, said sales rose.", []],
    ["Whitcombe, an insurer, said claims rose.", []],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person described by a trade stays (session 25)", () => {
  it.each([
    // A craftsman named in full.
    ["Dana Whitlow, a maker of violins, lives in Cremona.", ["Dana Whitlow"]],
    // "producer" names persons.
    ["Dana Whitlow, a wine producer near Tarvenby, said prices fell.", ["Dana Whitlow"]],
    ["Ruth Okafor, a former supplier of parts, sued the firm.", ["Ruth Okafor"]],
    ["Omar Haddad, the head of the insurer, resigned.", ["Omar Haddad"]],
    ["Whitcombe, a partner at the insurer, resigned.", ["Whitcombe"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
