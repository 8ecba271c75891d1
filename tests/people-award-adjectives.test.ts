/**
 * resolve/names/named-things.ts: an award's name made an adjective and run on to its "-winning" or "-nominated"
 * ("the Zelda Award-winning writer") is no person (session 23, issue 11: awards listed as people). All names are
 * invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("an award made an adjective is no person (named-things.ts)", () => {
  it.each([
    ["The Zelda Award-winning writer spoke at the library on Monday.", []],
    ["The Tessa Award-nominated film opens in Leeds on Friday, Dana Whitlow said.", ["Dana Whitlow"]],
    ["The Zelda Prize-winning reporter Dana Whitlow spoke on Monday.", ["Dana Whitlow"]],
    ["Dana Whitlow, a Zelda Award-winning singer, released a new album.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons beside such adjectives stay (named-things.ts)", () => {
  it.each([
    // A double-barrelled surname: the second part is capitalized.
    ["Dana Whitlow-Winning said the vote was fair.", ["Dana Whitlow-Winning"]],
    ["Dana Whitlow's award-winning film opens in Leeds on Friday.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
