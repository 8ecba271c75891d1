/**
 * resolve/names/named-things.ts: a counted plural names things ("two Bellinis"), and a president's "White
 * House" is the administration. All names invented; the guard rows keep a family's plural and the president.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

/** The document's people, each once, in order of first mention. */
const people = peopleOf;

describe("a counted plural is no person", () => {
  it.each([
    ["Food critics gave the pie two Gorbles, the lowest of five. Dana Tolliver said.", ["Dana Tolliver"]],
    ["The singer has won 3 Brennies and two Quazzies in her career.", []],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a president's White House is no person", () => {
  it.each([
    [
      "Hillary Voss spoke on Monday. A former Voss White House aide, Tom Harlan, gave money.",
      ["Hillary Voss", "Tom Harlan"],
    ],
    // Guard: the president named alone stays.
    ["Dana Whitlow moved into the White House in May.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a surname that ends in s after a score stays the person's", () => {
  /** The texts of the document's person mentions. */
  const personMentions = (text: string): string[] => {
    const doc = bodyOnlyDocument(text);
    return nameDocument(doc, splitDocument(doc))
      .mentions.filter((m) => m.type === "person")
      .map((m) => m.text);
  };
  it.each([
    [
      "Dana Meeks played at Oldport on Friday. She posted a 68 Meeks is two shots back after a bogey at the last.",
      ["Dana Meeks", "Meeks"],
    ],
  ])("%s", (text, expected) => {
    expect(personMentions(text)).toEqual(expected);
  });
});
