/**
 * Surnames of ordinary words keep their last word before a reporting verb (extract/entities/person-span.ts
 * nameEnd, resolve/names/run-on-names.ts withoutOrdinaryTail). All names and text invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a surname of ordinary words keeps its last word", () => {
  it.each([
    [
      "Chief Roy Many Grey Horses said the vote was close. Many Grey Horses told reporters the council would meet.",
      ["Roy Many Grey Horses"],
    ],
    ["Elder Walter Crow Shoe told reporters the hall was full.", ["Walter Crow Shoe"]],
    // Guard: a caption's word after a name, no reporting verb after it.
    ["Photo caption: Martin Elsby Managers at the meeting in Leeds.", ["Martin Elsby"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
