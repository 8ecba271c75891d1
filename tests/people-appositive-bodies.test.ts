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

describe("an app or website called a service or a platform in apposition is no person (session 26)", () => {
  it.each([
    [
      "Snapvy, the messaging service, went down for six hours on Wednesday. Snapvy blamed a faulty update. Engineer Ruth Okwuosa said outages like this are rare.",
      ["Ruth Okwuosa"],
    ],
    [
      "Ridelo, the ride-hailing platform, raised fares again on Monday. Ridelo said drivers would earn more, analyst Tom Becker said.",
      ["Tom Becker"],
    ],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person described by a service or a platform stays (session 26)", () => {
  it.each([
    [
      "Dana Whitlow, a veteran of the foreign service, said the talks would fail. Whitlow spoke in Ottawa.",
      ["Dana Whitlow"],
    ],
    ["Tom Becker, the platform's founder, said users were safe. Becker spoke on Tuesday.", ["Tom Becker"]],
    [
      "Okwuosa, the service's chief engineer, said the fault was fixed. Ruth Okwuosa joined in 2019.",
      ["Ruth Okwuosa"],
    ],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
