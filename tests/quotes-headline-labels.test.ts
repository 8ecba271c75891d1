import { describe, expect, it } from "vitest";
import { quoteSummary as summary } from "./helpers/quotes.js";

/** [partial, speaker phrase] of the first quote. */
const first = (text: string): [boolean, string | null] | undefined => {
  const q = summary(text)[0];
  return q === undefined ? undefined : [q[1], q[2]];
};

describe("a headline's label names whose words its fragment quotes further on", () => {
  it.each([
    [
      "Orrin: Bridge Plan ‘Beyond Repair,’ Wants Inquiry\n\nTom Orrin said on Tuesday the deal was flawed.",
      [true, "Orrin"],
    ],
    [
      "Dana Whitlow: Council Plan “Will Not Survive” the Winter\n\nThe councillor spoke on Monday in Dover.",
      [true, "Dana Whitlow"],
    ],
  ])("%s", (text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});

describe("guards: a dateline, a label of no name, a later paragraph", () => {
  it.each([
    [
      "DOVER: Council plan ‘will not survive’, say critics of the scheme\n\nThe plan was published.",
      [true, "critics"],
    ],
    [
      "Budget cuts: Council Plan “Will Not Survive” the Winter\n\nThe councillor spoke on Monday.",
      [true, null],
    ],
    ["The plan was published.\n\nOrrin: the deal “defies belief” and needs review.", [true, null]],
  ])("%s", (text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});
