/**
 * A quoted headline cited with its outlet and date (a "Sources" or "Related news" list under an article) is a
 * title, not a statement, and the outlet is nobody's speaker; a pull quote signed with a name and role keeps its
 * signer. All text here is invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("cited titles are no direct quotes", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a source line: author, title, outlet, date",
      'Acme shares fell on Tuesday.\n\nSources\nOwen Daskell. "Acme shares slide on profit warning" — Northern Ledger, August 5, 2010\n',
      { "Owen Daskell": {} },
      [],
    ],
    [
      "a source line with no author, the date written day first",
      'Acme shares fell on Tuesday.\n\nSources\n"Acme warns on sales" — Daily Tribune, 4 August 2010\n',
      {},
      [],
    ],
    [
      "a related-news line under a statement keeps only the statement",
      '"We are disappointed," Dana Whitlow told investors.\n\nRelated news\n"Acme cuts its forecast again" — Wexley Times, July 28, 2010\n',
      { "Dana Whitlow": {} },
      [["Dana Whitlow", "Dana Whitlow"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("signed quotes stay signed (guards)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a pull quote signed with a name and a role",
      'Acme shares fell on Tuesday.\n\n"We are disappointed, but we will recover." — Dana Whitlow, Acme chief executive\n',
      { "Dana Whitlow": {} },
      [["Dana Whitlow", "Dana Whitlow"]],
    ],
    [
      "a signer whose description holds a year is no dated citation",
      'Acme shares fell on Tuesday.\n\n"We will recover." — Dana Whitlow, chief executive since 2010\n',
      { "Dana Whitlow": {} },
      [["Dana Whitlow", "Dana Whitlow"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
