/**
 * resolve/names/news-brands.ts: a news brand written as one fused word ("Newsnight", "Kentmail",
 * "Yorkshireonline") is an outlet, not a person (session 23, issue 11: compound news brands listed as people). All
 * people's names are invented; the brands' shapes are the house styles of British and US media.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a fused news brand is no person (news-brands.ts)", () => {
  it.each([
    ["Dana Whitlow told Newsnight the plan would fail.", ["Dana Whitlow"]],
    ["Whitlow told Cardiffonline he was happy at the club.", []],
    ["Dana Whitlow, 24, told Yorkshireonline he would stay.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons with such letters stay (news-brands.ts)", () => {
  it.each([
    // "News" and letters not in the list: a surname.
    ["Dana Newsome said the vote was close.", ["Dana Newsome"]],
    ["Mr Newsome, 54, said the vote was close.", ["Newsome"]],
    // A known first name ending so.
    ["Ismail Okafor said the vote was close. Ismail added that he was happy.", ["Ismail Okafor"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
