/**
 * A US lawmaker's party and state after the name, AP style (extract/entities/party-tags.ts, extract/quotes/
 * appositives.ts; session 31): the name before the tag is a person, the tag is no name and no speaker. Text invented.
 */
import { describe, expect, it } from "vitest";
import { namedOf as named } from "./helpers/document.js";

describe("a name before a party and state tag", () => {
  it.each([
    ["Senate Majority Leader Dana Whitlow, R-Ky., on Thursday blocked two bills.", ["Dana Whitlow|person"]],
    ["Rep. Alexandria Velloran-Diaz, D-N.Y., voted against it.", ["Alexandria Velloran-Diaz|person"]],
    ["Sen. Tomas Okafor (I-Vt.) said so.", ["Tomas Okafor|person"]],
    ["Rep Orrin Pell, R-Texas, disagreed.", ["Orrin Pell|person"]],
    ["Sen. Frank Ulvaeus's (D-N.J.) bill passed.", ["Frank Ulvaeus|person"]],
  ])("%s", (text, expected) => {
    expect(named(text).mentions).toEqual(expected);
  });

  it.each([
    [
      'Rep. Alexandria Velloran-Diaz, D-N.Y., tweeted that the party was "complicit."',
      "Alexandria Velloran-Diaz",
    ],
    ['"This is a partisan exercise," said Sen. Dana Whitlow, R-Ky.', "Dana Whitlow"],
  ])("the tag is no speaker: %s", (text, speaker) => {
    expect(named(text).speakers).toEqual([speaker]);
  });

  it("guard: a hyphened word that is no party tag names nobody new", () => {
    expect(named("The R-Type engine, sold in Ohio, was recalled.").mentions).not.toContain(
      "The R-Type engine|person",
    );
  });
});
