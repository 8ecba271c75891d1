/**
 * One person spelled two ways is one entry; a city read as a lone person is the city; another person's surname
 * before a word of the dictionary names a firm (resolve/names spellings.ts, not-people.ts, named-things.ts).
 * All names invented.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import type { Document, Mention } from "../src/types.js";

function doc(text: string): Document {
  return { id: "t", path: "t", text, date: null, headers: {}, bodyStart: 0, encoding: "utf-8" };
}

const mentionsOf = (text: string): Mention[] => {
  const d = doc(text);
  return nameDocument(d, splitDocument(d)).mentions;
};

/** The document's people, each once, in order of first mention. */
const people = (text: string): string[] => [
  ...new Set(
    mentionsOf(text)
      .filter((m) => m.type === "person")
      .map((m) => m.entity),
  ),
];

describe("one person spelled two ways", () => {
  it.each([
    ["George W. Harlan spoke first. Later George W Harlan's aides left.", ["George W. Harlan"]],
    [
      "Lianna Barrow, 38, wed eight men. Always the bride: Liana Barrow, 39, pleaded not guilty.",
      ["Lianna Barrow"],
    ],
    [
      "Phillip Okoro scored twice. Coach Philip Okoro was pleased, said Tom Harlan.",
      ["Phillip Okoro", "Tom Harlan"],
    ],
    // Guards: another surname, another given name.
    ["Phillip Okoro met Philip Okori on Friday.", ["Phillip Okoro", "Philip Okori"]],
    ["Dana Whitlow met Dina Whitlow on Friday.", ["Dana Whitlow", "Dina Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a city read as a lone person is the city", () => {
  it.each([
    [
      "Mr. Coffman, who represents a swing district in the crucial Denver suburbs, said Mr. Harlan was wrong.",
      "Denver",
      "place",
    ],
    // Guards: a city's name that is a first name too, a city's name that speaks.
    ["Austin said he would run again.", "Austin", "person"],
  ])("%s", (text, name, type) => {
    expect(mentionsOf(text).find((m) => m.text === name)?.type).toBe(type);
  });
});

describe("another person's surname before a word of the dictionary names a firm", () => {
  it.each([
    ["Dana Whitlow built towers. Whitlow Mortgage closed in 2007, Whitlow said.", ["Dana Whitlow"]],
    // Guard: a word that is a name too.
    [
      "Tom Harlan met Ruth Okafor. Harlan Rose said the talks failed.",
      ["Tom Harlan", "Ruth Okafor", "Harlan Rose"],
    ],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a city listed with places, a shop's possessive, a book of scripture", () => {
  it.each([
    ["It supplies blanks to the mints in Philadelphia and Denver.", []],
    [
      "Revenue rose at Kestrel’s by 4 percent, and at Harlow’s by 2 percent, said Tom Harlan.",
      ["Tom Harlan"],
    ],
    ["He read the 45th Chapter of Ezra Stone aloud. Ezra Stone 45:1 reads well.", []],
    // Guards: a possessive before a noun or inside brackets, a city listed with people.
    [
      "It was Tom Harlan’s idea. Harlan’s and Okafor’s plans differ, said Ruth Okafor.",
      ["Tom Harlan", "Ruth Okafor"],
    ],
    ["We tried to stimulate his (Okafor’s) recollection, said Ruth Okafor.", ["Ruth Okafor"]],
    ["He met Ruth Okafor and Denver in Boston.", ["Ruth Okafor", "Denver"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
