/**
 * resolve/names/source-lists.ts: the writers named on the citation lines of a "Sources" list closing an article
 * are no people in the news (session 24, issue 11: bylines of a sources list). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

const BODY = "The council voted 5-2 on Monday, said Mayor Tessa Colby.\n\n";

describe("a sources list's writers are no people (source-lists.ts)", () => {
  it.each([
    [
      `${BODY}Sources\n\nDana Whitlow. "Council votes on budget" — Acme Herald, March 3, 2008\nKit Harlan. “Mayor speaks” — Daily Bugle, March 4, 2008`,
      ["Tessa Colby"],
    ],
    [`${BODY}References:\nDana Whitlow - "Budget passes" - Acme Herald, 2008`, ["Tessa Colby"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons outside a sources list's citations stay (source-lists.ts)", () => {
  it.each([
    // Before the heading: the story's people.
    [
      `Dana Whitlow said "no" to the plan. ${BODY}Sources\n\n"Council votes on budget" — Acme Herald, March 3, 2008`,
      ["Dana Whitlow", "Tessa Colby"],
    ],
    // A heading word in running text, not a line of its own.
    [`${BODY}Sources close to Dana Whitlow said "the vote" surprised her.`, ["Tessa Colby", "Dana Whitlow"]],
    // After the heading, prose with no citation's marks.
    [`${BODY}Sources\nDana Whitlow provided the figures.`, ["Tessa Colby", "Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
