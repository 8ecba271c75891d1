/**
 * A lone first name in apposition after a person's kin noun takes the family's surname where custom gives it
 * (resolve/names/kin-surnames.ts), through the per-document naming. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a relative's first name takes the family's surname", () => {
  it.each([
    [
      "Carol Whitcombe met her sister. Mrs Whitcombe's husband, Steve, said they laughed. Steve cried too.",
      ["Carol Whitcombe", "Steve Whitcombe"],
    ],
    ["Daniel Okoro was sworn in. Okoro's wife, Rachel, led prayers.", ["Daniel Okoro", "Rachel Okoro"]],
    ["Mr Lane spoke first. Mr Lane's son, Peter, spoke next.", ["Lane", "Peter Lane"]],
    // guards: a woman's children and siblings, a "Ms"'s husband, a husband with no title, a name written in full
    ["Ms Prowse spoke first. Ms Prowse's husband, Mark, agreed.", ["Prowse", "Mark"]],
    ["Linda Prowse spoke first. Prowse's daughter, Emma, agreed.", ["Linda Prowse", "Emma"]],
    [
      "Daniel Okoro spoke. Okoro's brother, Samuel, agreed. Samuel Adeyemi, a cousin, did not.",
      ["Daniel Okoro", "Samuel Adeyemi"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
