/**
 * resolve/names/takeover-bidders.ts: a one-word name that takes over a named firm is a firm (session 22, issue
 * 11 "X acquired Y"). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a bidder for a firm is no person (takeover-bidders.ts)", () => {
  it.each([
    ["The takeover of Dunsby by Marlowe was cleared by regulators on Monday.", []],
    ["The acquisition of Dunsby Foods by Tolliver was completed in May.", []],
    ["Shares rose after Pemberton's takeover of Dunsby was approved.", []],
    ["Regulators said Whitcombe's proposed acquisition of Dunsby Foods could raise prices.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons that take things over stay (takeover-bidders.ts)", () => {
  it.each([
    // An investor named in full, then by the surname.
    [
      "Dallas investor Dana Tolliver bid again. Tolliver's takeover of Dunsby failed in May.",
      ["Dana Tolliver"],
    ],
    // An age and "who": a person's marks.
    ["A takeover of Dunsby by Tolliver, 61, who owns 9 percent, was rejected.", ["Tolliver"]],
    // A first name before "'s".
    ["Dana's acquisition of Dunsby was her first deal.", ["Dana"]],
    // No named firm taken over.
    ["Pemberton's takeover of the meeting angered the board, Pemberton admitted.", ["Pemberton"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
