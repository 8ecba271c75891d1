/**
 * A full name read as a firm or a place whose surname the document writes alone as a person's (after "Ms", before an
 * age, or before a speech verb and a person's pronoun) is a person (resolve/names/surname-contexts.ts). All names
 * invented.
 */
import { describe, expect, it } from "vitest";
import { withSurnameContexts } from "../src/resolve/names/surname-contexts.js";
import type { Mention } from "../src/types.js";
import { peopleOf } from "./helpers/document.js";

describe("a surname alone in a person's context makes the full name a person", () => {
  it.each([
    ['Joss Stone received three nominations.\n\nStone, 17, said she was "in shock".', ["Joss Stone"]],
    ["Joss Stone received three nominations. Ms Stone was in Devon.", ["Joss Stone"]],
    ["Joss Stone received three nominations.\n\nStone said she was thrilled.", ["Joss Stone"]],
    // Session 38: a person's relative pronoun after the surname (CP cabinet style).
    [
      "The premier moved Chrystia Frewland to trade. Frewland, who had been at justice, will lead the talks.",
      ["Chrystia Frewland"],
    ],
    // Session 34: an owner's speaker, whose first name no list knows (BBC business style).
    ['"We are disappointed," said the CBI\'s Dunstan Mirrow.', ["Dunstan Mirrow"]],
    ["The CBI's Dunstan Mirrow said the plans were welcome.", ["Dunstan Mirrow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a firm's name stays a firm", () => {
  it.each([
    // A speech verb with no person's pronoun: firms speak too.
    ["Joss Stone received three nominations. Stone said the deal was done.", []],
    // A firm's relative pronoun.
    ["Shares of Tavor Kestrin rose. Kestrin, which makes valves, said sales grew.", []],
    // A number after the name is a ship's tonnage, no age.
    ["The ship Marvel Tarvex sank. Tarvex, 106,490 dwt, was built in 1980.", []],
    // A magazine after an owner's possessive: dictionary words (Reuters bench).
    ["The magazine Jane's Defence Weekly said last October the deal was near.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a party's member before a relative pronoun is no surname (surname-contexts.ts)", () => {
  it('keeps the tagger\'s organization "House Democrat" (Reuters: "a Texas Democrat, who called")', () => {
    const text = "Dale Wright, a Texas\nDemocrat, who called the meeting, met a House Democrat from Ohio.";
    const start = text.indexOf("House Democrat");
    const firm: Mention = {
      start,
      end: start + 14,
      text: "House Democrat",
      type: "organization",
      entity: "House Democrat",
    };
    expect(withSurnameContexts(text, [firm]).map((m) => m.type)).toEqual(["organization"]);
  });
});
