/**
 * A one-word "person" the gazetteer knows only as a city is the city right after a preposition of place or
 * motion (resolve/names not-people.ts, lexicon CITY_PREPOSITIONS). All names invented but the cities; the guard
 * rows keep people whose first name is also a city's.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import type { Document } from "../src/types.js";

function doc(text: string): Document {
  return { id: "t", path: "t", text, date: null, headers: {}, bodyStart: 0, encoding: "utf-8" };
}

/** The document's people, each once, in order of first mention. */
const people = (text: string): string[] => {
  const d = doc(text);
  const { mentions } = nameDocument(d, splitDocument(d));
  return [...new Set(mentions.filter((m) => m.type === "person").map((m) => m.entity))];
};

describe("a city after a preposition of place or motion is no person", () => {
  it.each([
    ["Dozens of nurses drove to Denver for a Whitlow union meeting.", []],
    ["The choir travelled to Denver for a Haddad charity concert.", []],
    ["Last spring, 60 farmers rode buses to Denver for a Quill water rally.", []],
    ["The airline already flies from Denver to eleven cities.", []],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person named like a city stays", () => {
  it.each([
    ["The letter went to Orlando, who read it aloud.", ["Orlando"]],
    ["Austin Reyes said the prize went to Austin, his son.", ["Austin Reyes"]],
    ["Dana Whitlow moved to Denver in 2010.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
