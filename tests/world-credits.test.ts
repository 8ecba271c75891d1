/**
 * Session 21: bylines and credit lines of other countries' house styles (resolve/names/world-credits.ts, lexicon
 * CREDIT_OPENERS). Invented names and text only.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("credit lines in other house styles name no people in the news", () => {
  it.each([
    ["From Dana Whitlow, Abuja\n\nThe Senate passed the budget, Kofi Mensah said.", ["Kofi Mensah"]],
    ["Shares fell on Monday, Kofi Mensah said.\n\n(With inputs from Dana Whitlow)", ["Kofi Mensah"]],
    ["Shares fell on Monday.\n\nWritten by Dana Whitlow; Edited by Kofi Mensah", []],
    // Guards: a chain of credits the older patterns read already; "From" opening a sentence; a semicolon in prose; a
    // "From" paragraph that goes on in lower case.
    ["Shares fell on Monday.\n\nStory by Dana Whitlow; Photos by Kofi Mensah", []],
    [
      "From Dana Whitlow to Kofi Mensah, the guests were famous.\n\nShares fell.",
      ["Dana Whitlow", "Kofi Mensah"],
    ],
    ["The letter came from Dana Whitlow; Kofi Mensah signed it.", ["Dana Whitlow", "Kofi Mensah"]],
    ["From Dana Whitlow came the first offer.\n\nShares fell.", ["Dana Whitlow"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
