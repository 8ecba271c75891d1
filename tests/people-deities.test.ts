/**
 * Gods are no people of the story (resolve/names deities.ts): a deity's name from lexicon/deities.ts, or a name a
 * deity's noun introduces. All names invented but the gods'; the guard rows keep people named like them.
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

describe("a god is no person", () => {
  it.each([
    ["Dana Whitlow said she prays to God every night before her shift.", ["Dana Whitlow"]],
    ["The mayor, Omar Haddad, said the town owed its luck to God and its neighbours.", ["Omar Haddad"]],
    ["The temple to Zeus was restored, the curator Ruth Okafor said.", ["Ruth Okafor"]],
    ["Pilgrims honour the sea goddess Marrowen each spring, Tom Harlan wrote.", ["Tom Harlan"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person or a firm named like a god stays", () => {
  it.each([
    ["Hera Lindqvist won the race; Hera said the course was hard.", ["Hera Lindqvist"]],
    ["Ruth Okafor thanked the crowd in Leeds.", ["Ruth Okafor"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
