/**
 * A people named in the plural after "the", read by the tagger as one person ("the Uyghurs"-shaped): no mention
 * (extract/entities/plural-groups.ts). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a group in the plural after 'the' is no person", () => {
  it.each<[string, string[]]>([
    ["He condemned the expulsion of the Uyghurs from the council.", []],
    ["Witnesses said the Yazidis fled the town on Monday.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("guards: a surname in '-s' written after a given name, a family", () => {
  it.each<[string, string[]]>([
    ["Gen. Dana Kettles resigned. He said the Kettles inquiry was unfair.", ["Dana Kettles"]],
    ["Dana Whitlow moved to Leeds. The Whitlows said they were happy.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
